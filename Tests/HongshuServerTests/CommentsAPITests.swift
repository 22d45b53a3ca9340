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

@Suite struct CommentsAPITests {
    @Test func commentsRepliesAndFlattenedThreads() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let cyd = try await app.signUp("cyd")
        let note = try await app.features.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        try await app.application.test(.router) { client in
            func post(_ body: String, as headers: HTTPFields) async throws -> JSONValue {
                try await client.execute(
                    uri: "/api/v1/notes/\(note.id)/comments", method: .post, headers: headers,
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .created)
                    return try response.json(JSONValue.self)
                }
            }
            let top = try await post(#"{"body":"好喜欢这家 @cyd"}"#, as: bob.headers)
            let topID = try #require(top["id"]?.string)
            #expect(top["mentions"]?.array?.first?["handle"]?.string == "cyd")
            let reply = try await post(#"{"body":"同意！","parentId":"\#(topID)"}"#, as: cyd.headers)
            let replyID = try #require(reply["id"]?.string)
            #expect(reply["threadId"]?.string == topID && reply["replyingTo"] == nil)
            let deeper = try await post(#"{"body":"+1","parentId":"\#(replyID)"}"#, as: ada.headers)
            #expect(deeper["threadId"]?.string == topID)  // flattened under the top comment
            #expect(deeper["replyingTo"]?["handle"]?.string == "cyd")
            try await client.execute(uri: "/api/v1/comments/\(topID)/pin", method: .post, headers: ada.headers) {
                response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)/comments", method: .get) { response in
                let list = try response.json(JSONValue.self)
                #expect(list["pinned"]?["id"]?.string == topID)
                #expect(list["pinned"]?["replies"]?.array?.count == 2)
                #expect(list["items"] == .array([]))
            }
            try await client.execute(uri: "/api/v1/comments/\(topID)/like", method: .post, headers: cyd.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json["likes"] == .number(1))
            }
            try await client.execute(uri: "/api/v1/comments/\(topID)", method: .delete, headers: cyd.headers) {
                response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/comments/\(replyID)", method: .delete, headers: ada.headers) {
                response in
                #expect(response.status == .noContent)  // the note's author may delete any comment on it
            }
            try await client.execute(uri: "/api/v1/comments/\(topID)/replies", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.count == 1)
            }
            try await client.execute(uri: "/api/v1/notes/\(note.id)", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(try await app.features.comments.counts([note.id])[note.id] == 2)
    }

    @Test(arguments: Backend.available)
    func badCommentsAreRefusedAndNothingIsWritten(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.refuses(TestApp.make(stores: stores)) }
    }

    static func refuses(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "one", body: ""), by: ada.user.id)
        let other = try await app.features.notes.publish(NoteDraft(title: "two", body: ""), by: ada.user.id)
        let gone = try await app.features.notes.publish(NoteDraft(title: "gone", body: ""), by: ada.user.id)
        let elsewhere = try await app.features.comments.comment(on: other.id, body: "there", by: bob.user.id)
        let onGone = try await app.features.comments.comment(on: gone.id, body: "before", by: bob.user.id)
        try await app.features.notes.delete(gone.id, by: ada.user.id)
        let comments = app.features.comments
        try await app.application.test(.router) { client in
            let long = String(repeating: "字", count: 501)
            let cases: [(String, HTTPFields, String, HTTPResponse.Status, String)] = [
                (
                    "/api/v1/notes/\(note.id)/comments", bob.headers, #"{"body":"   "}"#, .unprocessableContent,
                    "comment.body_length"
                ),
                (
                    "/api/v1/notes/\(note.id)/comments", bob.headers, #"{"body":"\#(long)"}"#, .unprocessableContent,
                    "comment.body_length"
                ),
                (
                    "/api/v1/notes/\(note.id)/comments", bob.headers, #"{"body":"hi","parentId":"\#(elsewhere.id)"}"#,
                    .unprocessableContent, "comment.parent_mismatch"
                ),
                (
                    "/api/v1/notes/\(note.id)/comments", bob.headers, #"{"body":"hi","parentId":"77777"}"#, .notFound,
                    "comment.not_found"
                ),
                (
                    "/api/v1/notes/\(note.id)/comments", bob.headers, #"{"body":"hi","parentId":"x"}"#, .badRequest,
                    "request.bad_id"
                ),
                ("/api/v1/notes/\(gone.id)/comments", bob.headers, #"{"body":"hi"}"#, .notFound, "note.not_found"),
                (
                    "/api/v1/notes/\(gone.id)/comments", bob.headers, #"{"body":"hi","parentId":"\#(onGone.id)"}"#,
                    .notFound, "note.not_found"
                ),
                ("/api/v1/notes/\(note.id)/comments", [:], #"{"body":"hi"}"#, .unauthorized, "session.required"),
                ("/api/v1/notes/\(note.id)/comments", bob.headers, #"{"text":"hi"}"#, .badRequest, "request.malformed"),
            ]
            for (uri, headers, body, status, code) in cases {
                try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) {
                    response in
                    #expect(response.status == status, "\(body.prefix(60))")
                    #expect(response.errorCode == code, "\(body.prefix(60))")
                }
            }
            try await client.execute(uri: "/api/v1/comments/\(elsewhere.id)/pin", method: .post, headers: bob.headers) {
                response in
                #expect(response.status == .forbidden)  // only the note's author pins
            }
        }
        #expect(try await comments.counts([note.id])[note.id] == 0)
    }
}

@Suite struct CommentPagesTests {
    @Test func commentAndReplyFromTheNotePage() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "周末咖啡", body: ""), by: ada.user.id)
        let session = try await app.features.accounts.openSession(for: bob.user, kind: .web)
        try await app.application.test(.router) { client in
            let jar = CookieJar(cookies: ["hs_session": session.token, "hs_csrf": "t0k"])
            var (headers, body) = jar.form([("body", "看起来好好喝 <3 @ada")])
            let location = try await client.execute(
                uri: "/notes/\(note.id)/comments", method: .post, headers: headers, body: body
            ) { response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            let commentID = try #require(location.split(separator: "#c").last.map(String.init))
            (headers, body) = jar.form([("body", "是的！"), ("parentId", commentID)])
            try await client.execute(uri: "/notes/\(note.id)/comments", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/notes/\(note.id)", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("评论 Comments · 2"))
                #expect(
                    response.text.contains("看起来好好喝 &lt;3 <a class=\"mention\" href=\"/users/\(ada.user.id)\">@ada</a>"))
                #expect(response.text.contains("是的！"))
                #expect(response.text.contains("name=\"parentId\" value=\"\(commentID)\""))
            }
        }
    }
}

@Suite struct RateLimitTests {
    @Test func commentsAndLikesAreLimitedPerPersonWithRetryAfter() async throws {
        let app = try await TestApp.make(limits: .init(commentsPerMinute: 3, likesPerMinute: 2))
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let note = try await app.features.notes.publish(NoteDraft(title: "hi", body: ""), by: ada.user.id)
        try await app.application.test(.router) { client in
            for attempt in 1...4 {
                try await client.execute(
                    uri: "/api/v1/notes/\(note.id)/comments", method: .post, headers: bob.headers,
                    body: ByteBuffer(string: #"{"body":"第\#(attempt)条"}"#)
                ) { response in
                    if attempt <= 3 {
                        #expect(response.status == .created)
                    } else {
                        #expect(response.status == .tooManyRequests)
                        #expect(response.errorCode == "rate_limited.comment")
                        #expect(response.headers[.retryAfter] == "60")
                    }
                }
            }
            for (attempt, method) in [HTTPRequest.Method.post, .delete, .post].enumerated() {
                try await client.execute(uri: "/api/v1/notes/\(note.id)/like", method: method, headers: bob.headers) {
                    response in
                    #expect(response.status == (attempt < 2 ? .ok : .tooManyRequests))
                }
            }
            // Someone else is not held back by bob's limit.
            try await client.execute(uri: "/api/v1/notes/\(note.id)/like", method: .post, headers: ada.headers) {
                response in
                #expect(response.status == .ok)
            }
        }
        app.clock.advance(by: 61)
        _ = try await app.features.comments.comment(on: note.id, body: "again", by: bob.user.id)
        #expect(try await app.features.comments.counts([note.id])[note.id] == 4)
    }
}
