extension Rule {
    /// The pack parameters this rule's checks use, in the pack's order. Checks hold a parameter
    /// by its name, so the names are found among each check's stored values (by reflection: a
    /// new check primitive needs no extra declaration for `explain` to list what it uses).
    public func parameters(in pack: RulePack) -> [Parameter] {
        var names = Set<String>()
        for spec in checks { collect(spec.check, into: &names, known: pack.parameters, depth: 0) }
        return pack.parameterList.filter { names.contains($0.name) }
    }

    private func collect(_ value: Any, into names: inout Set<String>, known: [String: Parameter], depth: Int) {
        if let s = value as? String {
            if known[s] != nil { names.insert(s) }
            return
        }
        guard depth < 6 else { return }
        for child in Mirror(reflecting: value).children {
            collect(child.value, into: &names, known: known, depth: depth + 1)
        }
    }
}
