import Foundation
import XCTest
@testable import stationlint
import StationLintCore

/// `--format xlsx`: the golden run's workbook, its sheets dumped cell by cell through our own
/// reader (`Fixtures/golden/check.xlsx.txt`), the same bytes on every run, `merge` writing the
/// same workbook, no workbook to a terminal, and the file opened by LibreOffice headless and
/// openpyxl where they are installed (skipped, saying so, where not; `.ci/run` installs both).
extension GoldenReportTests {
    /// Every sheet, every non-empty cell: `A2 s 小店区…` for text, `E2 n 37` for a number.
    static func dump(_ book: Workbook) -> String {
        var out = ""
        for sheet in book.sheets {
            out += "== \(sheet.name)\n"
            for row in sheet.rows {
                for cell in row.cells {
                    let ref = "\(CellReference.columnName(cell.column))\(row.row)"
                    switch cell.value {
                    case .text(let t): out += "\(ref) s \(t.replacingOccurrences(of: "\n", with: "⏎"))\n"
                    case .number(_, let raw, _): out += "\(ref) n \(raw)\n"
                    case .boolean(let b): out += "\(ref) b \(b)\n"
                    case .error(let e): out += "\(ref) e \(e)\n"
                    }
                }
            }
        }
        return out
    }

    static func workbook(_ args: [String]) throws -> (run: CLIRun, bytes: [UInt8], file: URL) {
        let dir = Repo.temporary()
        let file = dir.appendingPathComponent("整改清单.xlsx")
        let run = CLIRun.run(args + ["--format", "xlsx", "--output", file.path])
        let bytes = [UInt8](try Data(contentsOf: file))
        return (run, bytes, file)
    }

    func testXLSX() throws {
        let (run, bytes, _) = try Self.workbook(Self.check)
        XCTAssertEqual(run.status, .failures, run.err)
        XCTAssertEqual(run.err, "")
        XCTAssertEqual(run.out, "", "the workbook goes to its file only")
        let book = try Workbook(bytes: bytes)
        XCTAssertEqual(book.sheets.map(\.name), ["站点", "不通过", "人工核验", "市级排名", "县级排名"])
        Golden.assertMatches(Self.dump(book), "check.xlsx.txt")
        XCTAssertEqual(try Self.workbook(Self.check).bytes, bytes, "the same run gives the same bytes (fixed ZIP timestamps)")
    }

    func testXLSXOfOneStationHasNoRollUpAndEnglishHeaders() throws {
        let (run, bytes, _) = try Self.workbook(["check", "Fixtures/report-stations/county-failing", "--as-of", "2024-12-31", "--lang", "en"])
        XCTAssertEqual(run.status, .failures, run.err)
        let book = try Workbook(bytes: bytes)
        XCTAssertEqual(book.sheets.map(\.name), ["Stations", "Failures", "Manual"])
        XCTAssertEqual(book.sheets[1].rows.first?.cells.count, 9)
        XCTAssertEqual(book.sheets[1].rows.first?.cells[7].value, .text("Deadline"), "整改时限 beside the severity")
        XCTAssertEqual(book.sheets[1].rows.dropFirst().first?.cells[7].value, .text("2025-01-30"), "as of 2024-12-31 plus 30 days for a requirement")
        XCTAssertEqual(book.sheets[2].rows.first?.cells.last?.value, .text("Verified"), "the 核验 column, empty below its header")
        XCTAssertTrue(book.sheets[2].rows.dropFirst().allSatisfy { $0.cells.allSatisfy { $0.column < 7 } })
    }

    func testXLSXRefusesStandardOutputWithTheReason() {
        for terminal in [true, false] {
            let run = CLIRun.run(Self.check + ["--format", "xlsx"], terminal: terminal)
            XCTAssertEqual(run.status, .usageOrInput)
            XCTAssertEqual(run.out, "")
            XCTAssertTrue(run.err.contains("二进制") && run.err.contains("--output"), run.err)
        }
        XCTAssertTrue(CLIRun.run(Self.check + ["--format", "xlsx", "--output", "-", "--lang", "en"]).err.contains("binary workbook"))
    }

    func testMergeWritesTheSameWorkbook() throws {
        let dir = Repo.temporary()
        let json = dir.appendingPathComponent("r.json").path
        _ = CLIRun.run(Self.check + ["--format", "json", "--output", json])
        let merged = try Self.workbook(["merge", json])
        XCTAssertEqual(merged.run.err, "")
        XCTAssertEqual(Self.dump(try Workbook(bytes: merged.bytes)), Self.dump(try Workbook(bytes: try Self.workbook(Self.check).bytes)))
    }

    /// LibreOffice converts every sheet to CSV without complaint and gives the cells we wrote.
    func testXLSXOpensInLibreOffice() throws {
        guard let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("LibreOffice is not installed (apt-get install libreoffice-calc): the workbook was not opened in it")
        }
        let (_, _, file) = try Self.workbook(Self.check)
        let out = Repo.temporary()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        // Filter options: comma, quote, UTF-8 (76), from line 1, …, sheet -1 = every sheet to its own file.
        p.arguments = ["-env:UserInstallation=file://" + out.appendingPathComponent("profile").path, "--headless", "--convert-to",
                       "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", file.path, "--outdir", out.path]
        p.standardOutput = Pipe()
        p.standardError = Pipe()
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0)
        func sheet(_ name: String) throws -> [String] {
            let path = out.appendingPathComponent("整改清单-\(name).csv")
            return String(decoding: try Data(contentsOf: path), as: UTF8.self).split(separator: "\n").map(String.init)
        }
        let stations = try sheet("站点")
        XCTAssertEqual(stations.first, "路径,名称,层级,区划代码,通过,不通过,需人工核验,不适用,已豁免,无法读取,得分")
        XCTAssertEqual(stations.dropFirst().first, "Fixtures/report-stations/county-failing,小店区退役军人服务中心,县级,140105000000,37,2,3,2,1,0,94.9",
                       "the division code whole, not 1.40105E+11")
        XCTAssertEqual(try sheet("不通过").count, 3, "a header and the two failures")
        XCTAssertTrue(try sheet("人工核验").first?.hasSuffix(",核验") == true)
        XCTAssertTrue(try sheet("县级排名").dropFirst().first?.hasPrefix("1,140105000000,小店区,2,1,97.5") == true)
    }

    /// openpyxl loads it with every warning an error (a repaired part warns), with the types we wrote.
    func testXLSXOpensInOpenpyxlWithoutRepair() throws {
        let (_, _, file) = try Self.workbook(Self.check)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", """
            import sys, warnings
            try:
                import openpyxl
            except ImportError:
                print("SKIP"); sys.exit(0)
            warnings.simplefilter("error")
            wb = openpyxl.load_workbook(sys.argv[1])
            for ws in wb:
                print(ws.title, ws.freeze_panes, ws.column_dimensions["A"].width > 0, ws["A1"].font.b,
                      "|".join(f"{c.data_type}:{c.value}" for c in ws[2]))
            """, file.path]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = pipe
        do { try p.run() } catch { throw XCTSkip("no python3: the workbook was not opened in openpyxl") }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        if text.hasPrefix("SKIP") { throw XCTSkip("python3 has no openpyxl (pip install openpyxl): the workbook was not opened in it") }
        XCTAssertEqual(p.terminationStatus, 0, text)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.map { String($0.prefix { $0 != " " }) }, ["站点", "不通过", "人工核验", "市级排名", "县级排名"], text)
        XCTAssertTrue(lines.allSatisfy { $0.contains(" A2 True True ") }, "every sheet frozen below its bold header, widths set\n\(text)")
        XCTAssertTrue(lines[0].hasSuffix("s:140105000000|n:37|n:2|n:3|n:2|n:1|n:0|n:94.9"), lines[0])
        XCTAssertTrue(lines[3].contains("n:1|s:140100000000|s:太原市|n:2|n:1|n:97.5"), lines[3])
    }
}
