import Community
import Foundation
import HTTPTypes
import HongshuCore
import HongshuServer
import Hummingbird
import HummingbirdTesting
import Insights
import NIOCore
import TestSupport
import Testing

@Suite struct EngagementEventsTests {
    /// Every engagement is also an event in the log, on each backend; a repeated like is not.
    @Test(arguments: Backend.available)
    func everyEngagementIsAnEvent(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.events(TestApp.make(stores: stores)) }
    }

    static func events(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let f = app.features
        let note = try await f.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/notes/\(note.id)", method: .get, headers: bob.headers) { _ in }
            try await client.execute(uri: "/notes/\(note.id)", method: .get) { _ in }  // anonymous reader
        }
        try await f.likes.like(note.id, by: bob.user.id)
        try await f.likes.like(note.id, by: bob.user.id)
        try await f.boards.collect(note.id, by: bob.user.id)
        _ = try await f.comments.comment(on: note.id, body: "好看", by: bob.user.id)
        _ = try await f.shares.share(note.id, by: bob.user.id, channel: .link)
        try await f.follows.follow(ada.user.id, by: bob.user.id)
        let mine = try await f.events.events(by: bob.user.id, page: .first(20)).items
        #expect(Set(mine.map(\.kind)) == [.read, .like, .collect, .comment, .share, .follow])
        #expect(mine.filter { $0.kind == .like }.count == 1)
        #expect(mine.first { $0.kind == .follow }?.subject == .user(ada.user.id))
        #expect(try await f.events.count(.read, subject: .note(note.id)) == 2)
        #expect(try await f.events.count(.like, subject: .note(note.id)) == 1)
    }
}
