/// An error a user can be shown. Every error that reaches a message conforms (a parse error, a
/// rule pack's, a workbook's, a file that cannot be read or written, a report that cannot be
/// read back, the command line's), so that each is said in the user's language at its position,
/// and no Swift value (`notFound`, `CocoaError(...)`) or system-language text ever reaches the
/// user. The command line maps each to its exit code in one place.
public protocol UserFacingError: Error {
    /// This error as `file:line:column: error: message` in `lang`.
    ///
    /// `file` is the input that was being read when the error arose: most errors know at most a
    /// line and column in it (a parse error) or nothing (a file that cannot be opened is said at
    /// its line 1, column 1), not its name. An error that carries its own location (a rule
    /// pack's) keeps it. With no file, an error is said of the command line
    /// (`Location.commandLine`).
    func diagnostic(file: String?, lang: Language) -> Diagnostic
}

extension UserFacingError {
    /// This error with no input file named: for errors that carry their own location, and for
    /// the command line's.
    public func diagnostic(_ lang: Language) -> Diagnostic { diagnostic(file: nil, lang: lang) }
}

extension Location {
    /// Where an error that concerns no input file is said to be: the command line (written
    /// `stationlint: error: …` by the command line tool, as compilers write such errors).
    public static let commandLine = Location(file: "", line: 0, column: 0)

    /// Line 1, column 1 of `file`, for an error about the whole file; the command line when no
    /// file is named.
    public static func start(of file: String?) -> Location {
        file.map { Location(file: $0, line: 1, column: 1) } ?? .commandLine
    }
}

extension Diagnostic: UserFacingError {
    /// A diagnostic is already said, at its place and in the language it was made in.
    public func diagnostic(file: String?, lang: Language) -> Diagnostic { self }
}
