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

@Suite struct EngagementAPITests {
    @Test func likeCollectAndBoardsOverTheAPI() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        try await app.application.test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/api/v1/notes/\(note.id)/like", method: .post, headers: bob.headers) {
                    response in
                    #expect(response.status == .ok)
                    let json = try response.json(JSONValue.self)
                    #expect(json == .object(["liked": .bool(true), "likes": .number(1)]))
                }
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)", method: .get, headers: bob.headers) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["stats"]?["likes"] == .number(1))
                #expect(json["likedByMe"] == .bool(true) && json["collectedByMe"] == .bool(false))
            }
            let board = try await client.execute(
                uri: "/api/v1/boards", method: .post, headers: bob.headers,
                body: ByteBuffer(string: #"{"name":"咖啡地图","isPrivate":true}"#)
            ) { response in
                #expect(response.status == .created)
                return try #require(try response.json(JSONValue.self)["id"]?.string)
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)/collect", method: .post, headers: bob.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json["collected"] == .bool(true) && json["collects"] == .number(1))
            }
            try await client.execute(
                uri: "/api/v1/notes/\(note.id)/collect", method: .post, headers: bob.headers,
                body: ByteBuffer(string: #"{"boardId":"\#(board)"}"#)
            ) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["collects"] == .number(1))  // one person, two boards
                #expect(json["boardIds"]?.array?.count == 2)
            }
            try await client.execute(uri: "/api/v1/me/boards", method: .get, headers: bob.headers) { response in
                let names = try response.json(JSONValue.self)["items"]?.array?.compactMap { $0["name"]?.string }
                #expect(names == [Board.defaultName, "咖啡地图"])
            }
            try await client.execute(uri: "/api/v1/users/\(bob.user.id)/boards", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.count == 1)  // the private one is hidden
            }
            try await client.execute(uri: "/api/v1/boards/\(board)", method: .get) { response in
                #expect(response.status == .notFound)  // private: not even its existence shows
            }
            try await client.execute(uri: "/api/v1/boards/\(board)", method: .get, headers: bob.headers) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["notes"]?["items"]?.array?.count == 1)
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)/collect", method: .delete, headers: bob.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json["collects"] == .number(0))
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)/like", method: .delete, headers: bob.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json == .object(["liked": .bool(false), "likes": .number(0)]))
            }
        }
    }

    @Test(arguments: Backend.available)
    func badEngagementIsRefusedAndNothingIsWritten(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.refuses(TestApp.make(stores: stores)) }
    }

    static func refuses(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "hi", body: ""), by: ada.user.id)
        let gone = try await app.features.notes.publish(NoteDraft(title: "bye", body: ""), by: ada.user.id)
        try await app.features.notes.delete(gone.id, by: ada.user.id)
        let adas = try await app.features.boards.create(named: "Ada's", isPrivate: false, by: ada.user.id)
        let likes = app.features.likes
        try await app.application.test(.router) { client in
            let cases: [(String, HTTPRequest.Method, HTTPFields, String, HTTPResponse.Status, String)] = [
                ("/api/v1/notes/\(gone.id)/like", .post, bob.headers, "", .notFound, "note.not_found"),
                ("/api/v1/notes/\(gone.id)/collect", .post, bob.headers, "", .notFound, "note.not_found"),
                (
                    "/api/v1/notes/\(note.id)/collect", .post, bob.headers, #"{"boardId":"\#(adas.id)"}"#, .forbidden,
                    "board.not_owner"
                ),
                (
                    "/api/v1/notes/\(note.id)/collect", .post, bob.headers, #"{"boardId":"x"}"#, .badRequest,
                    "request.bad_id"
                ),
                (
                    "/api/v1/notes/\(note.id)/collect", .post, bob.headers, #"{"boardId":"424242"}"#, .notFound,
                    "board.not_found"
                ),
                ("/api/v1/notes/\(note.id)/collect", .post, bob.headers, "[", .badRequest, "request.malformed"),
                ("/api/v1/notes/\(note.id)/like", .post, [:], "", .unauthorized, "session.required"),
                ("/api/v1/boards", .post, bob.headers, #"{"name":"  "}"#, .unprocessableContent, "board.name_length"),
                ("/api/v1/boards", .post, ada.headers, #"{"name":"Ada's"}"#, .conflict, "board.name_taken"),
            ]
            for (uri, method, headers, body, status, code) in cases {
                try await client.execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: body)) {
                    response in
                    #expect(response.status == status, "\(method) \(uri) \(body)")
                    #expect(response.errorCode == code, "\(method) \(uri) \(body)")
                }
            }
        }
        #expect(try await likes.stats(note.id) == NoteStats())
    }
}

@Suite struct EngagementPagesTests {
    @Test func likeAndCollectFromTheNotePage() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        let session = try await app.features.accounts.openSession(for: bob.user, kind: .web)
        let likes = app.features.likes
        try await app.application.test(.router) { client in
            let jar = CookieJar(cookies: ["hs_session": session.token, "hs_csrf": "t0k"])
            var (headers, body) = jar.form([])
            try await client.execute(uri: "/notes/\(note.id)/like", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/notes/\(note.id)", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("aria-pressed=\"true\""))
                #expect(response.text.contains("赞 1"))
                #expect(response.text.contains(">默认收藏</option>"))
            }
            (headers, body) = jar.form([("boardId", "")])
            try await client.execute(uri: "/notes/\(note.id)/collect", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/notes/\(note.id)", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("收藏 1"))
                #expect(response.text.contains("默认收藏 ✓"))
            }
            (headers, body) = jar.form([("name", "咖啡地图"), ("private", "1")])
            try await client.execute(uri: "/boards", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/boards", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("咖啡地图"))
                #expect(response.text.contains("仅自己可见 Private"))
            }
            (headers, body) = jar.form([("name", "")])
            try await client.execute(uri: "/boards", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("A board&#39;s name is 1 to 20 characters."))
            }
        }
        #expect(try await likes.stats(note.id) == NoteStats(likes: 1, collects: 1))
    }
}

@Suite struct SharesTests {
    @Test(arguments: Backend.available)
    func sharesMakeLinksCountAndRefuseBadInput(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.shares(TestApp.make(stores: stores)) }
    }

    static func shares(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        let gone = try await app.features.notes.publish(NoteDraft(title: "gone", body: ""), by: ada.user.id)
        try await app.features.notes.delete(gone.id, by: ada.user.id)
        try await app.application.test(.router) { client in
            let url = try await client.execute(
                uri: "/api/v1/notes/\(note.id)/shares", method: .post, headers: bob.headers,
                body: ByteBuffer(string: #"{"channel":"link"}"#)
            ) { response in
                #expect(response.status == .created)
                let json = try response.json(JSONValue.self)
                #expect(json["shares"] == .number(1))
                return try #require(json["url"]?.string)
            }
            try await client.execute(uri: url, method: .get) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/notes/\(note.id)")
            }
            try await client.execute(
                uri: "/api/v1/notes/\(note.id)/shares", method: .post, headers: bob.headers,
                body: ByteBuffer(string: #"{"channel":"user","toUserId":"\#(ada.user.id)"}"#)
            ) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["shares"] == .number(2) && json["recipientId"]?.string == ada.user.id.description)
            }
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                ("\(note.id)", #"{"channel":"user"}"#, .unprocessableContent, "share.recipient_required"),
                (
                    "\(note.id)", #"{"channel":"user","toUserId":"\#(bob.user.id)"}"#, .unprocessableContent,
                    "share.recipient_required"
                ),
                ("\(note.id)", #"{"channel":"user","toUserId":"424242"}"#, .notFound, "user.not_found"),
                (
                    "\(note.id)", #"{"channel":"link","toUserId":"\#(ada.user.id)"}"#, .unprocessableContent,
                    "share.recipient_not_allowed"
                ),
                ("\(note.id)", #"{"channel":"fax"}"#, .badRequest, "request.malformed"),
                ("\(gone.id)", #"{"channel":"link"}"#, .notFound, "note.not_found"),
            ]
            for (id, body, status, code) in cases {
                try await client.execute(
                    uri: "/api/v1/notes/\(id)/shares", method: .post, headers: bob.headers,
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == status, "\(body)")
                    #expect(response.errorCode == code, "\(body)")
                }
            }
            try await client.execute(uri: "/s/nosuchcode", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["stats"]?["shares"] == .number(2))
            }
        }
    }
}

@Suite struct BlockTests {
    /// Blocking ends follows both ways (counts exact) and keeps the blocked person from following,
    /// commenting on the blocker's notes and comments, and mentioning them — on each backend.
    @Test(arguments: Backend.available)
    func blockedPeopleCannotFollowCommentOrMention(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.blocks(TestApp.make(stores: stores)) }
    }

    static func blocks(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let cyd = try await app.signUp("cyd")
        try await app.features.follows.follow(ada.user.id, by: bob.user.id)
        try await app.features.follows.follow(bob.user.id, by: ada.user.id)
        let note = try await app.features.notes.publish(NoteDraft(title: "ada's", body: ""), by: ada.user.id)
        let onCyds = try await app.features.notes.publish(NoteDraft(title: "cyd's", body: ""), by: cyd.user.id)
        let adasComment = try await app.features.comments.comment(on: onCyds.id, body: "hi", by: ada.user.id)
        let features = app.features
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/users/\(bob.user.id)/block", method: .post, headers: ada.headers) {
                response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/me/blocks", method: .get, headers: ada.headers) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.first?["handle"]?.string == "bob")
            }
            let refused: [(String, String, String)] = [
                ("/api/v1/users/\(ada.user.id)/follow", "", "block.blocked"),
                ("/api/v1/notes/\(note.id)/comments", #"{"body":"hi"}"#, "block.blocked"),
                (
                    "/api/v1/notes/\(onCyds.id)/comments", #"{"body":"hi","parentId":"\#(adasComment.id)"}"#,
                    "block.blocked"
                ),
            ]
            for (uri, body, code) in refused {
                try await client.execute(uri: uri, method: .post, headers: bob.headers, body: ByteBuffer(string: body))
                { response in
                    #expect(response.status == .forbidden, "\(uri)")
                    #expect(response.errorCode == code, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/users/\(ada.user.id)/block", method: .post, headers: ada.headers) {
                response in
                #expect(response.errorCode == "block.self")
            }
        }
        #expect(try await features.accounts.profile(ada.user.id).stats == UserStats(notes: 1))
        #expect(try await features.accounts.profile(bob.user.id).stats == UserStats())
        let mention = try await features.notes.publish(NoteDraft(title: "hey", body: "@ada @cyd"), by: bob.user.id)
        #expect(mention.mentions == [cyd.user.id])  // ada blocked bob: her handle stays plain text
        try await features.blocks.unblock(bob.user.id, by: ada.user.id)
        try await features.follows.follow(ada.user.id, by: bob.user.id)
        #expect(try await features.accounts.profile(ada.user.id).stats.followers == 1)
    }
}
