/// Types one ledger file, YAML (`updated:` and `records:`) or CSV (a header row, then records),
/// by its kind's fields; records every problem at its position.
struct LedgerReader {
    let spec: LedgerSpec
    let header: [FieldSpec]
    let file: String
    let typer: ValueTyper
    /// The worksheet, for a ledger read from a workbook: positions then name its cells.
    var sheet: String? = nil
    /// The most records the ledger may hold; more is refused before any is typed.
    var maxRecords = InputLimits.maxRecordsPerLedger

    var lang: Language { typer.lang }

    /// Refuses a ledger of more than `maxRecords` records, at the first record over the limit.
    func checkRecordCount(_ count: Int, markOf record: (Int) -> Mark) throws(LedgerShapeError) {
        guard count > maxRecords else { return }
        throw LedgerShapeError(mark: record(maxRecords), message: lang.pick(
            "台账有 \(count) 条记录，超过上限 \(maxRecords) 条；请按年度或地区拆分",
            "the ledger has \(count) records, over the limit of \(maxRecords); split it by year or area"))
    }

    func location(_ m: Mark) -> Location { Location(file: file, mark: m, sheet: sheet) }

    /// A YAML ledger.
    func read(yaml document: YAMLDocument) throws(LedgerShapeError) -> Ledger {
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
        let updatedSpec = header.first { $0.type == .date }
        let recordsSpec = header.first { $0.type == .records }
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
        var records = RecordStoreBuilder(fields: spec.fields, capacity: 0)
        if let node = recordsNode, !node.isNull {
            guard let items = node.items else {
                throw LedgerShapeError(mark: node.mark, message: lang.pick("records 应为记录列表", "records must be a list of records"))
            }
            try checkRecordCount(items.count) { items[$0].mark }
            records = RecordStoreBuilder(fields: spec.fields, capacity: items.count)
            for item in items {
                record(item, document, into: &records, &problems, &warnings)
            }
        }
        let store = RecordStore(records)
        finish(&problems, store)
        return Ledger(spec: spec, file: file, updated: updated, updatedMark: updatedMark, mark: recordsMark,
                      records: Records(store: store), problems: problems, warnings: warnings)
    }

    /// Types one record into the store.
    func record(_ node: Node, _ document: YAMLDocument, into records: inout RecordStoreBuilder,
                _ problems: inout [LedgerProblem], _ warnings: inout [Diagnostic]) {
        records.begin(node.mark)
        guard let pairs = node.pairs else {
            problems.append(LedgerProblem(lang.pick("每条记录应为键值映射", "each record must be a mapping"), [location(node.mark)]))
            return
        }
        var given: UInt64 = 0  // the fields seen so far in this record, by index (a schema has < 64)
        for pair in pairs {
            guard let index = fieldIndex(pair.key, document) else {
                warnings.append(unknownKey(document.string(pair.key), pair.keyMark, among: spec.fields))
                continue
            }
            let fieldSpec = spec.fields[index]
            if index < 64 {
                // The YAML parser refuses a key given twice; the same field under its other name
                // is caught here, and the first value kept.
                guard given & (1 << UInt64(index)) == 0 else {
                    problems.append(sameField(document.string(pair.key), fieldSpec, pair.keyMark))
                    continue
                }
                given |= 1 << UInt64(index)
            }
            switch pair.value.content {
            case .null:
                records.set(index, nil, at: pair.value.mark)
            case .scalar(let s):
                // A valid ID number as written (the usual case) goes into the store from the
                // bytes, without a String.
                if case .idNumber = fieldSpec.type, let packed = document.withBytes(s, PackedID.validID) {
                    records.setID(index, packed, at: pair.value.mark)
                } else {
                    records.set(index, typed(document.string(s), fieldSpec, pair.value.mark, &problems), at: pair.value.mark)
                }
            case .sequence(let items) where isList(fieldSpec):
                var out: [Value.Item] = []
                for item in items {
                    if let s = item.scalar {
                        let v = typer.value(document.string(s), as: fieldSpec.type.element)
                        if case .invalid(let raw, let problem) = v {
                            problems.append(LedgerProblem(invalidMessage(fieldSpec, raw, problem), [location(item.mark)]))
                        }
                        out.append(Value.Item(value: v, mark: item.mark))
                    }
                }
                records.set(index, .list(out), at: pair.value.mark)
            default:
                records.set(index, nil, at: pair.value.mark)
                problems.append(LedgerProblem(lang.pick(
                    "“\(fieldSpec.zh)”应为\(fieldSpec.type.expectation(.zh))，实为\(pair.value.kindName.name(.zh))",
                    "'\(fieldSpec.key)' should be \(fieldSpec.type.expectation(.en)), found \(pair.value.kindName.name(.en))"),
                    [location(pair.value.mark)]))
            }
        }
    }

    /// One field written under both its names (身份证号 and id_number): refused, the first kept.
    func sameField(_ written: String, _ field: FieldSpec, _ mark: Mark) -> LedgerProblem {
        LedgerProblem(FieldSpec.givenTwice(written, written == field.key ? field.zh : field.key, lang), [location(mark)])
    }

    /// The field a key names, compared as bytes against English and Chinese names.
    func fieldIndex(_ key: Scalar, _ document: YAMLDocument) -> Int? {
        document.withBytes(key) { b in
            for (i, f) in spec.fields.enumerated() {
                if bytesEqual(b, f.key) || bytesEqual(b, f.zh) { return i }
            }
            return nil
        }
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

    func invalidMessage(_ field: FieldSpec, _ raw: String, _ problem: String) -> String {
        // A person's ID number, phone number and name are masked even when they do not read.
        let shown: String
        switch field.type.element {
        case .idNumber: shown = typer.privacy.id(raw)
        case .phone: shown = typer.privacy.phone(raw)
        default: shown = field.personalName ? typer.privacy.name(raw) : raw
        }
        return lang.pick("\(field.zh)“\(shown)”无效：\(problem)", "\(field.key) '\(shown)' is invalid: \(problem)")
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

/// A ledger whose structure is not a ledger's: the file cannot serve as evidence.
struct LedgerShapeError: Error {
    let mark: Mark
    let message: String
}

@inline(__always)
func bytesEqual(_ b: UnsafeBufferPointer<UInt8>, _ s: String) -> Bool {
    var s = s
    return s.withUTF8 { u in
        u.count == b.count && (u.isEmpty || memcmpEqual(u.baseAddress!, b.baseAddress!, u.count))
    }
}
