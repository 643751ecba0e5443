/// Types `station.yaml` by the schema: English and Chinese keys (mixed freely), one field under
/// both names refused, unknown keys warned with the nearest known one.
struct DeclarationReader {
    let document: YAMLDocument
    let file: String
    let typer: ValueTyper
    var fields: [String: DeclaredField] = [:]
    var attestations: [String: Attestation] = [:]
    var errors: [Diagnostic] = []
    var warnings: [Diagnostic] = []
    var broken: Set<String> = []

    var lang: Language { typer.lang }

    init(document: YAMLDocument, file: String, typer: ValueTyper) {
        self.document = document
        self.file = file
        self.typer = typer
    }

    func location(_ mark: Mark) -> Location { Location(file: file, mark: mark) }

    mutating func read(_ specs: [FieldSpec]) {
        if document.root.isNull {
            errors.append(Diagnostic(location: location(document.root.mark), message: lang.pick("\(file) 是空文件", "\(file) is empty")))
            return
        }
        walk(document.root, specs, prefix: "")
    }

    mutating func walk(_ node: Node, _ specs: [FieldSpec], prefix: String) {
        guard let pairs = node.pairs else {
            errors.append(Diagnostic(location: location(node.mark), message: lang.pick(
                "此处应为键值映射（键: 值），实为\(node.kindName.name(.zh))", "expected a mapping (key: value), found \(node.kindName.name(.en))")))
            broken.insert(prefix)
            return
        }
        var seen: [String: String] = [:]
        for pair in pairs {
            let written = document.string(pair.key)
            guard let spec = FieldSpec.find(written, in: specs) else {
                let names = specs.flatMap { [$0.key, $0.zh] }
                let hint = DidYouMean.hint(for: written, among: names)
                let place = prefix.isEmpty ? "" : lang.pick("（在 \(prefix) 下）", " (under \(prefix))")
                warnings.append(Diagnostic(location: location(pair.keyMark), severity: .warning, message: lang.pick(
                    "未知的键“\(VisibleText.shown(written))”\(place)，已忽略" + hint.zh,
                    "unknown key '\(VisibleText.shown(written))'\(place), ignored" + hint.en)))
                continue
            }
            let path = prefix.isEmpty ? spec.key : prefix + "." + spec.key
            if let first = seen[spec.key] {
                errors.append(Diagnostic(location: location(pair.keyMark), message: FieldSpec.givenTwice(written, first, lang)))
                broken.insert(path)
                continue
            }
            seen[spec.key] = written
            read(pair.value, spec: spec, path: path, label: written, keyMark: pair.keyMark)
        }
    }

    mutating func read(_ node: Node, spec: FieldSpec, path: String, label: String, keyMark: Mark) {
        var value: Value? = nil
        switch (spec.type, node.content) {
        case (_, .null):
            value = nil
        case (.mapping, .mapping):
            walk(node, spec.fields, prefix: path)
        case (.attestations, .mapping(let pairs)):
            for pair in pairs {
                let clause = document.string(pair.key)
                let text: String
                switch pair.value.content {
                case .scalar(let s): text = document.string(s)
                case .null: text = ""
                case .sequence, .mapping:
                    text = document.json(pair.value).serialized(pretty: false)
                }
                attestations[clause] = Attestation(text: text, location: location(pair.value.mark))
            }
        case (.list(let inner), .sequence(let items)):
            var out: [Value.Item] = []
            for item in items {
                guard let s = item.scalar else {
                    if !item.isNull { wrongKind(item, spec, path) }
                    continue
                }
                out.append(Value.Item(value: typer.value(document.string(s), as: inner), mark: item.mark))
            }
            value = .list(out)
        case (.list(let inner), .scalar(let s)):
            // A list written as one value: 电脑、电话、打印机
            let parts = TextNormalizer.splitList(document.string(s))
            value = .list(parts.map { Value.Item(value: typer.value($0, as: inner), mark: node.mark) })
        case (.mapping, _), (.attestations, _), (.list, _):
            wrongKind(node, spec, path)
        case (_, .scalar(let s)):
            value = typer.value(document.string(s), as: spec.type)
        case (_, .sequence), (_, .mapping):
            wrongKind(node, spec, path)
        }
        fields[path] = DeclaredField(spec: spec, path: path, label: label, keyMark: keyMark, mark: node.mark, value: value)
        reportInvalid(value, label: label, mark: node.mark)
    }

    /// Every value that does not read as its type is said at its position, whether or not a
    /// rule reads the field (a rule that does also fails, naming it).
    mutating func reportInvalid(_ value: Value?, label: String, mark: Mark) {
        switch value {
        case .invalid(let raw, let problem)?:
            warnings.append(Diagnostic(location: location(mark), severity: .warning,
                                       message: lang.pick("\(label)“\(raw)”无效：\(problem.text)", "\(label) '\(raw)' is invalid: \(problem.text)")))
        case .list(let items)?:
            for item in items { reportInvalid(item.value, label: label, mark: item.mark) }
        default:
            break
        }
    }

    mutating func wrongKind(_ node: Node, _ spec: FieldSpec, _ path: String) {
        errors.append(Diagnostic(location: location(node.mark), message: lang.pick(
            "“\(spec.zh)”应为\(spec.type.expectation(.zh))，实为\(node.kindName.name(.zh))",
            "'\(spec.key)' should be \(spec.type.expectation(.en)), found \(node.kindName.name(.en))")))
        broken.insert(path)
    }
}
