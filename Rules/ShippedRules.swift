// The rule pack shipped inside the binary: the files of Rules/DB14-T-2024, embedded as byte
// arrays by SwiftPM's `.embedInCode` (no code generation). A test compares this list with the
// folder, so a file added to the pack and forgotten here fails the build's tests.

/// The shipped pack's files, by name.
public enum ShippedRules {
    public static let origin = "<built-in>/DB14-T-2024"

    public static let files: [String: [UInt8]] = [
        "pack.yaml": PackageResources.pack_yaml,
        "schema.yaml": PackageResources.schema_yaml,
        "vocabularies.yaml": PackageResources.vocabularies_yaml,
        "examples.yaml": PackageResources.examples_yaml,
        "rules-4.yaml": PackageResources.rules_4_yaml,
        "rules-5.1.yaml": PackageResources.rules_5_1_yaml,
        "rules-5.2.yaml": PackageResources.rules_5_2_yaml,
        "rules-5.3.yaml": PackageResources.rules_5_3_yaml,
        "rules-5.4.yaml": PackageResources.rules_5_4_yaml,
        "rules-5.5-5.8.yaml": PackageResources.rules_5_5_5_8_yaml,
        "standard.txt": PackageResources.standard_txt,
        "divisions.csv": PackageResources.divisions_csv,
    ]
}
