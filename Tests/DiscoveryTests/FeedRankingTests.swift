import Discovery
import Foundation
import HongshuCore
import Insights
import Testing

@Suite struct FeedRankingTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let taxonomy = TaxonomyMap([
        Tag(id: TagID(1), parent: nil, name: "美食", englishName: "Food"),
        Tag(id: TagID(2), parent: TagID(1), name: "咖啡", englishName: "Coffee", aliases: ["coffee"]),
        Tag(id: TagID(3), parent: TagID(1), name: "烘焙", englishName: "Baking"),
        Tag(id: TagID(4), parent: nil, name: "旅行", englishName: "Travel"),
        Tag(id: TagID(5), parent: TagID(4), name: "露营", englishName: "Camping"),
    ])

    func note(
        _ id: Int64, author: Int64 = 100, tags: [Int64] = [2], hoursAgo: Double = 1, reads: Int = 20, likes: Int = 4
    )
        -> NoteFacts
    {
        NoteFacts(
            id: NoteID(id), author: UserID(author), tags: tags.map(TagID.init(rawValue:)),
            publishedAt: now.addingTimeInterval(-hoursAgo * 3_600), likes: likes, reads: reads)
    }

    /// Adding decayed weights gives the same result in any order, and equals decaying each to the later time.
    @Test func decayedWeightsAddInAnyOrder() {
        let halfLife: TimeInterval = 100
        let weights = [(3.0, 0.0), (1.0, 250.0), (-2.0, 40.0), (5.0, 100.0)].map {
            DecayedWeight(value: $0.0, at: now.addingTimeInterval($0.1))
        }
        let forward = weights.dropFirst().reduce(weights[0]) { $0.adding($1, halfLife: halfLife) }
        let backward = weights.reversed().dropFirst().reduce(weights.last!) { $0.adding($1, halfLife: halfLife) }
        let direct = weights.reduce(0.0) { $0 + $1.value * pow(0.5, (250 - $1.at.timeIntervalSince(now)) / halfLife) }
        #expect(abs(forward.value - direct) < 1e-12 && abs(backward.value - direct) < 1e-12)
        #expect(forward.at == now.addingTimeInterval(250) && backward.at == forward.at)
        #expect(abs(forward.value(at: now.addingTimeInterval(350), halfLife: halfLife) - direct / 2) < 1e-12)
    }

    /// Events become interests: a like spreads to the note's tag (its ancestors get a share), topics and author;
    /// a read gives the author nothing; a search for a tag's name counts for the tag; a purchase for its products'
    /// tags; a follow for the author; a "not interested" for the amount it carried.
    @Test func eventsBecomeInterests() {
        let user = UserID(7)
        let facts = InterestFacts(
            notes: [
                NoteID(1): NoteFacts(
                    id: NoteID(1), author: UserID(100), tags: [TagID(2)], topics: ["OOTD"], publishedAt: now)
            ],
            products: [ProductID(9): [TagID(5)]], orders: [OrderID(3): [ProductID(9)]])
        func event(_ kind: Event.Kind, _ subject: Event.Subject, _ context: [String: String] = [:]) -> Event {
            Event(id: 1, at: now, user: user, kind: kind, subject: subject, context: context)
        }
        let signals = InterestSignals()
        func weights(_ events: [Event]) -> [InterestKey: Double] {
            signals.increments(events, facts: facts, taxonomy: taxonomy).reduce(into: [:]) {
                $0[$1.key, default: 0] += $1.weight.value
            }
        }
        #expect(
            weights([event(.like, .note(NoteID(1)))]) == [
                .tag(TagID(2)): 3, .tag(TagID(1)): 3 * 0.3, .topic("ootd"): 1.5, .author(UserID(100)): 3 * 0.7,
            ])
        #expect(weights([event(.read, .note(NoteID(1)))])[.author(UserID(100))] == nil)
        #expect(
            weights([event(.search, Event.Subject(type: "search", id: 1), ["normalized": "Coffee"])]) == [
                .tag(TagID(2)): 2, .tag(TagID(1)): 0.6,
            ])
        #expect(weights([event(.purchase, .order(OrderID(3)))]) == [.tag(TagID(5)): 6, .tag(TagID(4)): 6 * 0.3])
        #expect(weights([event(.follow, .user(UserID(100)))]) == [.author(UserID(100)): 6])
        #expect(
            weights([event(.notInterested, .note(NoteID(1)), ["reason": "author", "weight": "-12.5"])]) == [
                .author(UserID(100)): -12.5
            ])
        // Someone signed out has no profile; an unknown note gives nothing.
        #expect(
            signals.increments(
                [Event(id: 1, at: now, user: nil, kind: .like, subject: .note(NoteID(1)))], facts: facts,
                taxonomy: taxonomy
            ).isEmpty)
        #expect(weights([event(.like, .note(NoteID(2)))]).isEmpty)
    }

    /// The score is interest × quality × freshness: a note under a strong interest beats one outside it, a fresh
    /// note beats an old one, a followed author counts, and "not interested" sinks a tag below everything.
    @Test func scoreFollowsInterestQualityAndFreshness() {
        let ranking = FeedRanking()
        let profile = InterestProfile(
            user: UserID(7), weights: [.tag(TagID(2)): 10, .tag(TagID(1)): 3, .tag(TagID(5)): -20])
        func score(_ note: NoteFacts, followed: Bool = false) -> Double {
            ranking.score(note, profile: profile, taxonomy: taxonomy, followed: followed, prior: 0.2, now: now).total
        }
        let coffee = score(note(1, tags: [2]))
        let baking = score(note(2, tags: [3]))  // only its parent (美食) is of interest
        let camping = score(note(3, tags: [5]))
        let other = score(note(4, tags: [4]))
        #expect(coffee > baking && baking > other && other > camping)
        #expect(score(note(5, tags: [2], hoursAgo: 100)) < coffee)
        #expect(score(note(6, tags: [2], reads: 20, likes: 15)) > coffee)
        #expect(score(note(7, tags: [4]), followed: true) > other)
        let explained = ranking.score(
            note(1, tags: [2]), profile: profile, taxonomy: taxonomy, followed: true, prior: 0.2, now: now)
        #expect(explained.reasons.map(\.kind) == [.tag, .follow])
        #expect(abs(explained.parts.map(\.value).reduce(1, *) - explained.total) < 1e-12)
    }

    /// Pages keep within 2 notes per author and 3 per tag while others remain; every 10th place goes to a fresh
    /// note; nothing appears twice.
    @Test func pagesAreDiversified() {
        var ranking = FeedRanking()
        ranking.exploreEvery = 10
        // 60 notes by 20 authors over 8 tags, ranked best first by id; the best 12 by 2 authors under 1 tag.
        var ranked: [NoteFacts] = []
        for index in 0..<60 {
            let id = Int64(index)
            ranked.append(
                index < 12
                    ? note(id, author: 100 + id % 2, tags: [1]) : note(id, author: 100 + id % 20, tags: [1 + id % 8]))
        }
        var explorers: [NoteFacts] = []
        for id in Int64(1000)..<1005 { explorers.append(note(id, author: id, tags: [9], hoursAgo: 1, reads: 0)) }
        let feed = ranking.paginate(ranked, explorers: explorers, limit: 60)
        #expect(feed.count == 60 && Set(feed.map(\.id)).count == 60)
        for page in stride(from: 0, to: 40, by: 20).map({ Array(feed[$0..<$0 + 20]) }) {
            var authors: [UserID: Int] = [:]
            var tags: [TagID: Int] = [:]
            for note in page {
                authors[note.author, default: 0] += 1
                for tag in note.tags { tags[tag, default: 0] += 1 }
            }
            #expect(authors.values.allSatisfy { $0 <= 2 }, "\(authors)")
            #expect(tags.values.allSatisfy { $0 <= 3 }, "\(tags)")
            #expect(page[9].id.rawValue >= 1000 && page[19].id.rawValue >= 1000)
        }
        // Without enough variety the limits give way rather than leave pages short.
        let narrow = (Int64(0)..<30).map { note($0, author: 100, tags: [2]) }
        #expect(ranking.paginate(narrow, explorers: [], limit: 30).map(\.id) == narrow.map(\.id))
    }
}

extension FeedRankingTests {
    /// Explorers that were also ranked are placed once, and the layout ends when everything is placed.
    @Test func explorersAmongTheRankedArePlacedOnce() {
        let ranked = (Int64(0)..<5).map { note($0, author: 100 + $0, tags: [$0]) }
        let feed = FeedRanking().paginate(ranked, explorers: Array(ranked.suffix(2)), limit: 50)
        #expect(feed.count == 5 && Set(feed.map(\.id)).count == 5)
    }
}

extension FeedRankingTests {
    /// The evaluation's metrics on hand-worked cases; the in-memory source answers like the store.
    @Test func metricsAndTheMemorySource() async throws {
        let ids = (Int64(1)...5).map(NoteID.init(rawValue:))
        // Gains 2 for note 3, 1 for note 5; ranked 3 first: ideal. Ranked 5, then 3: (1 + 2/log2(3)) / (2 + 1/log2(3)).
        let gains: [NoteID: Double] = [ids[2]: 2, ids[4]: 1]
        #expect(abs(FeedMetrics.ndcg([ids[2], ids[4], ids[0]], gains: gains, k: 10) - 1) < 1e-12)
        let swapped = (1 + 2 / log2(3.0)) / (2 + 1 / log2(3.0))
        #expect(abs(FeedMetrics.ndcg([ids[4], ids[2]], gains: gains, k: 10) - swapped) < 1e-12)
        #expect(FeedMetrics.ndcg([ids[0]], gains: gains, k: 10) == 0)
        #expect(FeedMetrics.recall([ids[0], ids[2]], relevant: [ids[2], ids[4]], k: 50) == 0.5)
        // Two notes sharing their tag and author are not diverse at all; sharing nothing, fully.
        #expect(FeedMetrics.diversity([note(1, author: 7, tags: [2]), note(2, author: 7, tags: [2])]) == 0)
        #expect(FeedMetrics.diversity([note(1, author: 7, tags: [2]), note(2, author: 8, tags: [3])]) == 1)

        let notes = [
            note(1, author: 7, tags: [2], hoursAgo: 1), note(2, author: 8, tags: [3], hoursAgo: 2),
            note(3, author: 7, tags: [5], hoursAgo: 30),
        ]
        let source = MemoryFeedSource(notes: notes, taxonomy: taxonomy, trending: [NoteID(2): 4, NoteID(3): 9])
        let day = now.addingTimeInterval(-86_400)...now
        #expect(try await source.latest(tagged: TagID(1), in: day, limit: 10) == [NoteID(1), NoteID(2)])  // 美食's
        #expect(try await source.latest(by: [UserID(7)], in: day, limit: 10) == [NoteID(1)])
        #expect(
            try await source.latest(in: now.addingTimeInterval(-5 * 86_400)...now, limit: 2) == [NoteID(1), NoteID(2)])
        #expect(try await source.trending(since: day.lowerBound, limit: 1).map(\.note) == [NoteID(3)])
        let facts = try await source.noteFacts([NoteID(3)])
        #expect(facts.first?.authorRecord.notes == 2 && facts.first?.authorRecord.likes == 8)
    }
}

extension FeedRankingTests {
    /// Folding's fast path (ASCII letters and digits, CJK ideographs) gives what full Unicode folding gives.
    @Test(arguments: ["OOTD", "ootd2026", "周末去哪儿", "口红ABC", "Lancôme", "ＬＡＮＣＯＭＥ", "a  b", "東京", "½", ""])
    func foldingTakesAShortcutOnlyWhereItIsTheSame(_ text: String) {
        let full = text.precomposedStringWithCompatibilityMapping.folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
        ).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.folded == full)
    }
}
