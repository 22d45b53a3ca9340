import Community
import Foundation
import HongshuCore
import HongshuStore
import Insights
import Search
import TestSupport
import Testing

@Suite struct EventStoreTests {
    /// The log's store, whose read-count writes fail while `failing` is set.
    struct FailingReads: EventStore {
        let base: any EventStore
        let failing: Flag
        final class Flag: @unchecked Sendable { var on = true }
        struct Failure: Error {}
        func append(_ events: [Event]) async throws { try await base.append(events) }
        func append(reported events: [(event: Event, actor: String, clientID: String)]) async throws -> Set<Int64> {
            try await base.append(reported: events)
        }
        func prune(before cutoff: Date) async throws -> Int { try await base.prune(before: cutoff) }
        func events(after last: (at: Date, id: Int64)?, limit: Int) async throws -> [Event] {
            try await base.events(after: last, limit: limit)
        }
        func events(by user: UserID, page: PageRequest) async throws -> Page<Event> {
            try await base.events(by: user, page: page)
        }
        func count(_ kind: Event.Kind, subject: Event.Subject) async throws -> Int {
            try await base.count(kind, subject: subject)
        }
        func addReads(_ reads: [NoteID: Int]) async throws {
            if failing.on { throw Failure() }
            try await base.addReads(reads)
        }
    }

    /// A failed read-count write never fails (and so never repeats) the append it followed: the events are stored
    /// once, the reads are kept, the next full flush reports the failure and a later one writes them.
    @Test(arguments: Backend.available)
    func aFailedReadCountWriteKeepsTheReadsAndNeverRepeatsTheEvents(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let ada = try await app.signUp("ada")
            let note = try await app.notes.publish(NoteDraft(title: "上海咖啡", body: "好喝"), by: ada.id)
            let failing = FailingReads.Flag()
            let clock = TestClock()
            let log = EventLog(
                store: FailingReads(base: stores.events, failing: failing), buffered: true, now: { clock.now },
                newID: CountingIDs().next)
            for reader in 7...8 { try await log.record(.read, by: UserID(Int64(reader)), on: .note(note.id)) }
            await #expect(throws: FailingReads.Failure.self) { try await log.flush() }
            try await log.flushDue()  // nothing buffered is appended again
            #expect(try await stores.events.count(.read, subject: .note(note.id)) == 2)
            #expect(try await stores.search.engagementReceived().reads == 0)
            failing.on = false
            try await log.flush()
            #expect(try await stores.search.engagementReceived().reads == 2)
        }
    }

    /// Reads reach their notes' counts behind the log: a periodic flush leaves them waiting (they are written
    /// every few seconds, summed per note), a full flush writes them; imported reads too.
    @Test(arguments: Backend.available)
    func readCountsFollowReadsBehindTheLog(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let ada = try await app.signUp("ada")
            let note = try await app.notes.publish(NoteDraft(title: "上海咖啡", body: "好喝"), by: ada.id)
            let ids = CountingIDs()
            let clock = TestClock()
            let log = EventLog(store: stores.events, buffered: true, now: { clock.now }, newID: ids.next)
            for reader in 7...9 { try await log.record(.read, by: UserID(Int64(reader)), on: .note(note.id)) }
            try await log.flushDue()
            #expect(try await stores.events.count(.read, subject: .note(note.id)) == 3)
            #expect(try await stores.search.engagementReceived().reads == 0)
            try await log.record(imported: [
                Event(id: ids.next(), at: clock.now, user: UserID(10), kind: .read, subject: .note(note.id)),
                Event(id: ids.next(), at: clock.now, user: UserID(10), kind: .like, subject: .note(note.id)),
            ])
            try await log.flush()
            #expect(try await stores.events.count(.read, subject: .note(note.id)) == 4)
            #expect(try await stores.search.engagementReceived().reads == 4)
        }
    }

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
            // Any text survives the trip through the stored context.
            let tricky = ["q": "say \"hi\" \\ back\nslash\t\u{1}", "中文": "口红😀", "empty": ""]
            try await log.record(.search, by: UserID(8), on: Event.Subject(type: "search", id: 1), context: tricky)
            #expect(try await log.count(.read, subject: .note(NoteID(1))) == 0)
            try await log.flush()
            #expect(try await log.count(.read, subject: .note(NoteID(1))) == 3)
            let first = try await log.events(by: UserID(7), page: .first(2))
            let rest = try await log.events(by: UserID(7), page: PageRequest(limit: 2, after: first.next))
            #expect((first.items + rest.items).map { $0.context["surface"] } == ["feed2", "feed1", "feed0"])
            #expect(rest.next == nil)
            #expect(try await log.events(by: UserID(8), page: .first(1)).items.first?.context == tricky)
        }
    }

    /// Reported events are kept once per reporter and client id, with the client's clock corrected, on each
    /// backend (PostgreSQL: into day partitions); retention removes what is older than the cutoff and no more.
    @Test(arguments: Backend.available)
    func reportedEventsAreKeptOnceWithCorrectedClocksAndPrunedByAge(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let ids = CountingIDs()
            let clock = TestClock()
            let log = EventLog(store: stores.events, now: { clock.now }, newID: ids.next)
            let skew: TimeInterval = -3_600  // the client's clock is an hour behind
            let sentAt = clock.now.addingTimeInterval(skew)
            func impression(_ id: String, secondsAgo: TimeInterval, note: Int64 = 1) -> ReportedEvent {
                ReportedEvent(
                    clientID: id, kind: "impression", subject: .note(NoteID(note)),
                    context: ["surface": "feed", "position": "3"], at: sentAt.addingTimeInterval(-secondsAgo),
                    session: "s1")
            }
            let first = try await log.report(
                EventReport(
                    events: [
                        impression("a", secondsAgo: 10), impression("b", secondsAgo: 5), impression("a", secondsAgo: 1),
                    ],
                    sentAt: sentAt), by: nil, device: "device-0001")
            #expect(first == ReportOutcome(accepted: 2, duplicates: 1, stale: 0))
            // The same ids again (a retry), one new, one stale, and the same id from another device.
            let second = try await log.report(
                EventReport(
                    events: [
                        impression("a", secondsAgo: 10), impression("c", secondsAgo: 2),
                        impression("d", secondsAgo: 8 * 86_400),
                    ], sentAt: sentAt), by: nil, device: "device-0001")
            #expect(second == ReportOutcome(accepted: 1, duplicates: 1, stale: 1))
            let other = try await log.report(
                EventReport(events: [impression("a", secondsAgo: 10, note: 2)], sentAt: sentAt), by: UserID(9),
                device: "device-0001")
            #expect(other.accepted == 1)
            #expect(try await log.count(.impression, subject: .note(NoteID(1))) == 3)
            let mine = try await log.events(by: UserID(9), page: .first(10)).items
            #expect(mine.count == 1)
            #expect(mine.first?.at == clock.now.addingTimeInterval(-10).truncatedToMilliseconds)  // corrected
            #expect(mine.first?.device == "device-0001" && mine.first?.session == "s1")
            #expect(mine.first?.context == ["surface": "feed", "position": "3"])

            // Days later, events of earlier days go; the recent ones stay.
            try await log.record(.read, by: UserID(9), on: .note(NoteID(2)))
            clock.advance(by: 3 * 86_400)
            try await log.record(.read, by: UserID(9), on: .note(NoteID(3)))
            let removed = try await log.prune(olderThan: 86_400)
            #expect(removed == 5)
            #expect(try await log.events(by: UserID(9), page: .first(10)).items.map(\.subject) == [.note(NoteID(3))])
            // A key forgotten with its event may be reported again (it is older than anything kept).
            #expect(try await log.count(.impression, subject: .note(NoteID(1))) == 0)
        }
    }
}
