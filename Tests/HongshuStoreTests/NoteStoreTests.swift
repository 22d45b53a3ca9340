import Community
import Foundation
import HongshuCore
import HongshuStore
import TestSupport
import Testing

@Suite struct NoteStoreTests {
    @Test(arguments: Backend.available)
    func aNoteRoundTripsWithEveryField(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            try await stores.users.insert(.bo, passwordHash: "x")
            let note = Note(
                id: NoteID(10), author: User.ada.id, title: "上海咖啡地图", body: "和 @bo 一起 ☕️ <b>",
                tags: [TagID(4), TagID(14)], topics: ["咖啡", "Citywalk"],
                media: [Media(kind: .image, url: "https://img.example/1.jpg", width: 1080, height: 1440)],
                place: Place(name: "Manner", city: "上海", latitude: 31.23, longitude: 121.47),
                mentions: [User.bo.id], publishedAt: TestClock.start.addingTimeInterval(0.123).truncatedToMilliseconds)
            try await stores.notes.insert(note)
            let stored = try #require(try await stores.notes.note(NoteID(10)))
            #expect(stored.publishedAt == note.publishedAt)
            #expect(stored.media == note.media)
            #expect(stored.place == note.place)
            #expect(stored.tags == note.tags && stored.topics == note.topics && stored.mentions == note.mentions)
            #expect(stored == note)
            #expect(try await stores.users.stats(User.ada.id).notes == 1)
        }
    }

    @Test(arguments: Backend.available)
    func deletedNotesVanishFromEveryReadAndTheCount(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            try await stores.notes.insert(.fixture(1, at: 0))
            try await stores.notes.insert(.fixture(2, at: 10))
            #expect(try await stores.notes.markDeleted(NoteID(2), at: TestClock.start))
            #expect(try await !stores.notes.markDeleted(NoteID(2), at: TestClock.start))  // only once
            #expect(try await stores.notes.note(NoteID(2)) == nil)
            #expect(try await stores.notes.latest(page: .first(10)).items.map(\.id) == [NoteID(1)])
            #expect(try await stores.notes.notes(by: User.ada.id, page: .first(10)).items.map(\.id) == [NoteID(1)])
            #expect(try await stores.users.stats(User.ada.id).notes == 1)
        }
    }

    @Test(arguments: Backend.available)
    func listsAreNewestFirstAndCursorsWalkEveryNoteOnce(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            try await stores.users.insert(.bo, passwordHash: "x")
            // Seven notes, several sharing a publish time (ties break by id), with milliseconds.
            let times: [TimeInterval] = [0, 1.001, 1.001, 1.001, 2.5, 2.5, 3]
            for (index, time) in times.enumerated() {
                try await stores.notes.insert(
                    .fixture(Int64(index + 1), by: index == 3 ? User.bo.id : User.ada.id, at: time))
            }
            var seen: [NoteID] = []
            var page = PageRequest.first(2)
            while true {
                let result = try await stores.notes.latest(page: page)
                seen += result.items.map(\.id)
                guard let next = result.next else { break }
                page = PageRequest(limit: 2, after: next)
            }
            #expect(seen == [7, 6, 5, 4, 3, 2, 1].map { NoteID($0) })
            let ada = try await stores.notes.notes(by: User.ada.id, page: .first(3))
            #expect(ada.items.map(\.id) == [7, 6, 5].map { NoteID($0) })
            let rest = try await stores.notes.notes(by: User.ada.id, page: PageRequest(limit: 3, after: ada.next))
            #expect(rest.items.map(\.id) == [3, 2, 1].map { NoteID($0) })
            #expect(rest.next == nil)
        }
    }

    @Test(arguments: Backend.available)
    func aForeignCursorIsRefused(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            await #expect(throws: CursorError.self) {
                try await stores.notes.latest(page: PageRequest(limit: 5, after: Cursor(rawValue: "nonsense")))
            }
        }
    }
}

@Suite struct TaggedNotesTests {
    /// A note tagged 螺蛳粉 (1033) is listed under it, under its parent (1032) and under 美食 (1):
    /// category pages show their sub-tags' notes. Deleting it takes it off every list.
    @Test(arguments: Backend.available)
    func notesAreListedUnderTheirTagsAndAncestors(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            try await stores.notes.insert(contentsOf: [
                .fixture(1, tags: [TagID(1033)], at: 0),
                .fixture(2, tags: [TagID(4)], at: 1),
                .fixture(3, tags: [TagID(1033), TagID(1032)], at: 2),
            ])
            #expect(try await stores.users.stats(User.ada.id).notes == 3)
            for tag in [1033, 1032, 1] {
                let listed = try await stores.notes.notes(tagged: TagID(Int64(tag)), page: .first(10)).items.map(\.id)
                #expect(listed == [NoteID(3), NoteID(1)], "tag \(tag)")
            }
            #expect(try await stores.notes.notes(tagged: TagID(4), page: .first(10)).items.map(\.id) == [NoteID(2)])
            let first = try await stores.notes.notes(tagged: TagID(1), page: .first(1))
            let rest = try await stores.notes.notes(tagged: TagID(1), page: PageRequest(limit: 1, after: first.next))
            #expect(rest.items.map(\.id) == [NoteID(1)] && rest.next == nil)
            #expect(try await stores.notes.markDeleted(NoteID(3), at: TestClock.start))
            #expect(try await stores.notes.notes(tagged: TagID(1), page: .first(10)).items.map(\.id) == [NoteID(1)])
        }
    }
}
