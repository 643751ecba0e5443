import Foundation
import StationLintCore

/// The machine's facts a command may default to: today's date and the number of cores.
enum Today {
    static func day() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return Day(year: parts.year ?? 2024, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(ordinal: 0)
    }

    static func processorCount() -> Int { ProcessInfo.processInfo.activeProcessorCount }
}
