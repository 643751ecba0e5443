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

/// An input that could not be read (or an output not written): `file:line:column: error:
/// message`, with the source line and a caret under it when its bytes are known; exit code 2.
struct InputError: UserFacingError {
    let diagnostic: Diagnostic
    let source: [UInt8]?

    init(diagnostic: Diagnostic, source: [UInt8]? = nil) {
        self.diagnostic = diagnostic
        self.source = source
    }

    /// A message about a whole file or folder: `path:1:1: error: message`.
    init(file path: String, _ message: String) {
        self.init(diagnostic: Diagnostic(location: .start(of: path), message: message))
    }

    /// What could not be done to the file or folder `path` (`无法写入`), and why when Foundation
    /// said (`error`), in our words (`无法写入（没有权限）`), not in the system's language.
    init(file path: String, failed what: Localized, because error: (any Error)?, lang: Language) {
        self.init(file: path, what.text(lang) + (error.flatMap { FileSystemError(foundation: $0) }?.parenthesised(lang) ?? ""))
    }

    /// `error`, said of the input `file` in `lang`.
    init(_ error: any UserFacingError, file: String, lang: Language, source: [UInt8]? = nil) {
        self.init(diagnostic: error.diagnostic(file: file, lang: lang), source: source)
    }

    func diagnostic(file: String?, lang: Language) -> Diagnostic { diagnostic }
}
