import Foundation
import Synchronization

/// Generates unique, time-ordered 64-bit ids: 41 bits of milliseconds since 2025-01-01,
/// 10 bits of node number and 12 bits of sequence (4,096 ids per millisecond per node).
///
/// Ids sort by creation time, so they make good keys for newest-first lists.
public final class Snowflake: Sendable {
    /// 2025-01-01T00:00:00Z in Unix milliseconds.
    public static let epochMilliseconds: Int64 = 1_735_689_600_000

    private struct State { var lastMillisecond: Int64 = 0; var sequence: Int64 = 0 }
    private let state = Mutex(State())
    private let node: Int64
    private let now: @Sendable () -> Date

    /// - Parameter node: this process's number among the machines writing to one database (0–1023).
    public init(node: Int = 0, now: @escaping @Sendable () -> Date = Date.init) {
        precondition((0..<1024).contains(node), "node must be in 0..<1024")
        self.node = Int64(node)
        self.now = now
    }

    /// The next id; never repeats within this generator, even if the wall clock steps back.
    public func next() -> Int64 {
        let wall = Int64((now().timeIntervalSince1970 * 1000).rounded(.down)) - Self.epochMilliseconds
        let (millisecond, sequence) = state.withLock { state -> (Int64, Int64) in
            if wall > state.lastMillisecond {
                state.lastMillisecond = wall
                state.sequence = 0
            } else {
                state.sequence += 1
                if state.sequence == 4096 {  // borrow the next millisecond rather than wait
                    state.lastMillisecond += 1
                    state.sequence = 0
                }
            }
            return (state.lastMillisecond, state.sequence)
        }
        return (max(millisecond, 0) << 22) | (node << 12) | sequence
    }

    /// The creation time encoded in an id made by any `Snowflake`.
    public static func date(of id: Int64) -> Date {
        Date(timeIntervalSince1970: Double((id >> 22) + epochMilliseconds) / 1000)
    }
}

extension Snowflake {
    /// The smallest id any `Snowflake` makes at `date`: where a scan of ids from that time starts.
    public static func firstID(at date: Date) -> Int64 {
        max(Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) - epochMilliseconds, 0) << 22
    }
}
