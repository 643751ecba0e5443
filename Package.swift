// swift-tools-version:6.0
import PackageDescription

// stationlint builds on Foundation and the toolchain alone: no package dependencies.
let package = Package(
    name: "stationlint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "StationLintCore", targets: ["StationLintCore"]),
        .executable(name: "stationlint", targets: ["stationlint"]),
        .executable(name: "stationlint-bench", targets: ["stationlint-bench"]),
        .executable(name: "stationlint-synth", targets: ["stationlint-synth"]),
    ],
    targets: [
        // Parse → schema → model → engine → report → batch; knows nothing of any province.
        .target(name: "StationLintCore"),
        // The shipped rule pack, carried inside the binary as byte arrays (no code generation).
        .target(
            name: "ShippedRules",
            path: "Rules",
            sources: ["ShippedRules.swift"],
            resources: [.embedInCode("DB14-T-2024")]
        ),
        .executableTarget(name: "stationlint", dependencies: ["StationLintCore", "ShippedRules"]),
        // Speed measurements anyone can run (Benchmarks/bench-yaml.sh); not part of the tests.
        .executableTarget(name: "stationlint-bench", dependencies: ["StationLintCore"]),
        // A synthetic, seeded Shanxi province of station folders (Benchmarks/bench-province.sh).
        .executableTarget(name: "stationlint-synth", dependencies: ["StationLintCore"]),
        .testTarget(name: "StationLintCoreTests", dependencies: ["StationLintCore", "ShippedRules"]),
        .testTarget(name: "stationlintTests", dependencies: ["stationlint"]),
        // The libFuzzer targets (Benchmarks/fuzz.sh builds them apart, with -sanitize=fuzzer),
        // compiled here too so that they keep building, and replaying Fixtures/regressions/.
        .testTarget(name: "FuzzTargets", dependencies: ["StationLintCore"], path: "Tests/Fuzz"),
    ]
)
