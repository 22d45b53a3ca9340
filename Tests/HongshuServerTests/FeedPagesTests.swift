import Community
import Discovery
import Foundation
import HTTPTypes
import HongshuCore
import Hummingbird
import HummingbirdTesting
import Insights
import NIOCore
import TestSupport
import Testing

@testable import HongshuServer

@Suite struct FeedPagesTests {
    /// Signs `handle` (made by `TestApp.signUp`) in through the log-in form.
    static func logIn(_ handle: String, _ client: some TestClientProtocol) async throws -> CookieJar {
        var jar = CookieJar()
        try await client.execute(uri: "/login", method: .get) { jar.take($0) }
        let (headers, body) = jar.form([("handle", handle), ("password", "password-\(handle)"), ("next", "/")])
        try await client.execute(uri: "/login", method: .post, headers: headers, body: body) { response in
            #expect(response.status == .seeOther)
            jar.take(response)
        }
        return jar
    }

    /// A newcomer is invited to pick interests, picks them, and the feed follows; cards carry a menu whose
    /// "not interested" works without JavaScript; "why" explains in words; scrolling loads a fragment; what was
    /// on screen is recorded; the following and nearby tabs.
    @Test(arguments: Backend.available)
    func homeFeedOnboardingWhyAndTabs(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestApp.make(stores: stores)
            let (tags, authors, notes) = try await FeedAPITests.world(app)
            let shanghai = try await app.features.notes.publish(
                NoteDraft(title: "外滩夜景", body: "上海的夜晚", place: Place(name: "外滩", city: "上海")), by: authors[0].id)
            let reader = try await app.signUp("reader")
            let tagOf = Dictionary(
                uniqueKeysWithValues: notes.enumerated().flatMap { slot, list in list.map { ($0.id, slot) } })
            let events = app.features.events
            let follows = app.features.follows
            let notesOperation = app.features.notes
            // Onboarding offers categories and their sub-tags; the world's notes are under leaves below them.
            let pick = try #require(tags[1].parent)
            try await app.application.test(.router) { client in
                var jar = try await Self.logIn("reader", client)
                let before = try await client.execute(uri: "/", method: .get, headers: jar.header) { response in
                    #expect(response.status == .ok)
                    let text = response.text
                    #expect(text.contains("href=\"/onboarding\""))  // no interests yet
                    #expect(text.contains("aria-current=\"page\">发现"))
                    #expect(text.contains("data-feed=\"discover\"") && text.contains("class=\"card-menu\""))
                    #expect(text.contains("<script src=\"/assets/app.js?v=4\" defer></script>"))
                    #expect(text.contains("<meta name=\"csrf\" content=\"\(jar.csrf)\">"))
                    return Set(Self.cardIDs(text))
                }
                // What the first visit showed is not shown again while others remain.
                let unseen = notes[1].filter { !before.contains($0.id) }.count
                try await client.execute(uri: "/onboarding", method: .get, headers: jar.header) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("name=\"tag\" value=\"\(pick)\""))
                }
                let many = (1...31).map { ("tag", String($0)) }
                var (headers, body) = jar.form(many)
                try await client.execute(uri: "/onboarding", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(response.text.contains("role=\"alert\">Pick at most 30 interests"))
                }
                (headers, body) = jar.form([("tag", pick.description)])
                try await client.execute(uri: "/onboarding", method: .post, headers: headers, body: body) { response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/")
                }
                let (first, next) = try await client.execute(uri: "/", method: .get, headers: jar.header) { response in
                    let text = response.text
                    #expect(!text.contains("href=\"/onboarding\""))
                    let ids = Self.cardIDs(text)
                    #expect(text.contains("href=\"/notes/\(ids[0])?from=discover&amp;pos=1\""))
                    #expect(ids.prefix(min(3, unseen)).allSatisfy { tagOf[$0] == 1 })
                    // 33 notes: those not shown yet come first, then what was shown comes back.
                    #expect(Set(ids.prefix(33 - before.count)).isDisjoint(with: before))
                    let more = try #require(text.range(of: "href=\"/?after=")).upperBound
                    let cursor = String(text[more...].prefix { $0 != "\"" })
                    return (ids, cursor)
                }
                #expect(first.count == 20 && unseen > 0)
                try await client.execute(uri: "/?after=\(next)&fragment=1&offset=20", method: .get, headers: jar.header)
                {
                    response in
                    #expect(!response.text.contains("<html"))
                    let ids = Self.cardIDs(response.text)
                    #expect(!ids.isEmpty && Set(ids).isDisjoint(with: first))
                    #expect(response.text.contains("data-position=\"21\""))
                }
                // What the script reports as on screen becomes impression events.
                (headers, body) = jar.form([("tab", "discover"), ("notes", "\(first[0]):1,\(first[1]):2")])
                try await client.execute(uri: "/feed/impressions", method: .post, headers: headers, body: body) {
                    #expect($0.status == .noContent)
                }
                #expect(try await events.count(.impression, subject: .note(first[0])) == 1)
                (headers, body) = jar.form([("notes", "junk")])
                try await client.execute(uri: "/feed/impressions", method: .post, headers: headers, body: body) {
                    #expect($0.status == .badRequest)
                }
                try await client.execute(uri: "/feed/why/\(first[0])", method: .get, headers: jar.header) { response in
                    #expect(response.status == .ok)
                    #expect(response.text.contains("的笔记 · You often read notes about"))
                    #expect(response.text.contains("兴趣匹配 Interest match"))
                }
                // Opening a card says which feed and where: the read event carries both.
                try await client.execute(
                    uri: "/notes/\(first[1])?from=discover&pos=2", method: .get, headers: jar.header
                ) {
                    #expect($0.status == .ok)
                }
                let read = try await events.events(by: reader.user.id, page: .first(5)).items.first { $0.kind == .read }
                #expect(read?.context == ["surface": "feed", "position": "2"])
                (headers, body) = jar.form([("note", first[0].description), ("reason", "tag"), ("tab", "discover")])
                try await client.execute(uri: "/feed/not-interested", method: .post, headers: headers, body: body) {
                    response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/?hidden=1")
                }
                try await client.execute(uri: "/?hidden=1", method: .get, headers: jar.header) { response in
                    #expect(response.text.contains("class=\"toast\""))
                    #expect(Self.cardIDs(response.text).prefix(5).allSatisfy { tagOf[$0] != 1 })
                }
                // Her own new note is not in her feed (it is for others' notes) but shows above it for a day.
                _ = try await notesOperation.publish(NoteDraft(title: "我的新笔记", body: "刚发布"), by: reader.user.id)
                try await client.execute(uri: "/", method: .get, headers: jar.header) { response in
                    let yours = try #require(response.text.components(separatedBy: "class=\"yours\"").dropFirst().first)
                    #expect(yours.contains("我的新笔记"))
                }
                try await follows.follow(authors[3].id, by: reader.user.id)
                try await client.execute(uri: "/?tab=following", method: .get, headers: jar.header) { response in
                    let ids = Self.cardIDs(response.text)
                    #expect(
                        !ids.isEmpty
                            && ids.allSatisfy { id in notes.joined().first { $0.id == id }?.author == authors[3].id })
                }
                try await client.execute(uri: "/?tab=following", method: .get) { response in
                    #expect(response.text.contains("/login?next="))
                }
                try await client.execute(uri: "/?tab=nearby&city=%E4%B8%8A%E6%B5%B7", method: .get) { response in
                    #expect(Self.cardIDs(response.text) == [shanghai.id])
                }
                try await client.execute(uri: "/?tab=nearby&lat=95&lon=1", method: .get) { response in
                    #expect(response.status == .unprocessableContent)
                    #expect(response.text.contains("role=\"alert\">Latitude must be"))
                }
                try await client.execute(uri: "/assets/app.js?v=4", method: .get) { response in
                    #expect(response.status == .ok && response.text.contains("IntersectionObserver"))
                }
                jar.cookies["hs_session"] = nil
                try await client.execute(uri: "/feed/why/\(first[0])", method: .get, headers: jar.header) { response in
                    #expect(response.text.contains("登录后推荐会根据你的兴趣"))
                }
            }
        }
    }

    static func cardIDs(_ html: String) -> [NoteID] {
        html.components(separatedBy: "data-note=\"").dropFirst().compactMap { NoteID(String($0.prefix { $0 != "\"" })) }
    }
}

@Suite struct SessionExpiryPagesTests {
    /// A browser whose session has ended is told so kindly: on open pages a banner, on members' pages the log-in
    /// form explains why it is there; the dead cookie is dropped.
    @Test func anEndedSessionIsExplained() async throws {
        let app = try await TestApp.make()
        try await app.application.test(.router) { client in
            let stale: HTTPFields = [.cookie: "hs_session=gone-for-good; hs_csrf=t"]
            try await client.execute(uri: "/notifications", method: .get, headers: stale) { response in
                #expect(response.status == .found)
                #expect(response.headers[.location] == "/login?next=/notifications&expired=1")
                #expect(
                    response.headers[values: .setCookie].contains {
                        $0.hasPrefix("hs_session=;") && $0.contains("Max-Age=0")
                    })
            }
            try await client.execute(uri: "/login?next=/notifications&expired=1", method: .get) { response in
                #expect(response.text.contains("登录已过期"))
            }
            try await client.execute(uri: "/", method: .get, headers: stale) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Your session has ended"))
            }
            try await client.execute(uri: "/login", method: .get) { response in
                #expect(!response.text.contains("登录已过期"))
            }
        }
    }
}
