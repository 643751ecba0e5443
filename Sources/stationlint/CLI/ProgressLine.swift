import Foundation
import StationLintCore

/// Progress on standard error — done/total, rate, time left — only when it is a terminal;
/// redrawn at most ten times a second from any worker thread.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let console: Console
    private let total: Int
    private let lang: Language
    private let start = Date()
    private var done = 0
    private var lastDraw = Date.distantPast

    init(console: Console, total: Int, lang: Language) {
        self.console = console
        self.total = total
        self.lang = lang
    }

    func advance(_ n: Int) {
        lock.lock()
        defer { lock.unlock() }
        done += n
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(0.001, now.timeIntervalSince(start))
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = lang == .zh
            ? "已检查 \(done)/\(total)，每秒 \(Int(rate)) 个，约剩 \(Int(left.rounded())) 秒"
            : "checked \(done)/\(total), \(Int(rate))/s, about \(Int(left.rounded())) s left"
        console.err("\r\u{1B}[K" + text + (done == total ? "\n" : ""))
    }
}
