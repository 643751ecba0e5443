import StationLintCore

/// A mistake in how the command was called: answered with a message and exit code 2.
enum UsageError: UserFacingError, Equatable {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(String)
    case unexpectedValue(String)
    case repeated(String)
    case missingArgument(String)
    case tooManyArguments(String)
    case invalidValue(option: String, value: String, expected: String, suggestion: String? = nil)
    case other(Localized)

    func message(_ lang: Language) -> String {
        switch self {
        case let .unknownCommand(c, s):
            return lang.pick("未知命令“\(c)”", "unknown command '\(c)'") + suggestion(s, lang)
        case let .unknownOption(o, s):
            return lang.pick("未知选项“\(o)”", "unknown option '\(o)'") + suggestion(s, lang)
        case let .missingValue(o):
            return lang.pick("选项 \(o) 需要一个值", "option \(o) needs a value")
        case let .unexpectedValue(o):
            return lang.pick("选项 \(o) 不接受值", "option \(o) takes no value")
        case let .repeated(o):
            return lang.pick("选项 \(o) 只能给一次", "option \(o) may be given only once")
        case let .missingArgument(a):
            return lang.pick("缺少参数 \(a)", "missing argument \(a)")
        case let .tooManyArguments(a):
            return lang.pick("多余的参数“\(a)”", "unexpected argument '\(a)'")
        case let .invalidValue(o, v, e, s):
            return lang.pick("选项 \(o) 的值“\(v)”无效，应为 \(e)", "invalid value '\(v)' for \(o); expected \(e)") + suggestion(s, lang)
        case let .other(text):
            return text.text(lang)
        }
    }

    /// This error, said of the command line.
    func diagnostic(file: String?, lang: Language) -> Diagnostic { Diagnostic(location: .commandLine, message: message(lang)) }

    private func suggestion(_ s: String?, _ lang: Language) -> String {
        DidYouMean.hint(suggesting: s, verb: .use).text(lang)
    }
}
