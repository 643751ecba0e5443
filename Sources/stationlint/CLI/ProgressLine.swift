import Foundation
import StationLintCore

/// Progress on standard error — done/total, rate, time left — only when it is a terminal;
/// redrawn at most ten times a second from any worker thread.
final class ProgressLine: Sendable {
    private let console: Console
    private let total: Int
    private let lang: Language
    private let start = Date()
    /// Stations done and when the line was last drawn.
    private let state = Locked((done: 0, lastDraw: Date.distantPast))

    init(console: Console, total: Int, lang: Language) {
        self.console = console
        self.total = total
        self.lang = lang
    }

    func advance(_ n: Int) {
        // Drawn under the lock, so that a later count is never overdrawn by an earlier one.
        state.withLock { s in
            s.done += n
            let now = Date()
            guard now.timeIntervalSince(s.lastDraw) >= 0.1 || s.done == total else { return }
            s.lastDraw = now
            let elapsed = max(0.001, now.timeIntervalSince(start))
            let rate = Double(s.done) / elapsed
            let left = rate > 0 ? Double(total - s.done) / rate : 0
            let text = lang == .zh
                ? "已检查 \(s.done)/\(total)，每秒 \(Int(rate)) 个，约剩 \(Int(left.rounded())) 秒"
                : "checked \(s.done)/\(total), \(Int(rate))/s, about \(Int(left.rounded())) s left"
            console.err("\r\u{1B}[K" + text + (s.done == total ? "\n" : ""))
        }
    }
}
