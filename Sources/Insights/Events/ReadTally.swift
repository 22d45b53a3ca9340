import Foundation
import HongshuCore

/// Notes' read counts (search ranking smooths engagement per read with them) follow their read events, written
/// behind them: reads are summed per note and written every few seconds, so a note read many times in that
/// while costs one write, and the log's own appends stay small. A full flush writes them at once.
actor ReadTally {
    private var pending: [NoteID: Int] = [:]
    private var written = ContinuousClock.now
    /// How long counted reads may wait for their write.
    static let interval: Duration = .seconds(5)

    func add(_ events: some Sequence<Event>) {
        for event in events where event.kind == .read && event.subject.type == "note" {
            pending[NoteID(event.subject.id), default: 0] += 1
        }
    }

    /// The reads to write now (all of them when `all`, otherwise once the interval has passed), taken out.
    func take(all: Bool) -> [NoteID: Int]? {
        guard !pending.isEmpty, all || written.duration(to: .now) >= Self.interval else { return nil }
        let taken = pending
        pending = [:]
        written = .now
        return taken
    }

    /// Reads whose write failed, kept for the next one.
    func putBack(_ reads: [NoteID: Int]) {
        for (note, count) in reads { pending[note, default: 0] += count }
    }
}
