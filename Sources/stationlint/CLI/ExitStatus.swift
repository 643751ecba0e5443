/// The exit codes of SPEC §9, named once.
enum ExitStatus: Int32 {
    /// No fail at or above `--fail-on`.
    case success = 0
    /// Some station fails.
    case failures = 1
    /// A usage error, or an input or rule pack that could not be read.
    case usageOrInput = 2
}
