import Foundation

/// `stationlint-synth`: writes a synthetic Shanxi province of station folders for benchmarks.
///
/// The cities, counties and townships are Shanxi's real ones (`--divisions`, a CSV of
/// `code,name,level,parent_code`); each township gets about 16 synthetic villages (codes
/// `TTTTTTTTT2NN`, names made of common place-name syllables). Every county, township and village
/// is a complete station folder nested the way administrations are
/// (`OUT/<city>/<county>/<township>/<village>/`), holding `station.yaml`, `photos/front.jpg` and all
/// fifteen ledgers under `ledgers/`, sized like real stations: a county registry of thousands of
/// veterans, a township hundreds, a village tens; visits, events, cards and the rest in
/// proportion. Checked with `--as-of 2024-12-31`, a station without defects passes every
/// automatic clause; `--defects` is the share of stations given one defect each (missing visits,
/// stale ledgers, ID numbers with a wrong check digit, or short staffing).
///
/// Deterministic: each station draws from its own generator seeded by `--seed` and its division
/// code, so the same arguments write the same bytes whatever the number of threads.
enum SynthCLI {
    static let usage = """
        usage: stationlint-synth OUT [--scale S] [--seed N] [--defects P] [--divisions CSV] [--jobs N]

        Writes a synthetic province of station folders into OUT (which must not exist or be empty):
        Shanxi's real cities, counties and townships, about 16 villages per township, each a
        complete station folder (station.yaml, photos/, 15 ledgers under ledgers/) valid for the
        DB14-T-2024 pack when checked with --as-of 2024-12-31. Scale 1 is about 120 counties,
        1,350 townships and 21,900 villages, about 1.3 GB.

          --scale S        share of the province: townships (with their counties and villages) are
                           taken county by county in a seeded order until S of them are in;
                           above 1, each township gets S times as many villages (default 1)
          --seed N         seed of every random choice; same seed, same bytes (default 20241231)
          --defects P      share of stations given one defect: missing visits, stale ledgers,
                           bad ID check digits or short staffing (default 0.1)
          --divisions CSV  code,name,level,parent_code (default Benchmarks/data/shanxi-divisions.csv)
          --jobs N         writer threads (default: active cores); the output does not depend on it
          --help           this text
        """

    /// Runs the command line; returns the exit status (0 written, 1 failed, 2 usage).
    static func run(_ args: [String]) -> Int32 {
        let options: SynthOptions
        switch SynthOptions.parse(args) {
        case .success(let o): options = o
        case .failure(let problem):
            printError("stationlint-synth: \(problem.message)\n\n\(usage)")
            return 2
        }
        if options.help {
            print(usage)
            return 0
        }
        do {
            let divisions = try DivisionTable(csvPath: options.divisionsPath)
            let plan = ProvincePlan(divisions: divisions, scale: options.scale, seed: options.seed)
            let started = DispatchTime.now().uptimeNanoseconds
            let written = try ProvinceWriter(plan: plan, options: options).write()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            print(String(format: "stationlint-synth: %d stations (%d counties, %d townships, %d villages), %d defective; %d files, %.1f MB in %.1f s",
                         written.stations, plan.counties.count, plan.townshipCount, plan.villageCount,
                         written.defective, written.files, Double(written.bytes) / 1e6, seconds))
            return 0
        } catch {
            printError("stationlint-synth: " + SynthProblem.message(of: error))
            return 1
        }
    }
}

/// A usage or input problem, as one message.
struct SynthProblem: Error {
    let message: String

    /// What to print for any error: its message, never a Swift value.
    static func message(of error: any Error) -> String {
        (error as? SynthProblem)?.message ?? "unexpected error (a defect of stationlint-synth; please report it)"
    }
}

/// What `stationlint-synth` was asked to do.
struct SynthOptions {
    var out = ""
    var scale = 1.0
    var seed: UInt64 = 20241231
    var defects = 0.1
    var divisionsPath = "Benchmarks/data/shanxi-divisions.csv"
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var help = false

    static func parse(_ args: [String]) -> Result<SynthOptions, SynthProblem> {
        var o = SynthOptions()
        var i = 0
        while i < args.count {
            var arg = args[i]
            var inline: String? = nil
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                inline = String(arg[arg.index(after: eq)...])
                arg = String(arg[..<eq])
            }
            if arg == "--help" || arg == "-h" {
                o.help = true
                i += 1
                continue
            }
            guard arg.hasPrefix("-") else {
                guard o.out.isEmpty else { return .failure(SynthProblem(message: "one OUT folder only, not also '\(arg)'")) }
                o.out = arg
                i += 1
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else if i + 1 < args.count {
                i += 1
                value = args[i]
            } else {
                return .failure(SynthProblem(message: "\(arg) needs a value"))
            }
            switch arg {
            case "--scale":
                guard let v = Double(value), v > 0, v <= 100 else { return .failure(SynthProblem(message: "--scale needs a number above 0 and at most 100, not '\(value)'")) }
                o.scale = v
            case "--seed":
                guard let v = UInt64(value) else { return .failure(SynthProblem(message: "--seed needs a whole number, not '\(value)'")) }
                o.seed = v
            case "--defects":
                guard let v = Double(value), v >= 0, v <= 1 else { return .failure(SynthProblem(message: "--defects needs a share from 0 to 1, not '\(value)'")) }
                o.defects = v
            case "--divisions":
                o.divisionsPath = value
            case "--jobs":
                guard let v = Int(value), v >= 1, v <= 1024 else { return .failure(SynthProblem(message: "--jobs needs a whole number from 1 to 1024, not '\(value)'")) }
                o.jobs = v
            default:
                return .failure(SynthProblem(message: "unknown option '\(arg)'"))
            }
            i += 1
        }
        if o.out.isEmpty && !o.help { return .failure(SynthProblem(message: "give the OUT folder")) }
        return .success(o)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
