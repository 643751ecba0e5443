import Foundation

let status = StationLintCLI.run(CommandLine.arguments, console: .standard(), environment: ProcessInfo.processInfo.environment)
exit(status.rawValue)
