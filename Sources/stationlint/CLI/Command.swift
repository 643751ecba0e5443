import StationLintCore

/// What every command gets: the parsed arguments, the language and where to write.
struct CommandContext {
    let arguments: ParsedArguments
    let lang: Language
    let console: Console
    let environment: [String: String]

    /// Colour on standard output: only when both it and standard error are terminals (SPEC §9:
    /// "only when stderr is a terminal"; a report redirected to a file is never coloured), and
    /// never with `--no-color` or `NO_COLOR`.
    var colorStdout: Bool {
        console.stdoutIsTerminal && console.stderrIsTerminal && !arguments.has("no-color") && environment["NO_COLOR"] == nil
    }
}

/// A subcommand of `stationlint`.
protocol Command {
    static var spec: CommandSpec { get }
    static func run(_ context: CommandContext) throws -> ExitStatus
}

/// An input that could not be read: `file:line:column: error: message`, exit code 2.
struct InputError: Error {
    let diagnostic: Diagnostic
    let source: [UInt8]?
}
