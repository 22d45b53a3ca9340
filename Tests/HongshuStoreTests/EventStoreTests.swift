import Foundation
import HongshuCore
import HongshuStore
import Insights
import TestSupport
import Testing

@Suite struct EventStoreTests {
    /// Events are appended and read back newest first with their context, on each backend; a
    /// buffered log writes nothing until it is flushed, then everything in one batch.
    @Test(arguments: Backend.available)
    func eventsAppendAndBufferedOnesWaitForTheFlush(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let ids = CountingIDs()
            let clock = TestClock()
            let log = EventLog(store: stores.events, buffered: true, now: { clock.now }, newID: ids.next)
            for index in 0..<3 {
                clock.advance(by: 1)
                try await log.record(.read, by: UserID(7), on: .note(NoteID(1)), context: ["surface": "feed\(index)"])
            }
            #expect(try await log.count(.read, subject: .note(NoteID(1))) == 0)
            try await log.flush()
            #expect(try await log.count(.read, subject: .note(NoteID(1))) == 3)
            let first = try await log.events(by: UserID(7), page: .first(2))
            let rest = try await log.events(by: UserID(7), page: PageRequest(limit: 2, after: first.next))
            #expect((first.items + rest.items).map { $0.context["surface"] } == ["feed2", "feed1", "feed0"])
            #expect(rest.next == nil)
        }
    }
}
