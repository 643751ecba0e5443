extension Rule {
    /// The pack parameters this rule's checks read (their `parametersRead`, forwarded by
    /// composite checks), in the pack's order.
    public func parameters(in pack: RulePack) -> [Parameter] {
        var names = Set<String>()
        for spec in checks { names.formUnion(spec.check.parametersRead) }
        return pack.parameterList.filter { names.contains($0.name) }
    }
}
