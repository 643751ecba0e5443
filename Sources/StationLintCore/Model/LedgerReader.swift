/// Types one ledger file, YAML (`updated:` and `records:`) or CSV (a header row, then records),
/// by its kind's fields; records every problem at its position.
struct LedgerReader {
    let spec: LedgerSpec
    let header: [FieldSpec]
    let file: String
    let typer: ValueTyper
    /// The worksheet, for a ledger read from a workbook: positions then name its cells.
    var sheet: String? = nil
    /// The most records the ledger may hold; more is refused (those past the limit are never typed).
    var maxRecords = InputLimits.maxRecordsPerLedger
    /// The kind compiled for typing from bytes (the pack's, or made here from the typer's vocabularies).
    let layout: LedgerLayout

    init(spec: LedgerSpec, header: [FieldSpec], file: String, typer: ValueTyper, layout: LedgerLayout? = nil) {
        self.spec = spec
        self.header = header
        self.file = file
        self.typer = typer
        self.layout = layout ?? LedgerLayout(spec, vocabularies: typer.vocabularies, levels: typer.levels)
    }

    var lang: Language { typer.lang }

    /// Refuses a ledger of more than `maxRecords` records, at the first record over the limit.
    func checkRecordCount(_ count: Int, markOf record: (Int) -> Mark) throws(LedgerShapeError) {
        guard count > maxRecords else { return }
        throw LedgerShapeError(mark: record(maxRecords), message: lang.pick(
            "台账有 \(count) 条记录，超过上限 \(maxRecords) 条；请按年度或地区拆分",
            "the ledger has \(count) records, over the limit of \(maxRecords); split it by year or area"))
    }

    func location(_ m: Mark) -> Location { Location(file: file, mark: m, sheet: sheet) }

    /// The header's "last updated" and records fields.
    var updatedSpec: FieldSpec? { header.first { $0.type == .date } }
    var recordsSpec: FieldSpec? { header.first { $0.type == .records } }

    /// A YAML ledger. `streamed`: the sink the document was parsed with, which typed the
    /// records as they were parsed; without one they are typed from the tree.
    func read(yaml document: YAMLDocument, streamed: LedgerEntries? = nil) throws(LedgerShapeError) -> Ledger {
        let root = document.root
        guard let pairs = root.pairs else {
            // The header's keys as the pack names them (`updated:` and `records:`).
            let keys = header.map { "\($0.key):" }
            throw LedgerShapeError(mark: root.mark, message: lang.pick(
                "台账应为键值映射（\(keys.joined(separator: " 与 "))），实为\(root.kindName.name(.zh))",
                "a ledger must be a mapping (\(keys.joined(separator: " and "))), found \(root.kindName.name(.en))"))
        }
        var updated: Day? = nil
        var updatedMark: Mark? = nil
        var recordsNode: Node? = nil
        var recordsMark = root.mark
        var problems: [LedgerProblem] = []
        var warnings: [Diagnostic] = []
        let updatedSpec = updatedSpec
        let recordsSpec = recordsSpec
        for pair in pairs {
            let key = document.string(pair.key)
            if let s = updatedSpec, key == s.key || key == s.zh {
                if updatedMark != nil {
                    problems.append(sameField(key, s, pair.keyMark))
                    continue
                }
                updatedMark = pair.value.mark
                if let scalar = pair.value.scalar {
                    let v = typer.value(document.string(scalar), as: .date)
                    if case .invalid(let raw, let problem) = v {
                        problems.append(LedgerProblem(invalidMessage(s, raw, problem), [location(pair.value.mark)]))
                    }
                    updated = v.day
                }
            } else if let s = recordsSpec, key == s.key || key == s.zh {
                if recordsNode != nil {
                    problems.append(sameField(key, s, pair.keyMark))
                    continue
                }
                recordsNode = pair.value
                recordsMark = pair.keyMark
            } else {
                warnings.append(unknownKey(key, pair.keyMark, among: header))
            }
        }
        var entries = LedgerEntries(self)
        if let node = recordsNode, !node.isNull {
            guard let items = node.items else {
                throw LedgerShapeError(mark: node.mark, message: lang.pick("records 应为记录列表", "records must be a list of records"))
            }
            try checkRecordCount(items.count) { items[$0].mark.resolved(in: document.bytes) }
            if let streamed, streamed.started {
                // The same records key: the first whose value is a block sequence is the one streamed.
                entries = streamed
            } else {
                entries = LedgerEntries(self, capacity: items.count)
                document.bytes.withUnsafeBufferPointer { b in
                    for item in items { entries.node(item, ScalarSource(bytes: b)) }
                }
            }
        }
        problems += entries.problems
        warnings += entries.warnings
        // The streamed records' marks count their columns in the file's text when read.
        let store = RecordStore(entries.records, markedText: document.bytes)
        finish(&problems, store)
        return Ledger(spec: spec, file: file, updated: updated, updatedMark: updatedMark, mark: recordsMark,
                      records: Records(store: store), problems: problems, warnings: warnings)
    }

    /// Types one record into the store: its pairs, or nil when the entry is no mapping.
    func record(_ pairs: ArraySlice<Node.Pair>?, at mark: Mark, _ source: ScalarSource, into records: inout RecordStoreBuilder,
                _ problems: inout [LedgerProblem], _ warnings: inout [Diagnostic]) {
        records.begin(mark)
        guard let pairs else {
            problems.append(LedgerProblem(lang.pick("每条记录应为键值映射", "each record must be a mapping"), [location(source.resolved(mark))]))
            return
        }
        var given: UInt64 = 0  // the fields seen so far in this record, by index (a schema has < 64)
        var previous = -1
        for pair in pairs {
            guard let index = source.withBytes(pair.key, { layout.field(named: $0, after: previous) }) else {
                warnings.append(unknownKey(source.string(pair.key), source.resolved(pair.keyMark), among: spec.fields))
                continue
            }
            previous = index
            if index < 64 {
                // The YAML parser refuses a key given twice; the same field under its other name
                // is caught here, and the first value kept.
                guard given & (1 << UInt64(index)) == 0 else {
                    problems.append(sameField(source.string(pair.key), spec.fields[index], source.resolved(pair.keyMark)))
                    continue
                }
                given |= 1 << UInt64(index)
            }
            switch pair.value.content {
            case .null:
                records.set(index, nil, at: pair.value.mark)
            case .scalar(let s):
                // A value written the usual way goes into the store from its bytes, without a
                // String; anything else takes the typer's way, which makes the messages.
                let decoded = source.withBytes(s) { b -> Bool in
                    guard let d = layout.decoders[index].decode(b, asOf: typer.asOf) else { return false }
                    records.set(index, d, b, at: pair.value.mark)
                    return true
                }
                if !decoded {
                    let at = source.resolved(pair.value.mark)
                    records.set(index, typed(source.string(s), spec.fields[index], at, &problems), at: at)
                }
            case .sequence(let items) where isList(spec.fields[index]):
                let fieldSpec = spec.fields[index]
                var out: [Value.Item] = []
                for item in items {
                    if let s = item.scalar {
                        let v = typer.value(source.string(s), as: fieldSpec.type.element)
                        let at = source.resolved(item.mark)
                        if case .invalid(let raw, let problem) = v {
                            problems.append(LedgerProblem(invalidMessage(fieldSpec, raw, problem), [location(at)]))
                        }
                        out.append(Value.Item(value: v, mark: at))
                    }
                }
                records.set(index, .list(out), at: pair.value.mark)
            default:
                let fieldSpec = spec.fields[index]
                records.set(index, nil, at: pair.value.mark)
                problems.append(LedgerProblem(lang.pick(
                    "“\(fieldSpec.zh)”应为\(fieldSpec.type.expectation(.zh))，实为\(pair.value.kindName.name(.zh))",
                    "'\(fieldSpec.key)' should be \(fieldSpec.type.expectation(.en)), found \(pair.value.kindName.name(.en))"),
                    [location(source.resolved(pair.value.mark))]))
            }
        }
    }

    /// One field written under both its names (身份证号 and id_number): refused, the first kept.
    func sameField(_ written: String, _ field: FieldSpec, _ mark: Mark) -> LedgerProblem {
        LedgerProblem(FieldSpec.givenTwice(written, written == field.key ? field.zh : field.key, lang), [location(mark)])
    }

    func isList(_ spec: FieldSpec) -> Bool { if case .list = spec.type { return true } else { return false } }

    /// A scalar typed by its field; a list field written as one value is split (电话、走访).
    func typed(_ text: String, _ fieldSpec: FieldSpec, _ mark: Mark, _ problems: inout [LedgerProblem]) -> Value? {
        if text.trimmingSpaces().isEmpty { return nil }
        if case .list(let inner) = fieldSpec.type {
            var out: [Value.Item] = []
            for part in TextNormalizer.splitList(text) {
                let v = typer.value(part, as: inner)
                if case .invalid(let raw, let problem) = v {
                    problems.append(LedgerProblem(invalidMessage(fieldSpec, raw, problem), [location(mark)]))
                }
                out.append(Value.Item(value: v, mark: mark))
            }
            return .list(out)
        }
        let v = typer.value(text, as: fieldSpec.type)
        if case .invalid(let raw, let problem) = v {
            problems.append(LedgerProblem(invalidMessage(fieldSpec, raw, problem), [location(mark)]))
        }
        return v
    }

    func invalidMessage(_ field: FieldSpec, _ raw: String, _ problem: DeferredText) -> DeferredText {
        DeferredText { [privacy = typer.privacy, lang] in
            // A person's ID number, phone number and name are masked even when they do not read.
            let shown: String
            switch field.type.element {
            case .idNumber: shown = privacy.id(raw)
            case .phone: shown = privacy.phone(raw)
            default: shown = field.personalName ? privacy.name(raw) : raw
            }
            return lang.pick("\(field.zh)“\(shown)”无效：\(problem.text)", "\(field.key) '\(shown)' is invalid: \(problem.text)")
        }
    }

    func unknownKey(_ key: String, _ mark: Mark, among fields: [FieldSpec]) -> Diagnostic {
        let hint = DidYouMean.hint(for: key, among: fields.flatMap { [$0.key, $0.zh] })
        return Diagnostic(location: location(mark), severity: .warning, message: lang.pick(
            "\(spec.title(.zh))中未知的字段“\(VisibleText.shown(key))”，已忽略" + hint.zh,
            "unknown field '\(VisibleText.shown(key))' in \(spec.title(.en)), ignored" + hint.en))
    }

    /// Required fields per record, and for ledgers of persons an ID number at most once.
    func finish(_ problems: inout [LedgerProblem], _ store: RecordStore) {
        let records = Records(store: store)
        let required = spec.required.compactMap { spec.index(of: $0) }
        for record in records where required.contains(where: { !record.has($0) }) {
            let missing = required.filter { !record.has($0) }.map { spec.fields[$0].name(lang) }
            problems.append(LedgerProblem(lang.pick("记录缺少必填字段：\(missing.joined(separator: "、"))",
                                              "record lacks required fields: \(missing.joined(separator: ", "))"),
                                    [location(record.mark)]))
        }
        guard spec.persons, let idIndex = spec.index(of: FieldRole.personID) else { return }
        let idName = spec.fields[idIndex]
        // Compared packed where they are (18 characters, the usual case), else as text.
        var firstSeenPacked: [UInt64: Mark] = [:]
        var firstSeen: [String: Mark] = [:]
        for (row, record) in records.enumerated() {
            let slot = store.slot(row, idIndex)
            let earlier: Mark?
            switch slot.tag {
            case .idNumber:
                earlier = firstSeenPacked[slot.word]
                if earlier == nil { firstSeenPacked[slot.word] = record.mark(idIndex) }
            case .text:
                let id = store.text(slot.word)
                earlier = firstSeen[id]
                if earlier == nil { firstSeen[id] = record.mark(idIndex) }
            default:
                continue
            }
            if let first = earlier {
                guard case .text(let id)? = record.value(idIndex) else { continue }
                problems.append(LedgerProblem(lang.pick(
                    "\(idName.zh) \(typer.privacy.id(id)) 重复（首次出现在第 \(first.line) 行）",
                    "\(idName.key) \(typer.privacy.id(id)) appears twice (first on line \(first.line))"),
                    [location(record.mark(idIndex))]))
            }
        }
    }
}

/// The records of a YAML ledger, typed entry by entry: as the parser hands them over
/// (`YAMLEntrySink`, the usual way), or from the tree's entries. Past the ledger's record limit
/// entries are only counted (the reader then refuses the ledger).
final class LedgerEntries: YAMLEntrySink {
    let reader: LedgerReader
    var records: RecordStoreBuilder
    var problems: [LedgerProblem] = []
    var warnings: [Diagnostic] = []
    /// Whether the parser handed over a sequence.
    private(set) var started = false
    private var asked = false
    private var count = 0

    init(_ reader: LedgerReader, capacity: Int = 0) {
        self.reader = reader
        records = RecordStoreBuilder(fields: reader.spec.fields, capacity: capacity)
    }

    /// The first root key that names the records field, as the reader finds it (compared as text).
    func streams(rootKey: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !asked else { return false }
        let key = String(decoding: rootKey, as: UTF8.self)
        if let s = reader.updatedSpec, key == s.key || key == s.zh { return false }
        guard let s = reader.recordsSpec, key == s.key || key == s.zh else { return false }
        asked = true
        return true
    }

    func sequenceStarts() { started = true }

    func mapping(_ pairs: ArraySlice<Node.Pair>, at mark: Mark, _ source: ScalarSource) {
        entry(pairs, mark, source)
    }

    func node(_ node: Node, _ source: ScalarSource) {
        entry(node.pairs?[...], node.mark, source)
    }

    private func entry(_ pairs: ArraySlice<Node.Pair>?, _ mark: Mark, _ source: ScalarSource) {
        count += 1
        guard count <= reader.maxRecords else { return }
        reader.record(pairs, at: mark, source, into: &records, &problems, &warnings)
    }
}

/// A ledger whose structure is not a ledger's: the file cannot serve as evidence.
struct LedgerShapeError: Error {
    let mark: Mark
    let message: String
}
