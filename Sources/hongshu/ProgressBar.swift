import Foundation

/// Shows long work advancing: a redrawn bar with rate and ETA on a terminal, a plain line every
/// few seconds otherwise (logs, CI). Writes to standard error, so output stays clean.
final class ProgressBar: @unchecked Sendable {
    // @unchecked: every mutable property is touched only inside `lock`.
    private let lock = NSLock()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var phase = ""
    private var started = Date()
    private var lastDrawn = Date.distantPast

    func update(phase: String, done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        if phase != self.phase {
            if !self.phase.isEmpty && isTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
            self.phase = phase
            started = now
            lastDrawn = .distantPast
        }
        let finished = done >= total
        guard finished || now.timeIntervalSince(lastDrawn) >= (isTerminal ? 0.1 : 5) else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let stats = "\(done)/\(total) \(Self.format(rate))/s ETA \(Self.clock(eta))"
        if isTerminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let padded = phase.padding(toLength: 8, withPad: " ", startingAt: 0)
            FileHandle.standardError.write(Data("\r\(padded) \(bar) \(Int(fraction * 100))% \(stats)   ".utf8))
            if finished { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            FileHandle.standardError.write(Data("\(phase): \(Int(fraction * 100))% \(stats)\n".utf8))
        }
    }

    static func format(_ rate: Double) -> String {
        rate >= 10_000 ? String(format: "%.0fk", rate / 1_000) : String(format: "%.0f", rate)
    }

    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
