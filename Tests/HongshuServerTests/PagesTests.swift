import Commerce
import Community
import Discovery
import Foundation
import HTTPTypes
import HongshuCore
import Hummingbird
import HummingbirdTesting
import NIOCore
import Search
import TestSupport
import Testing

@testable import HongshuServer

/// A browser's cookie jar, just enough for in-process page flows.
struct CookieJar {
    var cookies: [String: String] = [:]

    mutating func take(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let value = pair.count > 1 ? String(pair[1]) : ""
            cookies[String(pair[0])] = header.contains("Max-Age=0") ? nil : value
        }
    }

    var header: HTTPFields {
        [.cookie: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    var csrf: String { cookies["hs_csrf"] ?? "" }

    /// A form post with this jar's cookies and its CSRF token.
    func form(_ fields: [(String, String)], csrf token: String? = nil) -> (HTTPFields, ByteBuffer) {
        var headers = header
        headers[.contentType] = "application/x-www-form-urlencoded"
        let all = [("_csrf", token ?? csrf)] + fields
        let body = all.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        return (headers, ByteBuffer(string: body))
    }
}

@Suite struct PagesTests {
    /// The "done when" journey, on each backend.
    @Test(arguments: Backend.available)
    func aNewUserSignsUpPostsAChineseNoteSeesItFollowsAndLogsOut(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.journey(TestApp.make(stores: stores)) }
    }

    static func journey(_ app: TestApp) async throws {
        let bob = try await app.signUp("bob", name: "小波")
        try await app.application.test(.router) { client in
            var jar = CookieJar()
            try await client.execute(uri: "/signup", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<html lang=\"zh-CN\">"))
                jar.take(response)
            }
            #expect(!jar.csrf.isEmpty)
            var (headers, body) = jar.form([("handle", "ada"), ("displayName", "阿达"), ("password", "password1")])
            try await client.execute(uri: "/signup", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .seeOther)
                let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("hs_session=") } ?? ""
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"))
                jar.take(response)
            }
            try await client.execute(uri: "/notes/new", method: .get, headers: jar.header) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("咖啡茶饮"))
            }
            (headers, body) = jar.form([
                ("title", "周末咖啡探店"), ("body", "上海的 <好店> @bob"), ("tagIds", "4"),
                ("topics", "#咖啡 城市漫步"), ("placeName", "Manner"), ("placeCity", "上海"),
            ])
            let notePath = try await client.execute(uri: "/notes", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
                return try #require(response.headers[.location])
            }
            try await client.execute(uri: notePath, method: .get, headers: jar.header) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<h1>周末咖啡探店</h1>"))
                #expect(response.text.contains("上海的 &lt;好店&gt; "))  // escaped, never markup
                #expect(response.text.contains("href=\"/users/\(bob.user.id)\">@bob</a>"))
                #expect(response.text.contains("#城市漫步"))
            }
            // The discovery feed shows her note to others (not to her: it is for finding what others post).
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.text.contains("周末咖啡探店"))
                #expect(response.text.contains("class=\"grid waterfall\""))
            }
            let ada = try #require(jar.cookies["hs_session"])
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer \(ada)"]) {
                response in
                #expect(response.status == .unauthorized)  // a page cookie is not an API token, and vice versa
            }
            (headers, body) = jar.form([])
            try await client.execute(uri: "/users/\(bob.user.id)/follow", method: .post, headers: headers, body: body) {
                response in
                #expect(response.status == .seeOther)
            }
            try await client.execute(uri: "/users/\(bob.user.id)", method: .get, headers: jar.header) { response in
                #expect(response.text.contains("<strong>1</strong> 粉丝 followers"))
                #expect(response.text.contains("已关注 Following"))
            }
            try await client.execute(uri: "/notes/999999", method: .get, headers: jar.header) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains(">@ada</a>"))  // the error page still knows who is signed in
            }
            (headers, body) = jar.form([])
            try await client.execute(uri: "/logout", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .found)
                jar.take(response)
            }
            #expect(jar.cookies["hs_session"] == nil)
            try await client.execute(uri: "/notes/new", method: .get, headers: jar.header) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/login?next=/notes/new")
            }
        }
    }

    @Test func theNewNoteFormShowsErrorsInlineAndKeepsWhatWasTyped() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let session = try await app.features.accounts.openSession(for: ada.user, kind: .web)
        let notes = app.features.notes
        try await app.application.test(.router) { client in
            var jar = CookieJar(cookies: ["hs_session": session.token, "hs_csrf": "token123"])
            let (headers, body) = jar.form([
                ("title", String(repeating: "长", count: 21)), ("body", "我写的正文"), ("tagIds", "4"),
            ])
            try await client.execute(uri: "/notes", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("role=\"alert\">A title is 1 to 20 characters."))
                #expect(response.text.contains("我写的正文</textarea>"))
                #expect(response.text.contains("value=\"4\" checked"))
                jar.take(response)
            }
            #expect(try await notes.latest(page: .first(5)).items.isEmpty)
        }
    }

    @Test func formsWithoutTheCSRFTokenAreRefused() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let session = try await app.features.accounts.openSession(for: ada.user, kind: .web)
        let notes = app.features.notes
        try await app.application.test(.router) { client in
            let jar = CookieJar(cookies: ["hs_session": session.token, "hs_csrf": "token123"])
            let (headers, body) = jar.form([("title", "hi")], csrf: "forged")
            try await client.execute(uri: "/notes", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("This form has expired"))
            }
            #expect(try await notes.latest(page: .first(5)).items.isEmpty)
        }
    }

    @Test func logInFailuresStayOnTheFormAndMissingPagesUseTheDesign() async throws {
        let app = try await TestApp.make()
        _ = try await app.signUp("ada")
        try await app.application.test(.router) { client in
            let jar = CookieJar(cookies: ["hs_csrf": "t0k"])
            let (headers, body) = jar.form([("handle", "ada"), ("password", "nope-nope"), ("next", "//evil.example")])
            try await client.execute(uri: "/login", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .unauthorized)
                #expect(response.text.contains("That handle and password do not match."))
                #expect(response.text.contains("name=\"next\" value=\"/\""))  // no open redirect
            }
            try await client.execute(uri: "/notes/123456", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("找不到这个页面"))
            }
            try await client.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text.contains("找不到这个页面"))
            }
            try await client.execute(uri: "/users/abc", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            }
            try await client.execute(uri: "/assets/app.css", method: .get) { response in
                #expect(response.text.contains("--accent"))
            }
        }
    }
}

@Suite struct HTMLTests {
    @Test func interpolatedTextIsEscapedAndMarkupIsNot() {
        let name = "<script>alert('x') & \"y\"</script>"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(
            String(decoding: html.bytes, as: UTF8.self)
                == "<p title=\"&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\">&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</p>"
        )
    }
}

@Suite struct LinkTests {
    /// Every address the views link to or post to is routed (never the router's own 404).
    @Test func everyLinkReachesARoute() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let note = try await app.features.notes.publish(NoteDraft(title: "hi", body: ""), by: ada.user.id)
        let session = try await app.features.accounts.openSession(for: ada.user, kind: .web)
        let board = try await app.features.boards.create(named: "旅行", isPrivate: false, by: ada.user.id)
        let comment = try await app.features.comments.comment(on: note.id, body: "好看", by: ada.user.id)
        let other = try await app.signUp("other")
        let page = TimeKey(time: TestClock.start, id: 1).cursor
        let shop = try await ShopFixture.make(
            brands: app.features.brands, products: app.features.products, stores: app.stores, owner: ada.user)
        let order = try await app.features.checkout.place(
            CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 1)]), by: ada.user.id,
            key: "link-test-order")
        let links: [Link] =
            [
                .home(), .home(after: page), .note(note.id), .deleteNote(note.id), .newNote, .publishNote,
                .user(ada.user.id), .user(ada.user.id, after: page), .follow(ada.user.id), .unfollow(ada.user.id),
                .signUp, .logIn(), .logIn(next: "/notes/new"), .logOut, .stylesheet, .tags, .tag(TagID(1033)),
                .tag(TagID(1), after: page), .like(note.id), .unlike(note.id), .collect(note.id), .uncollect(note.id),
                .boards, .board(board.id), .board(board.id, after: page), .comment(note.id), .likeComment(comment.id),
                .unlikeComment(comment.id), .pinComment(comment.id), .unpinComment(comment.id),
                .deleteComment(comment.id),
                .shareNote(note.id), .shop(), .shop(after: page), .product(shop.product.id),
                .productFromNote(note.id, shop.product.id), .brand(shop.brand.id), .brand(shop.brand.id, after: page),
                .cart, .cartItem(shop.medium.id), .checkout, .orders(), .orders(after: page), .order(order.id),
                .payOrder(order.id), .reviewOrder(order.id), .console, .createBrand, .consoleBrand(shop.brand.id),
                .createProduct(shop.brand.id), .updateSKU(shop.medium.id), .productStatus(shop.product.id),
                .consoleOrders(shop.brand.id), .consoleOrders(shop.brand.id, status: "paid", after: page),
                .consolePromos(shop.brand.id), .createPromo(shop.brand.id), .brandMember(shop.brand.id),
                .consoleInsights(shop.brand.id),
                .consoleInsightsCSV(shop.brand.id, table: "notes", since: "2026-01-01", until: "2026-01-31"),
                .search("咖啡"), .search("茶杯", type: .product, sort: .latest, after: Cursor(rawValue: "o20")),
                .searchResult(search: 1, position: 1, type: "note", id: note.id.description), .searchReport,
                .following(), .following(after: page), .nearby(nil), .nearby(.city("上海"), after: page),
                .nearby(.point(latitude: 31.2, longitude: 121.5, radius: 2_000)), .feedWhy(note.id), .notInterested,
                .feedImpressions, .onboarding, .script, .noteFromFeed(note.id, feed: "discover", position: 3),
            ] + OrderAction.allCases.map { .orderAction(order.id, $0) }
        try await app.application.test(.router) { client in
            for link in links {
                let headers: HTTPFields = [.cookie: "hs_session=\(session.token); hs_csrf=t"]
                try await client.execute(uri: link.path, method: link.isFormAction ? .post : .get, headers: headers) {
                    response in
                    #expect(!response.text.contains("There is nothing at this address."), "\(link.path)")
                }
            }
        }
    }
}

@Suite struct TagPagesTests {
    /// A note tagged 螺蛳粉 shows on its tag page, its parent's and its category's, by page and by API.
    @Test func tagPagesListTheirNotesAndSubTags() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        _ = try await app.features.notes.publish(
            NoteDraft(title: "柳州螺蛳粉测评", body: "", tags: [TagID(1033)]), by: ada.user.id)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/tags", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("href=\"/tags/1\">美食"))
                #expect(response.text.contains("面食"))
            }
            for tag in [1033, 1032, 1] {
                try await client.execute(uri: "/tags/\(tag)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("柳州螺蛳粉测评"), "tag \(tag)")
                }
                try await client.execute(uri: "/api/v1/tags/\(tag)/notes", method: .get) { response in
                    let json = try response.json(JSONValue.self)
                    #expect(json["items"]?.array?.first?["title"]?.string == "柳州螺蛳粉测评")
                }
            }
            try await client.execute(uri: "/tags/1033", method: .get) { response in
                #expect(response.text.contains("也叫 Also: snail rice noodles · 柳州螺蛳粉"))
                #expect(response.text.contains("href=\"/tags/1032\">面食</a>"))  // the trail up to the category
            }
            try await client.execute(uri: "/tags/4", method: .get) { response in
                #expect(response.text.contains("这里还没有笔记"))
            }
            try await client.execute(uri: "/tags/999999", method: .get) { response in
                #expect(response.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/tags/999999/notes", method: .get) { response in
                #expect(response.errorCode == "tag.not_found")
            }
        }
    }
}
