import Community
import Foundation
import HongshuCore
import HongshuStore
import TestSupport
import Testing

@Suite struct CommentStoreTests {
    static func comment(_ id: Int64, by author: User, thread: Int64? = nil, at offset: TimeInterval)
        -> Community.Comment
    {
        Community.Comment(
            id: CommentID(id), note: NoteID(1), author: author.id, thread: thread.map(CommentID.init(rawValue:)),
            replyingTo: nil, body: "评论 \(id)", createdAt: TestClock.start.addingTimeInterval(offset))
    }

    /// Threads keep exact counts; likes lift a top comment; replies read oldest first; a deleted
    /// comment with replies stays as a placeholder, one without disappears.
    @Test(arguments: Backend.available)
    func threadsCountsOrderAndPlaceholders(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            for user in [User.ada, .bo, .cy] { try await stores.users.insert(user, passwordHash: "x") }
            try await stores.notes.insert(.fixture(1))
            let store = stores.comments
            try await store.insert(Self.comment(10, by: .bo, at: 0))
            try await store.insert(Self.comment(11, by: .cy, at: 60))
            try await store.insert(Self.comment(12, by: .ada, thread: 10, at: 120))
            try await store.insert(Self.comment(13, by: .cy, thread: 10, at: 180))
            #expect(try await store.counts([NoteID(1)]) == [NoteID(1): 4])
            #expect(try await store.comment(CommentID(10))?.replies == 2)
            // Newest first until a like lifts the older one six hours.
            #expect(try await store.topComments(of: NoteID(1), page: .first(5)).items.map(\.id.rawValue) == [11, 10])
            #expect(try await store.like(CommentID(10), by: User.cy.id, at: TestClock.start))
            #expect(try await !store.like(CommentID(10), by: User.cy.id, at: TestClock.start))
            let top = try await store.topComments(of: NoteID(1), page: .first(1))
            #expect(top.items.map(\.id.rawValue) == [10] && top.items.first?.likes == 1)
            let rest = try await store.topComments(of: NoteID(1), page: PageRequest(limit: 1, after: top.next))
            #expect(rest.items.map(\.id.rawValue) == [11] && rest.next == nil)
            let first = try await store.replies(in: CommentID(10), page: .first(1))
            let second = try await store.replies(in: CommentID(10), page: PageRequest(limit: 1, after: first.next))
            #expect((first.items + second.items).map(\.id.rawValue) == [12, 13])

            #expect(try await store.markDeleted(CommentID(10), at: TestClock.start))
            #expect(try await !store.markDeleted(CommentID(10), at: TestClock.start))
            let placeholder = try #require(try await store.topComments(of: NoteID(1), page: .first(5)).items.first)
            #expect(placeholder.id == CommentID(10) && placeholder.isDeleted && placeholder.body.isEmpty)
            #expect(try await store.markDeleted(CommentID(11), at: TestClock.start))
            #expect(try await store.topComments(of: NoteID(1), page: .first(5)).items.map(\.id.rawValue) == [10])
            #expect(try await store.counts([NoteID(1)]) == [NoteID(1): 2])

            try await store.pin(CommentID(10), on: NoteID(1))
            #expect(try await store.pinned(on: NoteID(1)) == CommentID(10))
            try await store.pin(nil, on: NoteID(1))
            #expect(try await store.pinned(on: NoteID(1)) == nil)
        }
    }
}
