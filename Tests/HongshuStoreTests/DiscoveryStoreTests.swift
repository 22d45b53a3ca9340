import Community
import Discovery
import Foundation
import HongshuCore
import HongshuStore
import Insights
import TestSupport
import Testing

@Suite struct DiscoveryStoreTests {
    /// Stored interests add up exactly as ``DecayedWeight/adding(_:halfLife:)`` does in memory, whatever order the
    /// increments arrive in and however they are batched; a rebuild replaces them; faded ones are pruned.
    @Test(arguments: Backend.available)
    func interestsDecayAndAddUpInAnyOrder(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let halfLife: TimeInterval = 3_600
            let start = TestClock.start
            let user = UserID(1)
            let increments: [InterestIncrement] = [
                (InterestKey.tag(TagID(10)), 4.0, 0.0), (.tag(TagID(10)), 2.0, 7_200), (.tag(TagID(10)), 1.0, 1_800),
                (.author(UserID(5)), -3.0, 60), (.topic("ootd"), 0.5, 0), (.topic("ootd"), 0.5, 0),
            ].map { InterestIncrement(user: user, key: $0.0, weight: DecayedWeight(value: $0.1, at: start + $0.2)) }
            // In three calls, out of time order (the later one first), and one call holding one key twice.
            try await stores.discovery.addInterests([increments[1]], halfLife: halfLife)
            try await stores.discovery.addInterests(Array(increments[2...3]), halfLife: halfLife)
            try await stores.discovery.addInterests([increments[0]] + Array(increments[4...]), halfLife: halfLife)
            try await stores.discovery.addInterests(
                [InterestIncrement(user: UserID(2), key: .tag(TagID(10)), weight: DecayedWeight(value: 9, at: start))],
                halfLife: halfLife)
            var expected: [InterestKey: DecayedWeight] = [:]
            for increment in increments {
                expected[increment.key] =
                    expected[increment.key].map { $0.adding(increment.weight, halfLife: halfLife) } ?? increment.weight
            }
            let stored = Dictionary(
                uniqueKeysWithValues: try await stores.discovery.interests(of: user).map { ($0.key, $0.weight) })
            #expect(Set(stored.keys) == Set(expected.keys))
            let now = start.addingTimeInterval(10_000)
            for (key, weight) in expected {
                let value = try #require(stored[key]).value(at: now, halfLife: halfLife)
                #expect(abs(value - weight.value(at: now, halfLife: halfLife)) < 1e-9, "\(key)")
            }
            // 4 at 0 s + 1 at 1,800 s + 2 at 7,200 s, seen at 7,200 s: 4/4 + 1/2^1.5 + 2.
            #expect(
                abs(try #require(stored[.tag(TagID(10))]).value(at: start + 7_200, halfLife: halfLife) - 3.3536) < 1e-3)

            // Three half-lives later only the strong tag is worth 0.3 or more (0.42; the rest 0.28 and less).
            #expect(
                try await stores.discovery.pruneInterests(
                    below: 0.3, now: start.addingTimeInterval(7_200 + 3 * 3_600), halfLife: halfLife) == 3)
            #expect(Set(try await stores.discovery.interests(of: user).map(\.key)) == [.tag(TagID(10))])

            try await stores.discovery.replaceInterests(
                [(UserID(3), InterestWeight(key: .tag(TagID(1)), weight: DecayedWeight(value: 1, at: start)))],
                clear: true)
            #expect(try await stores.discovery.interests(of: user).isEmpty)
            #expect(try await stores.discovery.interests(of: UserID(3)).map(\.weight.value) == [1])
        }
    }

    /// Facts carry counters and authors' records; deleted notes and notes outside the window never come back;
    /// tags find notes of their descendants; trending counts engagement events in the window.
    @Test(arguments: Backend.available)
    func candidatesComeFromLiveNotesInTheirWindow(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let (leaf, parent) = try await Self.leafAndParent(stores)
            for user in [User.ada, .bo, .cy] { try await stores.users.insert(user, passwordHash: "x") }
            var notes: [Note] = []
            for id in 1...6 {
                let author = id % 2 == 0 ? User.bo.id : User.ada.id
                notes.append(Note.fixture(Int64(id), by: author, tags: [leaf], at: Double(id) * 60))
            }
            notes[5].place = Place(name: "外滩", city: "Shanghai", latitude: 31.24, longitude: 121.49)
            notes[4].place = Place(name: "西湖", city: "杭州", latitude: 30.25, longitude: 120.15)
            notes[3].topics = ["周末", "OOTD"]
            try await stores.notes.insert(contentsOf: notes)
            _ = try await stores.notes.markDeleted(NoteID(1), at: TestClock.start + 1_000)
            _ = try await stores.likes.insert(contentsOf: [Like(note: NoteID(2), user: User.cy.id, at: TestClock.start)]
            )
            let start = TestClock.start
            let window = start...start.addingTimeInterval(300)
            #expect(try await stores.discovery.latest(tagged: leaf, in: window, limit: 10) == Self.ids(5, 4, 3, 2))
            #expect(try await stores.discovery.latest(tagged: parent, in: window, limit: 2) == Self.ids(5, 4))
            #expect(
                try await stores.discovery.latest(by: [User.bo.id], in: window, limit: 10) == Self.ids(4, 2))
            #expect(try await stores.discovery.latest(in: start...start + 200, limit: 10) == Self.ids(3, 2))
            let facts = try await stores.discovery.noteFacts(Self.ids(1, 2, 4, 99)).sorted { $0.id < $1.id }
            #expect(facts.map(\.id) == Self.ids(2, 4))
            #expect(facts[0].likes == 1 && facts[0].tags == [leaf] && facts[0].author == User.bo.id)
            #expect(facts[0].authorRecord.likes == 1 && facts[0].authorRecord.notes == 3)
            #expect(facts[1].topics == ["周末", "OOTD"])
            let scanned = try await stores.discovery.noteFacts(after: NoteID(2), limit: 2)
            #expect(scanned.map(\.id) == Self.ids(3, 4))
            #expect(try await stores.discovery.platformRecord().likes == 1)

            let at = start.addingTimeInterval(3_600)
            var events: [Event] = []
            for (index, (note, kind)) in [(2, Event.Kind.like), (2, .collect), (3, .comment), (3, .read), (4, .like)]
                .enumerated()
            {
                events.append(
                    Event(
                        id: Snowflake.firstID(at: at) + Int64(index), at: at, user: User.cy.id, kind: kind,
                        subject: .note(NoteID(Int64(note)))))
            }
            events.append(
                Event(
                    id: Snowflake.firstID(at: start), at: start, user: User.cy.id, kind: .like,
                    subject: .note(NoteID(4))))
            try await stores.events.append(events)
            let trending = try await stores.discovery.trending(since: at.addingTimeInterval(-60), limit: 10)
            #expect(trending.map(\.note) == Self.ids(2, 4, 3))
            #expect(trending.map(\.engagements) == [2, 1, 1])
            // The log scans in order, in batches.
            let first = try await stores.events.events(after: nil, limit: 4)
            let rest = try await stores.events.events(after: (first.last!.at, first.last!.id), limit: 10)
            #expect(Set((first + rest).map(\.id)) == Set(events.map(\.id)) && first.count == 4 && rest.count == 2)
            #expect(first.first?.id == Snowflake.firstID(at: start))

            // Nearby: a city by name (any case), a box of coordinates.
            #expect(try await stores.discovery.notes(inCity: "shanghai", page: .first(5)).items == [NoteID(6)])
            #expect(try await stores.discovery.notes(inCity: "杭州", page: .first(5)).items == [NoteID(5)])
            let box = GeoBox(latitudes: 31...32, longitudes: 121...122)
            #expect(try await stores.discovery.notes(within: box, limit: 10).map(\.note) == [NoteID(6)])
        }
    }

    /// The follow feed is newest first across pages; followees and blocks are read both ways; what a feed showed
    /// and kept feeds are remembered per person, then forgotten.
    @Test(arguments: Backend.available)
    func followingSeenAndKeptFeeds(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            for user in [User.ada, .bo, .cy] { try await stores.users.insert(user, passwordHash: "x") }
            try await stores.notes.insert(
                contentsOf: (1...5).map {
                    Note.fixture(Int64($0), by: $0 == 5 ? User.cy.id : User.ada.id, at: Double($0))
                })
            _ = try await stores.follows.insert(
                Follow(follower: User.bo.id, followee: User.ada.id, since: TestClock.start))
            let first = try await stores.discovery.following(of: User.bo.id, page: .first(3))
            let second = try await stores.discovery.following(
                of: User.bo.id, page: PageRequest(limit: 3, after: first.next))
            #expect(first.items == Self.ids(4, 3, 2) && second.items == [NoteID(1)] && second.next == nil)
            #expect(try await stores.discovery.followees(of: User.bo.id, limit: 10) == [User.ada.id])
            _ = try await stores.blocks.block(User.bo.id, by: User.cy.id, at: TestClock.start)
            #expect(try await stores.discovery.blocked(around: User.bo.id) == Set([User.cy.id]))
            #expect(try await stores.discovery.blocked(around: User.cy.id) == Set([User.bo.id]))

            let start = TestClock.start
            try await stores.discovery.markSeen([NoteID(1), NoteID(2)], by: User.bo.id, at: start)
            try await stores.discovery.markSeen([NoteID(2), NoteID(3)], by: User.bo.id, at: start + 100)
            #expect(try await stores.discovery.seen(by: User.bo.id, since: start + 50) == Set([NoteID(2), NoteID(3)]))
            #expect(try await stores.discovery.seen(by: User.ada.id, since: start).isEmpty)
            let feed = RankedFeed(id: 77, user: User.bo.id, createdAt: start, notes: Self.ids(3, 1, 2))
            let open = RankedFeed(id: 78, user: nil, createdAt: start + 100, notes: [NoteID(4)])
            try await stores.discovery.saveFeed(feed)
            try await stores.discovery.saveFeed(open)
            #expect(try await stores.discovery.feed(77, of: User.bo.id) == feed)
            #expect(try await stores.discovery.feed(77, of: User.ada.id) == nil)
            #expect(try await stores.discovery.feed(77, of: nil) == nil)
            #expect(try await stores.discovery.feed(78, of: nil) == open)
            #expect(try await stores.discovery.pruneFeeds(madeBefore: start + 50, shownBefore: start + 50) == 2)
            #expect(try await stores.discovery.feed(77, of: User.bo.id) == nil)
            #expect(try await stores.discovery.seen(by: User.bo.id, since: start) == Set([NoteID(2), NoteID(3)]))
        }
    }

    static func ids(_ ids: Int64...) -> [NoteID] { ids.map(NoteID.init(rawValue:)) }

    /// A leaf tag of the taxonomy and its parent.
    static func leafAndParent(_ stores: Stores) async throws -> (TagID, TagID) {
        let tags = try await stores.tags.all()
        let leaf = try #require(tags.first { tag in tag.parent != nil && !tags.contains { $0.parent == tag.id } })
        return (leaf.id, try #require(leaf.parent))
    }
}
