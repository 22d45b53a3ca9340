import Community
import Foundation
import HTTPTypes
import HongshuCore
import HongshuServer
import Hummingbird
import HummingbirdTesting
import NIOCore
import TestSupport
import Testing

@Suite struct NoticesTests {
    /// Likes of one note gather into one notice; comments, replies, mentions and follows each
    /// notify the right person; marking read clears the count and a new like brings it back.
    @Test(arguments: Backend.available)
    func notificationsReachTheRightPeopleAndGatherLikes(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.notices(TestApp.make(stores: stores)) }
    }

    static func notices(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada", name: "阿达")
        let bob = try await app.signUp("bob", name: "小波")
        let cyd = try await app.signUp("cyd", name: "阿紫")
        let f = app.features
        let note = try await f.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        try await f.likes.like(note.id, by: bob.user.id)
        app.clock.advance(by: 1)
        try await f.likes.like(note.id, by: cyd.user.id)
        try await f.likes.like(note.id, by: ada.user.id)  // one's own like notifies nobody
        let comment = try await f.comments.comment(on: note.id, body: "好看", by: bob.user.id)
        _ = try await f.comments.comment(on: note.id, body: "同意", replyingTo: comment.id, by: cyd.user.id)
        _ = try await f.notes.publish(NoteDraft(title: "hi", body: "@ada 快看"), by: bob.user.id)
        try await f.follows.follow(ada.user.id, by: bob.user.id)
        try await f.boards.collect(note.id, by: cyd.user.id)

        // Likes ×2 gathered, bob's comment, cyd's reply (on ada's note), the mention, the follow, the collect.
        #expect(try await f.notices.unreadCount(for: ada.user.id) == 6)
        #expect(try await f.notices.unreadCount(for: bob.user.id) == 1)  // cyd's reply
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/notifications", method: .get, headers: ada.headers) { response in
                let items = try response.json(JSONValue.self)["items"]?.array ?? []
                let kinds = items.compactMap { $0["kind"]?.string }
                #expect(Set(kinds) == ["like", "comment", "mention", "follow", "collect"])
                let like = items.first { $0["kind"]?.string == "like" }
                #expect(like?["actorCount"] == .number(2) && like?["actor"]?["handle"]?.string == "cyd")
            }
            try await client.execute(uri: "/api/v1/notifications/read", method: .post, headers: ada.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json["unread"] == .number(0))
            }
            try await client.execute(uri: "/api/v1/notifications/unread", method: .get, headers: bob.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json["unread"] == .number(1))
            }
            try await client.execute(uri: "/api/v1/notifications", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
        }
        let dee = try await app.signUp("dee")
        app.clock.advance(by: 60)
        try await f.likes.like(note.id, by: dee.user.id)
        #expect(try await f.notices.unreadCount(for: ada.user.id) == 1)
        let first = try await f.notices.notices(for: ada.user.id, page: .first(1)).items.first
        #expect(first?.kind == .like && first?.actorCount == 3 && first?.actor == dee.user.id)
    }

    @Test func theNotificationsPageSaysWhatHappened() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada", name: "阿达")
        let bob = try await app.signUp("bob", name: "小波")
        let cyd = try await app.signUp("cyd", name: "阿紫")
        let note = try await app.features.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        try await app.features.likes.like(note.id, by: bob.user.id)
        try await app.features.likes.like(note.id, by: cyd.user.id)
        let session = try await app.features.accounts.openSession(for: ada.user, kind: .web)
        try await app.application.test(.router) { client in
            let jar = CookieJar(cookies: ["hs_session": session.token, "hs_csrf": "t0k"])
            try await client.execute(uri: "/notifications", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("<strong>阿紫</strong></a> 等 2 人 赞了你的笔记"))
                #expect(response.text.contains("1 未读 unread"))
            }
            let (headers, body) = jar.form([])
            try await client.execute(uri: "/notifications/read", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/notifications", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("0 未读 unread"))
            }
        }
    }
}
