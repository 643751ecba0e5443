import Foundation

/// `stationlint-bench`: measures stationlint's speed on a corpus held in memory. Not a test; see
/// README "Benchmark: YAML parsing" and `Benchmarks/bench-yaml.sh`.
enum BenchCLI {
    static let usage = """
        usage: stationlint-bench yaml DIR... [--jobs N] [--repeat R]
               stationlint-bench xlsx WORKBOOK.xlsx SAME-ROWS.csv [--repeat R]
               stationlint-bench stages DIR [--rules PACK] [--repeat R]
               stationlint-bench load STATION [--rules PACK] [--repeat R]

          yaml      read every .yaml below DIR... into memory, then parse each with
                    YAMLDocument(bytes:) R times on 1 thread and R times on N threads;
                    print total MB (10^6 bytes), files, a node-count checksum and the
                    median MB/s of parse-to-tree for each
          --jobs N     worker threads for the parallel runs (default: active cores)
          --repeat R   timed runs per configuration, median reported (default 5)
          xlsx      read a workbook with Workbook(bytes:) and the same rows as CSV with
                    CSVTable(bytes:), from memory, R times each (default 9); print the
                    median times (Fixtures/xlsx/make-workbooks.py --bench writes both)
          stages    every station below DIR read into memory, then each stage timed
                    apart on 1 thread: read, load (parse and type), evaluate, render
                    (JSON), and every YAML file parsed to a tree for reference;
                    PACK defaults to Rules/DB14-T-2024 (Benchmarks/bench-province.sh)
          load      one station folder loaded R times from memory (default 1), for
                    counting allocations under valgrind (Benchmarks/bench-alloc.sh)
        """

    /// Runs the command line; returns the exit status (0 ok, 1 a file failed to parse, 2 usage).
    static func run(_ args: [String]) -> Int32 {
        guard let command = args.first, command != "--help", command != "-h" else {
            print(usage)
            return args.isEmpty ? 2 : 0
        }
        if command == "xlsx" { return XLSXBench.run(Array(args.dropFirst())) }
        if command == "stages" { return StagesBench.run(Array(args.dropFirst())) }
        if command == "load" { return LoadBench.run(Array(args.dropFirst())) }
        guard command == "yaml" else {
            printError("stationlint-bench: unknown command '\(command)'\n\(usage)")
            return 2
        }
        let options: YAMLBenchOptions
        switch YAMLBenchOptions.parse(Array(args.dropFirst())) {
        case .success(let o): options = o
        case .failure(let error):
            printError("stationlint-bench: \(error.message)\n\(usage)")
            return 2
        }
        if options.help {
            print(usage)
            return 0
        }
        return YAMLBench.run(options)
    }
}

/// A usage problem, as one message.
struct UsageProblem: Error {
    let message: String
}

/// What `stationlint-bench yaml` was asked to do.
struct YAMLBenchOptions {
    var dirs: [String] = []
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var repeats = 5
    var help = false

    static func parse(_ args: [String]) -> Result<YAMLBenchOptions, UsageProblem> {
        var o = YAMLBenchOptions()
        var i = 0
        while i < args.count {
            var arg = args[i]
            var inlineValue: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                inlineValue = String(arg[arg.index(after: eq)...])
                arg = String(arg[..<eq])
            }
            switch arg {
            case "--help", "-h":
                o.help = true
            case "--jobs", "--repeat":
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if i + 1 < args.count {
                    i += 1
                    value = args[i]
                } else {
                    return .failure(UsageProblem(message: "\(arg) needs a number"))
                }
                guard let n = Int(value), n >= 1, n <= 1024 else {
                    return .failure(UsageProblem(message: "\(arg) needs a whole number from 1 to 1024, not '\(value)'"))
                }
                if arg == "--jobs" { o.jobs = n } else { o.repeats = n }
            default:
                if arg.hasPrefix("-") { return .failure(UsageProblem(message: "unknown option '\(arg)'")) }
                o.dirs.append(arg)
            }
            i += 1
        }
        if o.dirs.isEmpty && !o.help { return .failure(UsageProblem(message: "give at least one DIR")) }
        return .success(o)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
