import Foundation
import XCTest
@testable import StationLintCore

/// The fictional pack of `Fixtures/packs/haibin/` (海滨省, code 39): two levels (区级 over 社区级),
/// the identity under `unit:`, ledgers and fields named unlike DB14's (a `trainings` ledger
/// DB14 lacks), letter sections, its own roll-up tiers. The engine checks its stations with no
/// Swift change, and says what it finds in this pack's words.
enum HaibinPack {
    static let directory = FixturePath.root.appendingPathComponent("packs/haibin")
    static let stations = directory.appendingPathComponent("stations")
    static let asOf = Day.parse("2025-06-30")!

    static let source: PackSource = {
        do throws(RulePackError) { return try PackSource.directory(directory.path) } catch {
            fatalError("the haibin pack cannot be read: \(error.diagnostic(.en).formatted)")
        }
    }()

    static let pack: RulePack = {
        do throws(RulePackError) { return try RulePackLoader.load(source) } catch {
            fatalError("the haibin pack does not load: \(error.diagnostic(.en).formatted)")
        }
    }()

    /// Every station below `stations/`, checked as one batch (the district reads its
    /// neighbourhoods' results), by folder name, rendered in `lang`.
    static func batch(lang: Language = .zh) -> (run: RunReport, byName: [String: StationReport]) {
        let (found, errors) = Discovery.find([stations.path], lang: lang)
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: asOf, lang: lang))
        let reports = BatchRunner(evaluator: evaluator, jobs: 1).run(found)
        var run = RunReport(toolVersion: "test", packID: pack.id, packTitle: pack.title, asOf: asOf, lang: lang,
                            stations: reports, errors: errors)
        run.divisionNames = pack.divisions
        var byName: [String: StationReport] = [:]
        for r in reports { byName[URL(fileURLWithPath: r.path).lastPathComponent] = r.rendered(pack, lang: lang) }
        return (run, byName)
    }

    /// A station of one declaration and no ledger, checked alone.
    static func declaration(_ yaml: String) -> (Station, StationReport) {
        let evaluator = Evaluator(pack: pack, options: EvaluationOptions(asOf: asOf))
        let station = evaluator.load(MemoryStationFiles(files: ["station.yaml": Array(yaml.utf8)]), path: "s")
        return (station, evaluator.evaluate(station))
    }

    /// A copy of the pack's files in a fresh temporary folder, `change` applied to the named file.
    static func variant(_ name: String, _ change: (String) -> String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("haibin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (file, bytes) in source.files {
            var data = Data(bytes)
            if file == name {
                let text = String(decoding: bytes, as: UTF8.self)
                let changed = change(text)
                XCTAssertNotEqual(changed, text, "the change to \(name) must change something")
                data = Data(changed.utf8)
            }
            try data.write(to: dir.appendingPathComponent(file))
        }
        return dir
    }
}

final class SecondPackTests: XCTestCase {
    let pack = HaibinPack.pack

    // MARK: The pack loads, and its domain is its own

    func testThePackDeclaresItsOwnDomain() throws {
        XCTAssertEqual(pack.id, "DB39-T-0001-2025-fictional")
        XCTAssertEqual(pack.province.name, "海滨省")
        XCTAssertEqual(pack.province.codePrefix, "39")
        XCTAssertEqual(pack.rules.count, 12)

        let levels = pack.schema.levels
        XCTAssertEqual(levels.keys, ["district", "neighbourhood"])
        XCTAssertEqual(levels.spec("neighbourhood")?.parent, "district")
        XCTAssertEqual(levels.spec("district")?.codeDigits, 6)
        XCTAssertEqual(levels.spec("neighbourhood")?.codeDigits, 12)
        XCTAssertEqual(pack.levelName("neighbourhood", .zh), "社区级")
        XCTAssertEqual(pack.levelName("district", .en), "district")
        XCTAssertNil(levels.spec("county"), "no level of DB14 is known to this pack")

        let identity = pack.schema.identity
        XCTAssertEqual([identity.name, identity.level, identity.divisionCode], ["unit.title", "unit.tier", "unit.code"])

        // The ledger noun is the pack's: 登记簿, not 台账.
        XCTAssertEqual(pack.schema.ledgerName("trainings", .zh), "培训登记簿")
        XCTAssertEqual(pack.schema.ledgerName("contacts", .en), "the contacts register")
        XCTAssertEqual(pack.schema.updatedField?.key, "revised")
        XCTAssertEqual(pack.schema.recordsField?.key, "entries")

        // Roles find the renamed fields.
        let contacts = try XCTUnwrap(pack.schema.ledger("contacts"))
        XCTAssertEqual(contacts.field(.personID)?.key, "person_code")
        XCTAssertEqual(contacts.field(.recordDate)?.key, "on")
        XCTAssertEqual(contacts.field(.visitReason)?.key, "why")
        let activities = try XCTUnwrap(pack.schema.ledger("activities"))
        XCTAssertEqual(activities.field(.activityKind)?.key, "kind")
        XCTAssertEqual(activities.field(.invitees)?.key, "guests")
        XCTAssertEqual(activities.field(.heldOnline)?.key, "remote")
        let trainings = try XCTUnwrap(pack.schema.ledger("trainings"), "the ledger kind DB14 lacks")
        XCTAssertEqual(trainings.zh, "培训")
        XCTAssertNotNil(trainings.fields.first { $0.key == "hours" && $0.type == .integer })

        // Sections by letter; a clause belongs to the longest declared prefix.
        XCTAssertEqual(pack.section(of: "C.3"), "C")
        XCTAssertEqual(pack.sectionTitle("D", .zh), "D 活动培训")
        XCTAssertEqual(pack.sectionTitle("A", .en), "A Organisation")

        XCTAssertEqual(pack.rollUpTiers.map(\.key), ["districts", "streets"])
        XCTAssertEqual(pack.rollUpTiers.map(\.codeDigits), [6, 9])
        XCTAssertEqual(pack.rollUpTiers.map(\.ranked), [false, true])
    }

    // MARK: Every rule's examples, and the standard covered

    /// The same code as `stationlint verify-pack`: examples give their statuses and messages,
    /// every parameter is read and documented.
    func testVerifyPackFindsNoProblem() throws {
        let verification = try PackVerification.verify(HaibinPack.source)
        for p in verification.problems { XCTFail(p.diagnostic(.en).formatted) }
        XCTAssertEqual(verification.examples, pack.rules.map(\.examples.count).reduce(0, +))
        XCTAssertGreaterThanOrEqual(verification.examples, 50)
        XCTAssertEqual(verification.clauses, 12, "every lettered clause of the standard is read and covered")
    }

    func testEveryExampleGivesItsExpectedStatus() throws {
        var ran = 0
        for rule in pack.rules {
            let statuses = Set(rule.examples.map(\.expect))
            if !rule.checks.isEmpty {
                XCTAssertTrue(statuses.contains(.pass), "\(rule.id) has no passing example")
                XCTAssertTrue(statuses.contains(.fail), "\(rule.id) has no failing example")
            }
            for example in rule.examples {
                let result = try XCTUnwrap(pack.run(rule, example), "\(example.location.formatted): \(rule.id) gives no result")
                ran += 1
                XCTAssertEqual(result.status, example.expect,
                               "\(example.location.formatted): \(rule.id) expected \(example.expect.rawValue), got \(result.status.rawValue): \(result.message)")
                if let text = example.messageContains {
                    XCTAssertTrue(result.message.contains(text), "\(example.location.formatted): \(rule.id) message lacks '\(text)': \(result.message)")
                }
                if result.status == .fail {
                    let en = try XCTUnwrap(pack.run(rule, example, lang: .en))
                    XCTAssertFalse(en.message.isEmpty, "\(rule.id): an English message for the fail")
                    XCTAssertNotEqual(en.message, result.message, "\(rule.id): the English message is English")
                }
            }
        }
        XCTAssertEqual(ran, pack.rules.map(\.examples.count).reduce(0, +))
        XCTAssertGreaterThanOrEqual(ran, 50)
    }

    /// The clause numbers of `standard.txt` are letters and digits (`A.1`): each is a rule that
    /// quotes it, and the rule's modality follows its modal verb.
    func testEveryClauseOfTheStandardIsARuleQuotingIt() throws {
        let standard = String(decoding: try XCTUnwrap(HaibinPack.source.files["standard.txt"]), as: UTF8.self)
        var clauses: [String] = []
        for line in standard.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let number = line[..<space]
            let parts = number.split(separator: ".")
            guard parts.count == 2, parts[0].count == 1, parts[0].first!.isUppercase, parts[1].allSatisfy(\.isNumber) else { continue }
            clauses.append(String(number))
        }
        XCTAssertEqual(clauses, ["A.1", "A.2", "A.3", "B.1", "B.2", "B.3", "C.1", "C.2", "C.3", "C.4", "D.1", "D.2"])
        XCTAssertEqual(pack.rules.map(\.clause), clauses, "one rule per clause, in the standard's order")
        for rule in pack.rules {
            XCTAssertTrue(standard.contains(rule.text), "\(rule.id) quotes its clause as the standard words it")
            XCTAssertEqual(rule.modality == .recommendation, rule.text.contains("宜"), "\(rule.id): 宜 makes a recommendation")
            XCTAssertEqual(pack.section(of: rule.clause), String(rule.clause.prefix(1)))
        }
    }

    // MARK: The stations give the verdicts designed for them

    static let designed: [String: [String: Status]] = [
        // The district centre passes everything of its own; A.3 fails because 灯塔 fails C.2 and C.3.
        "wangchao": ["HB-A.1": .pass, "HB-A.2": .pass, "HB-A.3": .fail, "HB-B.1": .pass, "HB-B.2": .pass, "HB-B.3": .pass,
                     "HB-C.1": .pass, "HB-C.2": .pass, "HB-C.3": .pass, "HB-C.4": .manual, "HB-D.1": .pass, "HB-D.2": .pass],
        // Passes every automatic clause.
        "yugang": ["HB-A.1": .pass, "HB-A.2": .pass, "HB-B.1": .pass, "HB-B.2": .pass, "HB-B.3": .notApplicable,
                   "HB-C.1": .pass, "HB-C.2": .pass, "HB-C.3": .pass, "HB-C.4": .manual, "HB-D.1": .pass, "HB-D.2": .pass],
        // Chinese keys and ledger names, CSV ledgers: fails five clauses.
        "dengta": ["HB-A.1": .pass, "HB-A.2": .fail, "HB-B.1": .fail, "HB-B.2": .pass, "HB-B.3": .notApplicable,
                   "HB-C.1": .pass, "HB-C.2": .fail, "HB-C.3": .fail, "HB-C.4": .manual, "HB-D.1": .pass, "HB-D.2": .fail],
    ]

    func testTheStationsGiveTheirDesignedVerdicts() throws {
        let (run, stations) = HaibinPack.batch()
        XCTAssertEqual(run.errors.map(\.formatted), [])
        XCTAssertEqual(Set(stations.keys), Set(Self.designed.keys))
        for (name, expected) in Self.designed {
            let s = try XCTUnwrap(stations[name])
            XCTAssertEqual(s.errors.map(\.formatted), [], name)
            XCTAssertEqual(s.warnings.filter { $0.severity != .note }.map(\.formatted), [], name)
            let got = Dictionary(uniqueKeysWithValues: s.results.map { ($0.rule, $0.status) })
            XCTAssertEqual(got, expected, "\(name): \(s.results.map { "\($0.rule) \($0.status.rawValue): \($0.message)" })")
        }
        XCTAssertEqual(stations["wangchao"]?.level, "district")
        XCTAssertEqual(stations["dengta"]?.level, "neighbourhood", "级别: 社区 is an alias of the pack's level")
        XCTAssertEqual(stations["dengta"]?.name, "灯塔社区退役军人服务站", "the name comes from the pack's identity path")
        XCTAssertEqual(stations["yugang"]?.score, 100)
        XCTAssertTrue(ReportInput(run, pack: HaibinPack.pack).summary.fails(atOrAbove: .error))
    }

    func testMessagesAreInThePacksWords() throws {
        let zh = HaibinPack.batch().byName
        let en = HaibinPack.batch(lang: .en).byName
        func message(_ station: String, _ rule: String, _ from: [String: StationReport]) throws -> String {
            try XCTUnwrap(from[station]?.results.first { $0.rule == rule }).message
        }
        // A missing ledger: its Chinese name with the pack's noun, and where to put it.
        let missing = try message("dengta", "HB-D.2", zh)
        XCTAssertTrue(missing.contains("缺少培训登记簿（ledgers/trainings.yaml 或 台账/培训.xlsx"), missing)
        XCTAssertTrue(missing.contains("培训 0 条，少于 2 条"), missing)
        XCTAssertTrue(try message("dengta", "HB-D.2", en).contains("the trainings register is missing"))
        // The district over its neighbourhoods: the lower level's `station` noun.
        let children = try message("wangchao", "HB-A.3", zh)
        XCTAssertTrue(children.hasPrefix("所辖 2 个社区服务站（HB-C.2、HB-C.3）"), children)
        XCTAssertTrue(children.contains("1 个通过：渔港社区退役军人服务站"), children)
        XCTAssertTrue(children.contains("1 个未通过：灯塔社区退役军人服务站（HB-C.2、HB-C.3）"), children)
        XCTAssertTrue(try message("wangchao", "HB-A.3", en).hasPrefix("2 neighbourhood stations (HB-C.2, HB-C.3)"))
        // Persons are counted in the pack's ledger, named by its person-name role and masked.
        XCTAssertEqual(try message("dengta", "HB-A.2", zh), "志愿者 2 名，少于 3 名")
        XCTAssertEqual(try message("dengta", "HB-C.3", zh), "重点关爱走访：1 人没有近 90 天内的“关爱走访”走访记录：罗*")
        XCTAssertEqual(try message("dengta", "HB-C.2", zh), "最近一次走访在 2025-04-20，近 45 天内（2025-05-16 以来）没有")
        // A declaration field by the pack's Chinese name.
        XCTAssertEqual(try message("dengta", "HB-B.1", zh), "设施缺少：饮水机")
        XCTAssertEqual(try message("dengta", "HB-B.1", en), "facilities lacks: 饮水机")
        // The not-applicable reason and the notes come from the pack.
        XCTAssertTrue(try message("yugang", "HB-B.3", zh).contains("社区退役军人服务站不配备流动服务车"))
        XCTAssertEqual(try message("yugang", "HB-C.1", zh), "退役军人登记簿 3 条记录")
        XCTAssertTrue(try message("yugang", "HB-D.1", zh).contains("线上 1 场、线下 1 场"))
    }

    func testALevelNameInAMessageComesFromThePack() throws {
        let rule = try XCTUnwrap(pack.rule("HB-A.1"))
        let base = try XCTUnwrap(rule.examples.first { $0.expect == .pass && $0.level == "neighbourhood" })
        let example = RuleExample(expect: .fail, level: "neighbourhood",
                                  patch: .object([("set", .object([("unit", .object([("code", .string("391203001000"))]))]))]),
                                  messageContains: nil, asOf: nil, location: base.location)
        let zh = try XCTUnwrap(pack.run(rule, example))
        XCTAssertEqual(zh.status, .fail)
        XCTAssertEqual(zh.message, "区划编码“391203001000”与层级“社区级”不符：应为 12 位有效数字（末 3 位不全为 0）")
        let en = try XCTUnwrap(pack.run(rule, example, lang: .en))
        XCTAssertTrue(en.message.contains("does not fit the level neighbourhood"), en.message)
    }

    /// The text report as a user reads it: in this pack's words, with no word of DB14's domain.
    func testTheTextReportSaysNoWordOfDB14() {
        for lang in [Language.zh, .en] {
            let run = HaibinPack.batch(lang: lang).run
            let text = TextReporter(color: false, quiet: false).render(ReportInput(run, pack: pack))
            for word in ["县级", "县", "乡镇", "村站", "村级", "建档立卡", "走访慰问", "台账台账", "DB14", "山西",
                         "county", "township", "village", "visits ledger", "veterans ledger"] {
                XCTAssertFalse(text.contains(word), "the \(lang) report says '\(word)':\n\(text)")
            }
            XCTAssertTrue(text.contains(lang == .zh ? "灯塔社区退役军人服务站（社区级，391203002003）" : "灯塔社区退役军人服务站 (neighbourhood, 391203002003)"))
            XCTAssertTrue(text.contains(lang == .zh ? "  C 走访关爱" : "  C Visits and care"))
            XCTAssertTrue(text.contains(lang == .zh ? "街道排名" : "Ranking of streets"))
        }
    }

    // MARK: The pack's levels type a declaration

    func testADeclarationIsTypedByThePacksLevels() {
        let unit = { (tier: String) in "unit:\n  title: 渔港社区退役军人服务站\n  tier: \(tier)\n  code: \"391203001001\"\n" }
        for alias in ["neighbourhood", "社区", "社区级", "社区站", "社区服务站"] {
            let (station, _) = HaibinPack.declaration(unit(alias))
            XCTAssertEqual(station.level, "neighbourhood", "the alias \(alias)")
        }
        XCTAssertEqual(HaibinPack.declaration(unit("区服务中心")).0.level, "district")

        // A level of DB14 is no level here: refused at its position, with the pack's choices.
        for db14 in ["county", "township", "village", "县级", "乡镇"] {
            let (station, report) = HaibinPack.declaration(unit(db14))
            XCTAssertNil(station.level, db14)
            XCTAssertTrue(report.results.isEmpty, "no rule is selected for \(db14)")
            let error = report.errors.first { $0.message.contains("district/neighbourhood（区级/社区级）") }
            XCTAssertNotNil(error, "\(db14): \(report.errors.map(\.formatted))")
            XCTAssertEqual(error?.location.line, 3)
        }
    }

    func testDB14sIdentityPathIsNotThisPacks() {
        let (station, report) = HaibinPack.declaration("station:\n  name: 某站\n  level: township\n  division_code: \"391203001000\"\n")
        XCTAssertNil(station.level)
        XCTAssertNil(station.name)
        XCTAssertFalse(report.errors.isEmpty)
        XCTAssertTrue(report.warnings.contains { $0.message.contains("station") }, "the block `station:` is unknown here: \(report.warnings.map(\.formatted))")
    }

    // MARK: A check pointed at a ledger without the role it needs is a pack error at its position

    /// Loads the variant and returns its error; the expected position is where `needle` starts
    /// in the changed file (1-based line and column), on the first line holding it after the
    /// line holding `after`.
    func packError(_ file: String, replacing old: String, with new: String, at needle: String, after: String? = nil,
                   line: UInt = #line) throws -> RulePackError {
        let dir = try HaibinPack.variant(file) { $0.replacingOccurrences(of: old, with: new) }
        defer { try? FileManager.default.removeItem(at: dir) }
        let changed = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
        let lines = changed.components(separatedBy: "\n")
        let start = after.flatMap { a in lines.firstIndex { $0.contains(a) } } ?? 0
        let row = try XCTUnwrap(lines[start...].firstIndex { $0.contains(needle) }, line: line)
        let column = lines[row].distance(from: lines[row].startIndex, to: lines[row].range(of: needle)!.lowerBound) + 1
        do {
            _ = try RulePackLoader.load(try PackSource.directory(dir.path))
        } catch {
            XCTAssertTrue(error.location.file.hasSuffix("/" + file), error.location.formatted, line: line)
            XCTAssertEqual(error.location.line, row + 1, error.diagnostic(.en).formatted, line: line)
            XCTAssertEqual(error.location.column, column, error.diagnostic(.en).formatted, line: line)
            return error
        }
        XCTFail("the variant loads", line: line)
        throw CancellationError()
    }

    func testAVisitCheckOnALedgerWithoutAVisitReasonIsAPackError() throws {
        let e = try packError("rules-c-d.yaml", replacing: "{visit: any, within: contact_interval_days}",
                              with: "{visit: any, within: contact_interval_days, in: trainings}", at: "any, within: contact_interval_days, in: trainings")
        XCTAssertTrue(e.message.zh.contains("台账“trainings”没有角色为 visit_reason"), e.message.zh)
        XCTAssertTrue(e.message.en.contains("visit_reason"), e.message.en)
    }

    func testAnEventCheckOnALedgerWithoutAnActivityKindIsAPackError() throws {
        let e = try packError("rules-c-d.yaml", replacing: "{event: [主题活动, 联谊活动], within: activity_period_days, report_online: true}",
                              with: "{event: [主题活动, 联谊活动], within: activity_period_days, report_online: true, in: contacts}",
                              at: "[主题活动, 联谊活动], within: activity_period_days, report_online: true, in: contacts")
        XCTAssertTrue(e.message.zh.contains("activity_kind"), e.message.zh)
    }

    func testAVisitedCheckAgainstALedgerWithoutPersonIDsIsAPackError() throws {
        let e = try packError("rules-c-d.yaml", replacing: "occasions: [关爱走访], window: care_visit_days,",
                              with: "occasions: [关爱走访], window: care_visit_days, in: activities,", at: "roster, where: needs_care")
        XCTAssertTrue(e.message.zh.contains("台账“activities”没有角色为 person_id"), e.message.zh)
    }

    /// Two ledgers that could be the visits ledger: the check must say which (`in:`).
    func testAnAmbiguousDefaultLedgerIsAPackError() throws {
        let dir = try HaibinPack.variant("schema.yaml") {
            $0.replacingOccurrences(of: "      - {key: hours, zh: 学时, type: integer}",
                                    with: "      - {key: hours, zh: 学时, type: integer}\n      - {key: reason, zh: 缘由, type: text, role: visit_reason}")
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            _ = try RulePackLoader.load(try PackSource.directory(dir.path))
            XCTFail("the variant loads")
        } catch {
            XCTAssertTrue(error.location.file.hasSuffix("/rules-c-d.yaml"), error.location.formatted)
            XCTAssertTrue(error.message.zh.contains("多个台账（contacts、trainings）"), error.message.zh)
        }
    }

    func testALedgerOfPersonsNeedsAPersonID() throws {
        let e = try packError("schema.yaml", replacing: "      - {key: person_code, zh: 证件号, type: id_number, role: person_id}\n      - {key: full_name, zh: 姓名, type: text, personal: name, role: person_name}\n      - {key: joined",
                              with: "      - {key: person_code, zh: 证件号, type: id_number}\n      - {key: full_name, zh: 姓名, type: text, personal: name, role: person_name}\n      - {key: joined",
                              at: "true", after: "- key: helpers")
        XCTAssertTrue(e.message.zh.contains("person_id"), e.message.zh)
    }

    // MARK: The region roll-up uses the pack's tiers

    func testTheRollUpUsesThePacksTiers() throws {
        let run = HaibinPack.batch().run
        let rollUp = ReportInput(run, pack: pack).rollUp
        XCTAssertEqual(rollUp.misplaced.map(\.formatted), [])
        XCTAssertEqual(rollUp.tiers.map(\.tier.key), ["districts", "streets"])
        let districts = rollUp.tiers[0].units
        XCTAssertEqual(districts.map(\.code), ["391203000000"])
        XCTAssertEqual(districts.map(\.name), ["望潮区"])
        XCTAssertEqual(districts.map(\.level), ["district"])
        XCTAssertEqual(districts.map(\.stations), [3], "the centre and both neighbourhoods")
        XCTAssertEqual(districts.map(\.failing), [2])
        XCTAssertEqual(districts.map(\.rank), [nil], "districts are not ranked in this pack")
        let streets = rollUp.tiers[1].units
        XCTAssertEqual(streets.map(\.name), ["听涛街道", "观澜街道"])
        XCTAssertEqual(streets.map(\.level), ["street", "street"])
        XCTAssertEqual(streets.map(\.rank), [1, 2])
        XCTAssertEqual(streets.map(\.meanScore), [100, 44.4])
        XCTAssertEqual(streets[1].mostFailed.map(\.clause), ["A.2", "B.1", "C.2", "C.3", "D.2"])

        let text = RollUpText.render(rollUp, .zh).joined(separator: "\n")
        XCTAssertTrue(text.contains("区级汇总") && text.contains("街道排名"), text)
        XCTAssertFalse(text.contains("县级排名") || text.contains("市级排名"), text)
    }
}
