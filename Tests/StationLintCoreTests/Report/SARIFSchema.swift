import Foundation
import XCTest

/// Validates SARIF text against the official 2.1.0 schema (`Fixtures/sarif/`, a copy of OASIS's
/// file) with python3's `jsonschema`. Missing python3 or jsonschema fails the test, never skips it.
enum SARIFSchema {
    static let schema = FixturePath.root.appendingPathComponent("sarif/sarif-schema-2.1.0.json").path

    static let script = """
    import json, sys
    try:
        import jsonschema
    except ImportError:
        print("python3 has no jsonschema module: install it (pip install jsonschema, or apt-get install python3-jsonschema)")
        sys.exit(3)
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    doc = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.path)))
    for e in errors[:10]:
        print("/".join(map(str, e.path)) + ": " + e.message)
    sys.exit(1 if errors else 0)
    """

    static func validate(_ sarif: String, _ what: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            XCTFail("SARIF validation needs python3 with jsonschema; could not start python3: \(error)", file: file, line: line)
            return
        }
        input.fileHandleForWriting.write(Data(sarif.utf8))
        try input.fileHandleForWriting.close()
        let said = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return
        case 127: XCTFail("SARIF validation needs python3, which is not on PATH", file: file, line: line)
        case 3: XCTFail("SARIF validation: \(said)", file: file, line: line)
        default: XCTFail("SARIF (\(what)) does not validate against sarif-schema-2.1.0.json:\n\(said)", file: file, line: line)
        }
    }
}
