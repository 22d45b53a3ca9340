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

@Suite struct NotesAPITests {
    @Test func publishReadListAndDelete() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        try await app.application.test(.router) { client in
            let body = #"""
                {"title":" 周末咖啡探店 ","body":"和 @bob 一起 #上海#","tagIds":["4"],"topics":["咖啡"],
                 "media":[{"kind":"image","url":"https://img.example/1.jpg","width":1080,"height":1440}],
                 "place":{"name":"Manner","city":"上海","lat":31.2,"lon":121.4}}
                """#
            let id = try await client.execute(
                uri: "/api/v1/notes", method: .post, headers: ada.headers,
                body: ByteBuffer(string: body)
            ) { response in
                #expect(response.status == .created)
                let note = try response.json(JSONValue.self)
                #expect(note["title"]?.string == "周末咖啡探店")
                #expect(note["author"]?["handle"]?.string == "ada")
                #expect(note["tags"]?.array?.first?["name"]?.string == "咖啡茶饮")
                #expect(note["topics"] == .array([.string("咖啡"), .string("上海")]))
                #expect(note["mentions"]?.array?.first?["handle"]?.string == "bob")
                #expect(note["place"]?["city"]?.string == "上海")
                return try #require(note["id"]?.string)
            }
            try await client.execute(uri: "/api/v1/notes/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("周末咖啡探店"))
            }
            try await client.execute(uri: "/api/v1/users/\(ada.user.id)/notes", method: .get) { response in
                let list = try response.json(JSONValue.self)
                #expect(list["items"]?.array?.count == 1)
                #expect(list["nextCursor"] == .null)
            }
            try await client.execute(uri: "/api/v1/notes/\(id)", method: .delete, headers: bob.headers) { response in
                #expect(response.status == .forbidden)
                #expect(response.errorCode == "note.not_author")
            }
            try await client.execute(uri: "/api/v1/notes/\(id)", method: .delete, headers: ada.headers) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/notes/\(id)", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.errorCode == "note.not_found")
            }
            try await client.execute(uri: "/api/v1/notes", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"] == .array([]))
            }
        }
    }

    @Test func listsPageWithCursors() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        for index in 1...5 {
            app.clock.advance(by: 1)
            _ = try await app.features.notes.publish(.init(title: "note \(index)", body: ""), by: ada.user.id)
        }
        try await app.application.test(.router) { client in
            var titles: [String] = []
            var uri = "/api/v1/notes?limit=2"
            while true {
                let next = try await client.execute(uri: uri, method: .get) { response in
                    let list = try response.json(JSONValue.self)
                    titles += list["items"]?.array?.compactMap { $0["title"]?.string } ?? []
                    return list["nextCursor"]?.string
                }
                guard let next else { break }
                uri = "/api/v1/notes?limit=2&cursor=\(next)"
            }
            #expect(titles == ["note 5", "note 4", "note 3", "note 2", "note 1"])
        }
    }

    @Test func badInputIsRefusedWithTheRightStatus() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        try await app.application.test(.router) { client in
            let posts: [(String, HTTPResponse.Status, String)] = [
                (#"{"title":"","body":""}"#, .unprocessableContent, "note.title_length"),
                (#"{"title":"ok","tagIds":["9999"]}"#, .unprocessableContent, "note.unknown_tag"),
                (#"{"title":"ok","tagIds":["abc"]}"#, .badRequest, "request.bad_id"),
                (
                    #"{"title":"ok","media":[{"kind":"gif","url":"https://a/b","width":1,"height":1}]}"#, .badRequest,
                    "request.malformed"
                ),
                (
                    #"{"title":"ok","place":{"name":"x","lat":200,"lon":0}}"#, .unprocessableContent,
                    "note.place_invalid"
                ),
                (#"not json"#, .badRequest, "request.malformed"),
            ]
            for (body, status, code) in posts {
                try await client.execute(
                    uri: "/api/v1/notes", method: .post, headers: ada.headers,
                    body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == status, "\(body)")
                    #expect(response.errorCode == code, "\(body)")
                }
            }
            try await client.execute(uri: "/api/v1/notes", method: .post, body: ByteBuffer(string: #"{"title":"ok"}"#))
            { response in
                #expect(response.status == .unauthorized)
            }
            let gets: [(String, HTTPResponse.Status, String)] = [
                ("/api/v1/notes/abc", .badRequest, "request.bad_id"),
                ("/api/v1/notes/-5", .badRequest, "request.bad_id"),
                ("/api/v1/notes/99999999999999999999", .badRequest, "request.bad_id"),
                ("/api/v1/notes/12345", .notFound, "note.not_found"),
                ("/api/v1/notes?limit=0", .badRequest, "request.bad_parameter"),
                ("/api/v1/notes?limit=many", .badRequest, "request.bad_parameter"),
                ("/api/v1/notes?cursor=bogus", .badRequest, "cursor.invalid"),
                ("/api/v1/users/777/notes", .notFound, "user.not_found"),
                ("/api/v1/users/x", .badRequest, "request.bad_id"),
                ("/api/v1/tags?parent=zz", .badRequest, "request.bad_id"),
                ("/api/v1/tags?parent=999", .notFound, "tag.not_found"),
                ("/api/v1/tags/999", .notFound, "tag.not_found"),
            ]
            for (uri, status, code) in gets {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.errorCode == code, "\(uri)")
                }
            }
        }
    }
}

@Suite struct UsersAndTagsAPITests {
    @Test func followAndUnfollowKeepCountsExact() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        try await app.application.test(.router) { client in
            for _ in 0..<2 {
                try await client.execute(
                    uri: "/api/v1/users/\(ada.user.id)/follow", method: .post, headers: bob.headers
                ) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains(#""followers":1"#))
                }
            }
            try await client.execute(uri: "/api/v1/users/\(ada.user.id)", method: .get, headers: bob.headers) {
                response in
                let user = try response.json(JSONValue.self)
                #expect(user["stats"]?["followers"] == .number(1))
                #expect(user["followedByMe"] == .bool(true))
            }
            try await client.execute(uri: "/api/v1/users/\(ada.user.id)/followers", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.first?["user"]?["handle"]?.string == "bob")
            }
            try await client.execute(uri: "/api/v1/users/\(bob.user.id)/following", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.count == 1)
            }
            try await client.execute(uri: "/api/v1/users/\(bob.user.id)/follow", method: .post, headers: bob.headers) {
                response in
                #expect(response.status == .unprocessableContent)
                #expect(response.errorCode == "follow.self")
            }
            try await client.execute(uri: "/api/v1/users/424242/follow", method: .post, headers: bob.headers) {
                response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/users/\(ada.user.id)/follow", method: .delete, headers: bob.headers)
            { response in
                #expect(response.text.contains(#""followers":0"#))
            }
            try await client.execute(uri: "/api/v1/users/\(ada.user.id)/follow", method: .post) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func tagsBrowseByParentAndSearchByName() async throws {
        let app = try await TestApp.make()
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/tags", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect((json["items"]?.array?.count ?? 0) >= 30)
            }
            try await client.execute(uri: "/api/v1/tags?q=%E5%92%96%E5%95%A1%E8%8C%B6%E9%A5%AE", method: .get) {
                response in  // 咖啡茶饮
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.first?["englishName"]?.string == "Coffee & tea")
            }
            try await client.execute(uri: "/api/v1/tags/4", method: .get) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["tag"]?["name"]?.string == "咖啡茶饮")
            }
        }
    }
}
