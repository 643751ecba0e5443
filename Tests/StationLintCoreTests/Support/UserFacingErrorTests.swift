import Foundation
import XCTest
@testable import StationLintCore

/// Every error a user can see says where and what in the user's language, through one protocol.
final class UserFacingErrorTests: XCTestCase {
    /// The error types of the library, each as the user reads it.
    func testEachErrorTypeConformsAndSaysItsPlace() {
        let errors: [(any UserFacingError, String, String)] = [
            (ParseError(.tabIndentation, at: Mark(line: 3, column: 5, offset: 20)), "a.yaml:3:5: error: ", "缩进"),
            (RulePackError(Location(file: "pack.yaml", line: 7, column: 2), "缺少键“id”", "missing key 'id'"), "pack.yaml:7:2: error: ", "缺少键“id”"),
            (WorkbookError(.notZip), "a.yaml:1:1: error: ", "不是 .xlsx 工作簿"),
            (ReportDecoding.Failure(message: Localized(zh: "不是有效的 JSON 报告", en: "not a valid JSON report")), "a.yaml:1:1: error: ", "不是有效的 JSON 报告"),
            (FileReader.Failure.permissionDenied, "a.yaml:1:1: error: ", "没有读取权限"),
            (FileSystemError(.diskFull), "a.yaml:1:1: error: ", "磁盘已满"),
            (Diagnostic(location: Location(file: "b.csv", line: 2, column: 1), message: "已说明"), "b.csv:2:1: error: ", "已说明"),
        ]
        for (error, place, words) in errors {
            let zh = error.diagnostic(file: "a.yaml", lang: .zh).formatted
            XCTAssertTrue(zh.hasPrefix(place) && zh.contains(words), zh)
            let en = error.diagnostic(file: "a.yaml", lang: .en).formatted
            XCTAssertTrue(en.hasPrefix(place), en)
            if !(error is Diagnostic) { XCTAssertFalse(en.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, en) }
            let typeName = String(describing: type(of: error)).split(separator: ".").last.map(String.init) ?? ""
            XCTAssertFalse(zh.contains(typeName) || en.contains(typeName), "\(typeName) in \(zh) / \(en)")
        }
        // With no file named, an error that knows no file of its own is said of the command line.
        XCTAssertEqual(FileReader.Failure.notFound.diagnostic(.zh).location, .commandLine)
        XCTAssertEqual(FileSystemError(.diskFull).diagnostic(.zh).message, "文件操作失败：磁盘已满")
        XCTAssertEqual(RulePackError(Location(file: "p.yaml", line: 1, column: 1), "甲", "a").diagnostic(.en).formatted, "p.yaml:1:1: error: a")
    }

    /// Foundation's errors become our words: the POSIX number when it is there, else the
    /// `CocoaError` code (all that Foundation on Linux gives), never `localizedDescription`.
    func testFoundationErrorsAreSaidInOurWords() throws {
        XCTAssertEqual(FileSystemError(foundation: POSIXError(.EACCES))?.reason, .permissionDenied)
        XCTAssertEqual(FileSystemError(foundation: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)))?.reason, .diskFull)
        XCTAssertEqual(FileSystemError(foundation: CocoaError(.fileWriteVolumeReadOnly))?.reason, .readOnly)
        let wrapped = NSError(domain: NSCocoaErrorDomain, code: CocoaError.fileWriteUnknown.rawValue,
                              userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))])
        XCTAssertEqual(FileSystemError(foundation: wrapped)?.reason, .readOnly)
        XCTAssertEqual(FileSystemError(foundation: CocoaError(.fileWriteUnknown))?.reason, .other(errno: nil))
        XCTAssertEqual(FileSystemError(errno: EIO).reason.message(.en), "system error \(EIO)")
        struct NotAFileError: Error {}
        XCTAssertNil(FileSystemError(foundation: NotAFileError()))

        // What Foundation really throws for a folder that is not there, and for a file that is.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stationlint-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            try Data("x".utf8).write(to: dir.appendingPathComponent("missing/x.txt"))
            XCTFail("wrote into a folder that does not exist")
        } catch {
            XCTAssertEqual(FileSystemError(foundation: error)?.reason, .notFound, "\(error)")
        }
        let file = dir.appendingPathComponent("x.txt")
        try Data("x".utf8).write(to: file)
        do {
            try Data("y".utf8).write(to: file, options: .withoutOverwriting)
            XCTFail("overwrote a file")
        } catch {
            XCTAssertEqual(FileSystemError(foundation: error)?.parenthesised(.zh), "（已存在）", "\(error)")
        }
    }

    /// A new error type is born user-facing: every type declared as an `Error` in the library or
    /// the command line conforms to `UserFacingError`, but for the few that never leave the code
    /// that throws them (each turned into one that does, where it is caught).
    func testEveryErrorTypeOfTheSourcesIsUserFacing() throws {
        let kept: Set<String> = [
            "Spreadsheet/Inflate.swift: Failure",  // becomes WorkbookError.invalidDeflate in ZipArchive
            "Model/LedgerReader.swift: LedgerShapeError",  // becomes a Diagnostic in StationLoader
            "Engine/Checks/FieldRead.swift: OutcomeBox",  // carries a check outcome, not a failure
        ]
        let sources = FixturePath.root.deletingLastPathComponent().appendingPathComponent("Sources")
        let declaration = try NSRegularExpression(pattern: #"^\s*(?:public |internal |fileprivate |private )?(?:final )?(?:struct|enum|class|actor) (\w+)[^{]*:[^{]*\b(?:UserFacing)?Error\b"#)
        var declared: [String] = []
        var conforming: Set<String> = []  // declared so
        var extended: Set<String> = []  // made so by an extension
        for target in ["StationLintCore", "stationlint"] {
            let folder = sources.appendingPathComponent(target)
            for case let relative as String in FileManager.default.enumerator(atPath: folder.path) ?? NSEnumerator() where relative.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let s = String(line)
                    if let m = declaration.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)), let r = Range(m.range(at: 1), in: s) {
                        let name = String(s[r])
                        if s.contains("UserFacingError") { conforming.insert(name) } else { declared.append("\(relative): \(name)") }
                    }
                    if s.hasPrefix("extension "), s.contains(": UserFacingError"),
                       let name = s.dropFirst("extension ".count).split(separator: ":").first?.split(separator: ".").last {
                        extended.insert(String(name))
                    }
                }
            }
        }
        let missing = declared.filter { !kept.contains($0) && !extended.contains(String($0.split(separator: " ").last ?? "")) }
        XCTAssertEqual(missing, [], "error types that do not conform to UserFacingError")
        // The scan sees what it should.
        XCTAssertTrue(conforming.isSuperset(of: ["RulePackError", "WorkbookError", "Failure", "FileSystemError", "UsageError", "InputError", "UnexpectedError"]), "\(conforming)")
        XCTAssertTrue(extended.isSuperset(of: ["ParseError", "Diagnostic"]), "\(extended)")
    }
}
