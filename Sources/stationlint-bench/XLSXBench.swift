import StationLintCore

/// `stationlint-bench xlsx WORKBOOK CSV`: the time to read a ledger as a workbook
/// (`Workbook(bytes:)`: unzip, inflate, XML, cells) against the same rows as CSV
/// (`CSVTable(bytes:)`), both from bytes in memory, on one thread; median of R runs.
enum XLSXBench {
    static func run(_ args: [String]) -> Int32 {
        var paths: [String] = []
        var repeats = 9
        var i = 0
        while i < args.count {
            if args[i] == "--repeat", i + 1 < args.count, let n = Int(args[i + 1]), n >= 1 {
                repeats = n
                i += 2
                continue
            }
            paths.append(args[i])
            i += 1
        }
        guard paths.count == 2 else {
            printError("usage: stationlint-bench xlsx WORKBOOK.xlsx SAME-ROWS.csv [--repeat R]  (Fixtures/xlsx/make-workbooks.py --bench writes both)")
            return 2
        }
        var files: [[UInt8]] = []
        for path in paths {
            do { files.append(try FileReader.read(path)) } catch {
                printError("stationlint-bench: cannot read \(path): \(error.message(.en))")
                return 1
            }
        }
        let workbook = files[0], csv = files[1]
        var xlsxTimes: [Double] = [], csvTimes: [Double] = []
        var xlsxCells = 0, csvCells = 0
        for _ in 0..<repeats {
            let x = MonotonicClock.time { () -> Int in
                guard let book = try? Workbook(bytes: workbook) else { return -1 }
                return book.sheets.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.cells.count } }
            }
            let c = MonotonicClock.time { () -> Int in
                guard let table = try? CSVTable(bytes: csv) else { return -1 }
                return table.rows.reduce(0) { $0 + $1.cells.filter { !$0.trimmedText.isEmpty }.count }
            }
            xlsxTimes.append(x.seconds)
            csvTimes.append(c.seconds)
            xlsxCells = x.result
            csvCells = c.result
        }
        guard xlsxCells >= 0, csvCells >= 0 else {
            printError("stationlint-bench: the workbook or the CSV did not read")
            return 1
        }
        let xm = median(xlsxTimes), cm = median(csvTimes)
        print("xlsx \(paths[0]): \(workbook.count) bytes, \(xlsxCells) cells, median \(fmt(xm * 1000)) ms (\(fmt(Double(workbook.count) / xm / 1e6)) MB/s of file)")
        print("csv  \(paths[1]): \(csv.count) bytes, \(csvCells) cells, median \(fmt(cm * 1000)) ms (\(fmt(Double(csv.count) / cm / 1e6)) MB/s of file)")
        print("xlsx/csv time: \(fmt(xm / cm))x over \(repeats) runs each")
        return 0
    }

    static func fmt(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return "\(r)"
    }
}
