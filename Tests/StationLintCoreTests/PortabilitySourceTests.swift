import Foundation
import XCTest

/// The code compiles for macOS as well as Linux, though CI builds on Linux only: no spelling
/// that exists on Linux alone appears outside an `#if os(…)` / `#if canImport(…)` block (which
/// is where its macOS branch is written). This cannot prove that macOS compiles the code (only a
/// Mac can); it keeps out the spellings known to break it, each listed with what macOS has.
final class PortabilitySourceTests: XCTestCase {
    static let linuxOnly: [(pattern: String, why: String)] = [
        (#"\bGlibc\b"#, "the C library module is Darwin on macOS (`import Glibc`, `Glibc.read`)"),
        (#"\bst_[amc]tim\b"#, "macOS spells the stat times st_atimespec, st_mtimespec, st_ctimespec"),
        (#"\b(stat64|fstat64|lstat64|off64_t)\b"#, "glibc's large-file names; macOS's stat is 64-bit under its own name"),
        (#"\b(mallinfo2?|malloc_trim|malloc_usable_size)\b"#, "glibc's malloc statistics; macOS has malloc_zone_statistics and malloc_size"),
        (#"/proc/"#, "macOS has no /proc (sysctl, proc_pidinfo)"),
        (#"\b(sysinfo|get_nprocs|sched_getaffinity)\b"#, "Linux calls; ProcessInfo answers on both"),
        (#"\b(program_invocation_name|secure_getenv|memrchr|pipe2|accept4|strerror_r)\b"#, "GNU extensions, or (strerror_r) a GNU signature that differs from POSIX's"),
        (#"\bO_(DIRECT|TMPFILE|PATH|NOATIME|LARGEFILE)\b"#, "open flags that macOS lacks"),
        (#"\bCLOCK_(BOOTTIME|MONOTONIC_COARSE|REALTIME_COARSE)\b"#, "Linux clocks; CLOCK_MONOTONIC is on both"),
        (#"\b(epoll_\w+|inotify_\w+|eventfd|signalfd|timerfd_\w+|prctl|sendfile)\b"#, "Linux system calls (macOS has kqueue, and another sendfile)"),
        (#"\bd_off\b"#, "dirent's offset is d_seekoff on macOS"),
        (#"import (FoundationXML|FoundationNetworking)\b"#, "Foundation's modules on Linux only; on macOS their types are in Foundation"),
    ]

    func testNoLinuxOnlySpellingOutsideAPlatformConditional() throws {
        let root = FixturePath.root.deletingLastPathComponent()
        let patterns = try Self.linuxOnly.map { (try NSRegularExpression(pattern: $0.pattern), $0.why) }
        var found: [String] = []
        for folder in ["Sources", "Tests"] {
            let base = root.appendingPathComponent(folder)
            for case let relative as String in FileManager.default.enumerator(atPath: base.path) ?? NSEnumerator()
            where relative.hasSuffix(".swift") && !relative.hasSuffix("/PortabilitySourceTests.swift") {
                let text = try String(contentsOf: base.appendingPathComponent(relative), encoding: .utf8)
                // Per open `#if`: whether any of its branches is chosen by platform.
                var platform: [Bool] = []
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let code = String(line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
                    let directive = code.trimmingCharacters(in: .whitespaces)
                    let byPlatform = directive.contains("os(") || directive.contains("canImport(")
                    if directive.hasPrefix("#if ") { platform.append(byPlatform); continue }
                    if directive.hasPrefix("#elseif ") { if !platform.isEmpty { platform[platform.count - 1] = platform.last! || byPlatform }; continue }
                    if directive.hasPrefix("#else") { continue }
                    if directive.hasPrefix("#endif") { _ = platform.popLast(); continue }
                    if platform.contains(true) { continue }
                    for (regex, why) in patterns where regex.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)) != nil {
                        found.append("\(folder)/\(relative):\(n + 1): \(code.trimmingCharacters(in: .whitespaces)) — \(why)")
                    }
                }
            }
        }
        XCTAssertEqual(found, [], "Linux-only spellings outside #if os(...)/#if canImport(...):\n" + found.joined(separator: "\n"))
    }

    /// The manifest builds on both: no unsafe flags (SwiftPM refuses them in a dependency and
    /// they are platform-specific), no library linked for every platform.
    func testThePackageManifestHasNoPlatformSpecificSettings() throws {
        let manifest = try String(contentsOf: FixturePath.root.deletingLastPathComponent().appendingPathComponent("Package.swift"), encoding: .utf8)
        XCTAssertFalse(manifest.contains("unsafeFlags"))
        for line in manifest.split(separator: "\n") where line.contains("linkedLibrary") || line.contains("linkedFramework") {
            XCTAssertTrue(line.contains(".when(platforms:"), "a library linked on every platform: \(line)")
        }
        XCTAssertTrue(manifest.contains(".macOS("), "Package.swift names the macOS it builds for")
    }
}
