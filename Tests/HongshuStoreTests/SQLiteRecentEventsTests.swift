import Foundation
import GRDB
import HongshuCore
import Insights
import Testing

@testable import HongshuStore

@Suite struct SQLiteRecentEventsTests {
    /// New events wait in `event_recent` until there are as many as the limit, then all move into `event`; every
    /// read sees the log whole and in order wherever its events are, and pruning reaches both tables.
    @Test func recentEventsMoveIntoTheLogInBulkAndReadAsOneLog() async throws {
        let backend = try SQLiteBackend(path: nil, recentEvents: 5)
        try await backend.migrate()
        let store = backend.stores.events
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        func events(_ ids: ClosedRange<Int64>) -> [Event] {
            ids.map {
                Event(
                    id: $0, at: start.addingTimeInterval(Double($0)), user: UserID($0 % 2 + 1), kind: .read,
                    subject: .note(NoteID(9)))
            }
        }
        func tables() async throws -> (log: Int, recent: Int) {
            try await backend.writer.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM event") ?? -1,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM event_recent") ?? -1
                )
            }
        }
        try await store.append(events(1...3))
        #expect(try await tables() == (0, 3))
        try await store.append(events(4...6))  // six reach the limit: all move
        #expect(try await tables() == (6, 0))
        try await store.append(events(7...8))
        #expect(try await tables() == (6, 2))

        #expect(try await store.events(after: nil, limit: 100).map(\.id) == Array(1...8))
        #expect(try await store.events(after: (start, 5), limit: 2).map(\.id) == [6, 7])
        #expect(try await store.count(.read, subject: .note(NoteID(9))) == 8)
        let newest = try await store.events(by: UserID(1), page: .first(3))
        #expect(newest.items.map(\.id) == [8, 6, 4])
        let next = try await store.events(by: UserID(1), page: PageRequest(limit: 3, after: try #require(newest.next)))
        #expect(next.items.map(\.id) == [2])

        #expect(try await store.prune(before: start.addingTimeInterval(7.5)) == 7)
        #expect(try await tables() == (0, 1))
    }
}
