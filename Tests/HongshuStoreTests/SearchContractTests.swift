import Community
import Foundation
import HongshuCore
import HongshuStore
import Insights
import Search
import TestSupport
import Testing

/// Search on both backends, through the domain: the index follows writes at once, recall of any contiguous piece,
/// ranking, filters, paging, highlights, suggestions, corrections and operators' counts.
@Suite struct SearchContractTests {
    static let texts: [(title: String, body: String)] = [
        ("上海咖啡地图", "周末和朋友去了武康路的三家咖啡店，手冲很稳，环境安静适合办公。"),
        ("口红试色合集", "秋冬必备的口红颜色推荐，显白不挑皮，iPhone15手机壳也顺便晒一下。"),
        ("露营装备清单", "第一次露营需要准备帐篷、睡袋和炉头，推荐这款面膜在户外补水。"),
        ("Citywalk in Shanghai", "Walking tours of old lanes, coffee and bookstores; great photos."),
    ]

    private func publish(_ app: TestDomain) async throws -> (User, [Note]) {
        let ada = try await app.signUp("ada")
        var notes: [Note] = []
        for (index, text) in Self.texts.enumerated() {
            notes.append(
                try await app.notes.publish(
                    NoteDraft(title: text.title, body: text.body, topics: index == 0 ? ["周末探店"] : []), by: ada.id))
            app.clock.advance(by: 60)
        }
        return (ada, notes)
    }

    private func ids(_ app: TestDomain, _ text: String, _ kind: SearchKind = .note) async throws -> [NoteID] {
        try await app.searches.search(SearchRequest(text, kind: kind), by: nil).notes.map(\.note.id)
    }

    @Test(arguments: Backend.available)
    func everyContiguousPieceFindsItsNote(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let (_, notes) = try await publish(app)
            for (note, text) in zip(notes.prefix(3), Self.texts) {
                let characters = Array(text.title + text.body).filter { $0.unicodeScalars.first!.value >= 0x4E00 }
                // Every piece of 2 and 3 characters of the Chinese runs, and single characters.
                let body = Array(text.title + "。" + text.body)
                for length in 1...3 {
                    var start = 0
                    while start + length <= body.count {
                        let piece = String(body[start..<(start + length)])
                        start += 1
                        guard piece.unicodeScalars.allSatisfy({ $0.value >= 0x4E00 && $0.value <= 0x9FFF }) else {
                            continue
                        }
                        let found = try await ids(app, piece)
                        #expect(found.contains(note.id), "\(piece) should find \(text.title)")
                    }
                }
                #expect(!characters.isEmpty)
            }
            #expect(try await ids(app, "iPhone15手机壳") == [notes[1].id])
            #expect(try await ids(app, "ｉＰｈｏｎｅ１５") == [notes[1].id])  // full-width
            #expect(try await ids(app, "walking") == [notes[3].id])  // stemmed: "Walking"
            #expect(try await ids(app, "面膜推荐") == [notes[2].id])  // words need not be adjacent
            #expect(try await ids(app, "周末探店", .note).contains(notes[0].id))  // topics are indexed
            #expect(try await ids(app, "火锅").isEmpty)
        }
    }

    @Test(arguments: Backend.available)
    func aDeletedNoteIsGoneAtOnceAndTitlesOutrankBodies(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let (ada, notes) = try await publish(app)
            let body = try await app.notes.publish(
                NoteDraft(title: "周末去哪儿", body: "这家咖啡不错，咖啡豆也卖。"), by: ada.id)
            let results = try await app.searches.search(SearchRequest("咖啡", explain: true), by: nil)
            #expect(results.notes.first?.note.id == notes[0].id)  // the title says 咖啡
            #expect(Set(results.notes.map(\.note.id)) == [notes[0].id, body.id])
            let explanation = try #require(results.notes.first?.explanation)
            #expect(Set(explanation.parts.map(\.name)).isSuperset(of: ["text", "quality", "freshness", "author"]))
            #expect(abs(explanation.total - results.notes[0].score) < 1e-9)
            #expect(abs(explanation.parts.reduce(0) { $0 + $1.weight } - 1) < 1e-9)  // weights sum to 1
            try await app.notes.delete(notes[0].id, by: ada.id)
            #expect(try await ids(app, "咖啡") == [body.id])
            #expect(try await ids(app, "周末探店").isEmpty)
            let topics = try await app.searches.search(SearchRequest("探店", kind: .topic), by: nil)
            #expect(!topics.topics.contains { $0.tag == nil && $0.name.text == "周末探店" })
        }
    }

    /// An author's record is what their notes received, recomputed here from the engagement the test made: likes
    /// (one undone), collects, comments and reads, across several notes, one of them deleted (its history stays).
    @Test(arguments: Backend.available)
    func anAuthorsRecordIsWhatTheirNotesReceived(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let (ada, notes) = try await publish(app)
            let readers = [try await app.signUp("bob"), try await app.signUp("cyd"), try await app.signUp("dia")]
            var expected = AuthorRecord(notes: notes.count)
            for (index, reader) in readers.enumerated() {
                for note in notes.prefix(index + 2) {
                    try await app.events.record(.read, by: reader.id, on: .note(note.id))
                    expected.reads += 1
                }
                _ = try await app.likes.like(notes[index].id, by: reader.id)
                _ = try await app.likes.like(notes[3].id, by: reader.id)
                expected.likes += 2
            }
            _ = try await app.likes.unlike(notes[3].id, by: readers[0].id)
            expected.likes -= 1
            _ = try await app.boards.collect(notes[1].id, by: readers[1].id)
            _ = try await app.boards.collect(notes[2].id, by: readers[2].id)
            expected.collects += 2
            _ = try await app.comments.comment(on: notes[0].id, body: "好喝吗", by: readers[2].id)
            expected.comments += 1
            try await app.notes.delete(notes[3].id, by: ada.id)
            expected.notes -= 1
            // A bystander's notes and engagement are not Ada's.
            let other = try await app.notes.publish(NoteDraft(title: "咖啡拉花", body: "练习中"), by: readers[0].id)
            _ = try await app.likes.like(other.id, by: ada.id)

            let match = try #require(
                try await stores.search.notes(
                    matching: Segmenter.shared.query("上海咖啡"), filters: NoteFilters(), before: nil, depth: 10
                ).first { $0.id == notes[0].id })
            #expect(match.authorRecord == expected)
            let platform = try await stores.search.engagementReceived()
            #expect(
                platform == AuthorRecord(likes: expected.likes + 1, collects: 2, comments: 1, reads: expected.reads))
        }
    }

    /// A note tagged 口红-like tags is found by any alias of its tag, in Chinese or English (synonyms).
    @Test(arguments: Backend.available)
    func tagAliasesAreSynonyms(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let ada = try await app.signUp("ada")
            let tags = try await stores.tags.all().filter { $0.parent != nil && $0.aliases.count >= 2 }
            let tag = try #require(
                tags.first { tag in tag.aliases.contains { $0.unicodeScalars.allSatisfy(\.isASCII) } })
            let note = try await app.notes.publish(
                NoteDraft(title: "今天的分享", body: "没有提到别名的正文", tags: [tag.id]), by: ada.id)
            for name in [tag.name, tag.englishName] + tag.aliases {
                #expect(try await ids(app, name).contains(note.id), "\(name) should find a note tagged \(tag.name)")
            }
        }
    }

    @Test(arguments: Backend.available)
    func highlightsMarkExactlyTheMatchedCharacters(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            _ = try await publish(app)
            let result = try #require(try await app.searches.search(SearchRequest("咖啡地"), by: nil).notes.first)
            let title = result.title
            #expect(title.pieces.filter(\.matched).map { String($0.text) } == ["咖啡地"])
            let latin = try #require(try await app.searches.search(SearchRequest("iphone"), by: nil).notes.first)
            #expect(latin.snippet.pieces.filter(\.matched).map { String($0.text) } == ["iPhone"])
        }
    }

    @Test(arguments: Backend.available)
    func filtersSortsAndPagesAreStable(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let ada = try await app.signUp("ada")
            let tag = try #require(try await stores.tags.all().first { $0.parent != nil })
            var published: [Note] = []
            for index in 0..<25 {
                let draft = NoteDraft(
                    title: "露营第\(index)天", body: "营地笔记",
                    tags: index.isMultiple(of: 2) ? [tag.id] : [],
                    place: index < 5 ? Place(name: "营地", city: "杭州") : nil)
                published.append(try await app.notes.publish(draft, by: ada.id))
                app.clock.advance(by: 3_600)
            }
            // Pages of relevance results add up to every match once.
            var seen: [NoteID] = []
            var cursor: Cursor?
            repeat {
                let page = try await app.searches.search(
                    SearchRequest("露营", page: PageRequest(limit: 7, after: cursor)), by: nil)
                seen += page.notes.map(\.note.id)
                cursor = page.next
                #expect(page.total == 25 && page.totalIsExact || page.request.page.cursor != nil)
            } while cursor != nil
            #expect(seen.count == 25 && Set(seen).count == 25)
            // Latest, paged past the first page by note id.
            var latest: [NoteID] = []
            cursor = nil
            repeat {
                let page = try await app.searches.search(
                    SearchRequest("营地", sort: .latest, page: PageRequest(limit: 10, after: cursor)), by: nil)
                latest += page.notes.map(\.note.id)
                cursor = page.next
            } while cursor != nil
            #expect(latest == published.reversed().map(\.id))
            let tagged = try await app.searches.search(
                SearchRequest("露营", filters: NoteFilters(tag: tag.id), page: .first(50)), by: nil)
            #expect(
                Set(tagged.notes.map(\.note.id))
                    == Set(published.enumerated().filter { $0.offset % 2 == 0 }.map(\.element.id)))
            let parent = try #require(tag.parent)
            let byParent = try await app.searches.search(
                SearchRequest("露营", filters: NoteFilters(tag: parent), page: .first(50)), by: nil)
            #expect(byParent.notes.count == 13)  // a tag's descendants count
            let city = try await app.searches.search(
                SearchRequest("露营", filters: NoteFilters(city: "杭州"), page: .first(50)), by: nil)
            #expect(Set(city.notes.map(\.note.id)) == Set(published.prefix(5).map(\.id)))
            let window = try await app.searches.search(
                SearchRequest(
                    "露营",
                    filters: NoteFilters(
                        since: published[10].publishedAt, until: published[13].publishedAt), page: .first(50)),
                by: nil)
            #expect(Set(window.notes.map(\.note.id)) == Set(published[10..<13].map(\.id)))
            // Most liked first.
            let bo = try await app.signUp("bo_")
            try await app.likes.like(published[3].id, by: bo.id)
            let popular = try await app.searches.search(SearchRequest("露营", sort: .popular), by: nil)
            #expect(popular.notes.first?.note.id == published[3].id)
            await #expect(throws: SearchError.badRange) {
                try await app.searches.search(
                    SearchRequest("露营", filters: NoteFilters(since: TestClock.start, until: TestClock.start)), by: nil)
            }
            await #expect(throws: SearchError.emptyQuery) {
                try await app.searches.search(SearchRequest("  "), by: nil)
            }
            await #expect(throws: CursorError.self) {
                try await app.searches.search(
                    SearchRequest("露营", page: PageRequest(limit: 5, after: Cursor(rawValue: "x"))), by: nil)
            }
        }
    }

    @Test(arguments: Backend.available)
    func peopleProductsAndTopicsAreSearchable(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let commerce = TestCommerce.make(stores: stores)
            let owner = try await app.accounts.signUp(
                handle: "lan_cafe", displayName: "兰姐的咖啡馆", password: "password-lan")
            _ = try await ShopFixture.make(commerce, stores: stores, owner: owner, name: "Lancome")
            let people = try await app.searches.search(SearchRequest("咖啡馆", kind: .user), by: nil)
            #expect(people.users.map(\.user.id) == [owner.id])
            #expect(try await app.searches.search(SearchRequest("lan_cafe", kind: .user), by: nil).users.count == 1)
            let products = try await app.searches.search(SearchRequest("茶杯", kind: .product), by: nil)
            #expect(products.products.map(\.product.name) == ["粗陶茶杯"])
            #expect(
                try await app.searches.search(SearchRequest("lancome", kind: .product), by: nil).products.count == 1)
            // A misspelt brand is corrected against known names.
            let typo = try await app.searches.search(SearchRequest("lancme", kind: .product), by: nil)
            #expect(typo.correctedQuery == "lancome")
            #expect(typo.products.count == 1)
            // A misspelling is never offered as a completion.
            #expect(try await !app.searches.suggest("lancm").contains { $0.text == "lancme" })
            // Tags are found by name or alias; completions come from tag, brand and product names.
            let tag = try #require(try await stores.tags.all().first { !$0.aliases.isEmpty && $0.parent != nil })
            let topics = try await app.searches.search(SearchRequest(tag.name, kind: .topic), by: nil)
            #expect(topics.topics.contains { $0.tag?.id == tag.id })
            let completions = try await app.searches.suggest(String(tag.name.prefix(1)), limit: 20)
            #expect(completions.contains { $0.text == tag.name || $0.kind == .tag })
            #expect(try await app.searches.suggest("LANC").contains { $0.text == "Lancome" && $0.kind == .brand })
            #expect(try await app.searches.suggest("粗陶").contains { $0.text == "粗陶茶杯" })
            let nothing = try await app.searches.search(SearchRequest("粗陶锅具"), by: nil)
            #expect(nothing.count == 0 && !nothing.suggestions.isEmpty)
        }
    }

    /// Operators' counts are recomputed from the search and click events themselves.
    @Test(arguments: Backend.available)
    func operatorCountsAgreeWithTheEvents(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestDomain.make(stores: stores)
            let (ada, notes) = try await publish(app)
            let operatorUser = try await app.signUp("operator")
            var searchIDs: [String: [Int64]] = [:]
            for query in ["咖啡", "咖啡", "口红", "火锅", "火锅", "火锅", "咖啡"] {
                let results = try await app.searches.search(SearchRequest(query), by: ada.id)
                searchIDs[query, default: []].append(results.id)
            }
            try await app.searches.click(search: searchIDs["咖啡"]![0], position: 1, on: .note(notes[0].id), by: ada.id)
            try await app.searches.click(search: searchIDs["咖啡"]![2], position: 1, on: .note(notes[0].id), by: ada.id)
            await #expect(throws: SearchClickError.unknownSearch) {
                try await app.searches.click(search: 42, position: 1, on: .note(notes[0].id), by: ada.id)
            }
            await #expect(throws: SearchClickError.notOperator) {
                try await app.searches.report(
                    since: TestClock.start, until: app.clock.now.addingTimeInterval(1), by: ada)
            }
            let report = try await app.searches.report(
                since: TestClock.start, until: app.clock.now.addingTimeInterval(1), by: operatorUser)
            // Independently: count the events.
            let events = try await app.events.events(by: ada.id, page: .first(100)).items
            let searches = events.filter { $0.kind == .search }
            let clicks = events.filter { $0.kind == .searchClick }
            var expected: [String: QueryStats] = [:]
            for event in searches {
                let query = event.context["normalized"]!
                let old = expected[query] ?? QueryStats(query: query, searches: 0, noHits: 0, clicks: 0)
                let clicked = clicks.filter { $0.context["searchId"] == String(event.subject.id) }.count
                expected[query] = QueryStats(
                    query: query, searches: old.searches + 1,
                    noHits: old.noHits + (event.context["hits"] == "0" ? 1 : 0), clicks: old.clicks + clicked)
            }
            #expect(Set(report.top) == Set(expected.values))
            #expect(report.top.first?.query == "咖啡" || report.top.first?.query == "火锅")
            #expect(report.noHits.map(\.query) == ["火锅"])
            #expect(report.top.first { $0.query == "咖啡" }?.clickThrough == 2.0 / 3.0)
            // The search events list what was shown, with positions.
            #expect(searches.first?.context["results"] == "note:\(notes[0].id)@1")
        }
    }
}
