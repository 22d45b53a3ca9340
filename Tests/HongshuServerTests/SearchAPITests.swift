import Community
import Foundation
import HTTPTypes
import HongshuCore
import HongshuServer
import Hummingbird
import HummingbirdTesting
import NIOCore
import Search
import TestSupport
import Testing

@Suite struct SearchAPITests {
    private func seeded(_ backend: Backend, _ body: @Sendable @escaping (TestApp, [Note]) async throws -> Void)
        async throws
    {
        try await backend.withStores { stores in
            let app = TestApp.make(stores: stores)
            let ada = try await app.signUp("ada")
            var notes: [Note] = []
            for (title, text) in [("上海咖啡地图", "武康路的三家咖啡店"), ("口红试色", "显白的口红推荐")] {
                notes.append(try await app.features.notes.publish(NoteDraft(title: title, body: text), by: ada.user.id))
                app.clock.advance(by: 60)
            }
            try await body(app, notes)
        }
    }

    @Test(arguments: Backend.available)
    func searchAnswersWithMarkedResultsAndCountsClicks(_ backend: Backend) async throws {
        try await seeded(backend) { app, notes in
            let operatorUser = try await app.signUp("operator")
            let bo = try await app.signUp("bo_")
            try await app.application.test(.router) { client in
                let searchID = try await client.execute(
                    uri: "/api/v1/search?q=%E5%92%96%E5%95%A1&explain=1", method: .get  // 咖啡
                ) { response in
                    #expect(response.status == .ok)
                    let json = try response.json(JSONValue.self)
                    #expect(json["total"]?.int == 1 && json["totalIsExact"] == .bool(true))
                    let hit = try #require(json["items"]?.array?.first)
                    #expect(hit["type"]?.string == "note" && hit["position"]?.int == 1)
                    #expect(hit["note"]?["id"]?.string == notes[0].id.description)
                    #expect(hit["title"]?["spans"] == .array([.array([.number(2), .number(4)])]))
                    #expect((hit["explain"]?["parts"]?.array?.count ?? 0) >= 4)
                    return try #require(json["searchId"]?.string)
                }
                let click = #"{"searchId":"\#(searchID)","position":1,"type":"note","id":"\#(notes[0].id)"}"#
                try await client.execute(
                    uri: "/api/v1/search/clicks", method: .post, body: ByteBuffer(string: click)
                ) { response in #expect(response.status == .noContent) }
                let unknown = #"{"searchId":"7","position":1,"type":"note","id":"\#(notes[0].id)"}"#
                try await client.execute(
                    uri: "/api/v1/search/clicks", method: .post, body: ByteBuffer(string: unknown)
                ) { response in
                    #expect(response.status == .notFound)
                    #expect(response.errorCode == "search.not_found")
                }
                try await client.execute(uri: "/api/v1/search/report", method: .get, headers: bo.headers) {
                    #expect($0.status == .forbidden)
                    #expect($0.errorCode == "search.operators_only")
                }
                try await client.execute(uri: "/api/v1/search/report", method: .get, headers: operatorUser.headers) {
                    #expect($0.status == .ok)
                    let report = try $0.json(JSONValue.self)
                    let top = try #require(report["top"]?.array?.first)
                    #expect(top["query"]?.string == "咖啡" && top["searches"]?.int == 1 && top["clicks"]?.int == 1)
                }
                try await client.execute(uri: "/api/v1/search/suggest?q=%E5%92%96&limit=20", method: .get) { response in
                    #expect(response.status == .ok)
                    let texts = try response.json(JSONValue.self)["suggestions"]?.array?.compactMap {
                        $0["text"]?.string
                    }
                    #expect(texts?.contains("咖啡") == true)  // the query just searched
                }
            }
        }
    }

    @Test func badInputGetsClearErrors() async throws {
        let app = try await TestApp.make()
        try await app.application.test(.router) { client in
            for (uri, status, code) in [
                ("/api/v1/search", HTTPResponse.Status.badRequest, "request.bad_parameter"),
                ("/api/v1/search?q=%20", .unprocessableContent, "search.query_empty"),
                ("/api/v1/search?q=a&type=video", .badRequest, "request.bad_parameter"),
                ("/api/v1/search?q=a&sort=random", .badRequest, "request.bad_parameter"),
                ("/api/v1/search?q=a&since=yesterday", .badRequest, "request.bad_parameter"),
                ("/api/v1/search?q=a&since=2026-02-01&until=2026-01-01", .unprocessableContent, "search.range_invalid"),
                ("/api/v1/search?q=a&tagId=x", .badRequest, "request.bad_id"),
                ("/api/v1/search?q=a&cursor=zz", .badRequest, "cursor.invalid"),
                (
                    "/api/v1/search?q=" + String(repeating: "a", count: 101), .unprocessableContent,
                    "search.query_length"
                ),
                ("/api/v1/search/suggest", .badRequest, "request.bad_parameter"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.errorCode == code, "\(uri)")
                }
            }
            try await client.execute(uri: "/api/v1/search/clicks", method: .post, body: ByteBuffer(string: "{}")) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(
                uri: "/api/v1/search/clicks", method: .post,
                body: ByteBuffer(string: #"{"searchId":"1","position":0,"type":"note","id":"5"}"#)
            ) { #expect($0.status == .unprocessableContent) }
        }
    }

    @Test(arguments: Backend.available)
    func theResultsPageMarksMatchesOffersSuggestionsAndCountsOpens(_ backend: Backend) async throws {
        try await seeded(backend) { app, notes in
            try await app.application.test(.router) { client in
                let href = try await client.execute(uri: "/search?q=%E5%8F%A3%E7%BA%A2", method: .get) { response in
                    #expect(response.status == .ok)
                    let page = response.text
                    #expect(page.contains("<mark>口红</mark>试色"))
                    #expect(page.contains("aria-current=\"page\" class=\"on\">笔记 Notes"))
                    #expect(page.contains("role=\"search\""))
                    let start = try #require(page.range(of: "href=\"/search/"))
                    let end = try #require(page[start.upperBound...].firstIndex(of: "\""))
                    return "/search/" + page[start.upperBound..<end].replacingOccurrences(of: "&amp;", with: "&")
                }
                try await client.execute(uri: href, method: .get) { response in
                    #expect(response.status == .seeOther || response.status == .found)
                    #expect(response.headers[.location] == "/notes/\(notes[1].id)")
                }
                try await client.execute(uri: "/search?q=%E7%81%AB%E9%94%85", method: .get) { response in  // 火锅
                    #expect(response.status == .ok)
                    #expect(response.text.contains("Nothing found"))
                }
                try await client.execute(uri: "/search?q=" + String(repeating: "a", count: 101), method: .get) {
                    #expect($0.status == .unprocessableContent)
                    #expect($0.text.contains("role=\"alert\""))
                }
            }
        }
    }
}
