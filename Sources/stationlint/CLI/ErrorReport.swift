import StationLintCore

/// The one place an error becomes what the user reads, and an exit code (as
/// swift-argument-parser does): every `UserFacingError` is said at its position in the user's
/// language; a file-system error Foundation threw is said in our words; anything else is said to
/// be a defect of stationlint, never printed as a Swift value.
enum ErrorReport {
    /// Writes `error` to standard error and gives its exit code.
    static func report(_ error: any Error, lang: Language, console: Console, command: CommandSpec? = nil) -> ExitStatus {
        for line in lines(error, lang: lang, command: command) { console.errLine(line) }
        return status(error)
    }

    /// The exit code of every error (SPEC §9): a usage error, or an input, output or rule pack
    /// that could not be read or written, is 2; so is a defect, which is no verdict on the stations.
    static func status(_ error: any Error) -> ExitStatus { .usageOrInput }

    /// What is written for `error`: its diagnostic (with the source line and a caret when the
    /// input's bytes are known), and after a usage error where to read the usage.
    static func lines(_ error: any Error, lang: Language, command: CommandSpec?) -> [String] {
        let diagnostic = userFacing(error).diagnostic(lang)
        var lines: [String]
        if diagnostic.location == .commandLine {
            lines = ["stationlint: \(diagnostic.severity.rawValue): \(diagnostic.message)"]
        } else if let source = (error as? InputError)?.source {
            lines = [diagnostic.formatted(withSource: source)]
        } else {
            lines = [diagnostic.formatted]
        }
        if error is UsageError {
            let helpCommand = command.map { "stationlint \($0.name) --help" } ?? "stationlint --help"
            lines.append(lang.pick("用法说明：\(helpCommand)", "see: \(helpCommand)"))
        }
        return lines
    }

    /// `error` as one of ours.
    static func userFacing(_ error: any Error) -> any UserFacingError {
        if let known = error as? any UserFacingError { return known }
        if let fileSystem = FileSystemError(foundation: error) { return fileSystem }
        return UnexpectedError()
    }
}

/// An error that no part of stationlint put into words: a defect, said as one, with a request to
/// report it (its Swift value is not shown: it would tell the user nothing, and may hold input).
struct UnexpectedError: UserFacingError {
    func diagnostic(file: String?, lang: Language) -> Diagnostic {
        Diagnostic(location: .commandLine, message: lang.pick(
            "内部错误：stationlint 遇到了未预料的问题，命令没有完成。这是 stationlint 的缺陷，不是输入有误；请把所用的命令和输入文件报告给 stationlint 的维护者",
            "internal error: stationlint met a problem it did not expect, and the command did not finish. This is a defect of stationlint, not a mistake in the input; please report the command and its input files to stationlint's maintainers"))
    }
}
