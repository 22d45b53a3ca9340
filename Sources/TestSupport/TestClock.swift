import Foundation
import Synchronization

/// A clock that stands still until a test moves it. Starts at 2026-01-01T00:00:00Z.
public final class TestClock: Sendable {
    public static let start = Date(timeIntervalSince1970: 1_767_225_600)
    private let current: Mutex<Date>

    public init(_ start: Date = TestClock.start) { current = Mutex(start) }

    public var now: Date { current.withLock { $0 } }

    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}

/// Ids 1001, 1002, … in order: deterministic and readable in failures.
public final class CountingIDs: Sendable {
    private let last: Mutex<Int64>

    public init(startingAfter first: Int64 = 1_000) { last = Mutex(first) }

    public func next() -> Int64 {
        last.withLock {
            $0 += 1; return $0
        }
    }
}
