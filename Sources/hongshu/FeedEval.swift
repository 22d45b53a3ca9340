import ArgumentParser
import Community
import Discovery
import Foundation
import HongshuCore
import HongshuStore
import Insights

/// `hongshu eval feed`: the discovery feed judged offline on a generated world. The last simulated day (the 24 hours
/// before the newest note) is held out:
/// for each reader who engaged with notes that day, the feed is ranked as it would have been at the start of the
/// day (from the notes, counters, follows and interests of the days before) and compared with what they truly
/// read, liked, collected and commented on → NDCG@10, recall@50, catalogue coverage and intra-page diversity, with
/// two baselines (newest first; most engaged in the last 7 days). The ranking never reads the generator's ground
/// truth: only the world's stored notes and events.
struct FeedEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed", abstract: "NDCG@10 of the discovery feed on the held-out last day of a generated world.")

    @Option(help: "A database URL (the world `hongshu seed` made).") var db: String
    @Option(help: "How many readers to evaluate (a deterministic sample of those active on the last day).")
    var users = 3_000
    @Option(help: "The sample's seed.") var seed: UInt64 = 7
    @Option(help: "Ranking: the freshness half-life in hours.") var freshnessHours: Double?
    @Option(help: "Ranking: the base interest of any note.") var baseInterest: Double?
    @Option(help: "Ranking: quality counts to this power.") var qualityExponent: Double?
    @Option(help: "Ranking: how many interest tags to look under.") var tags: Int?
    @Option(help: "Ranking: how many notes under each.") var perTag: Int?
    @Flag(help: "Print the figures as one JSON object.") var json = false

    /// What a reader did with a note on the held-out day, as a gain (engaging beats reading).
    static let gains: [Event.Kind: Double] = [.read: 1, .like: 2, .collect: 2, .comment: 2, .share: 2]

    func run() async throws {
        let started = Date()
        let backend = try StoreBackend.open(try DatabaseURL(parsing: db), logger: Logs.make("hongshu.eval"))
        let result = try await backend.withRunning { backend in
            try await backend.migrate()
            return try await evaluate(backend.stores)
        }
        if json {
            let object: [String: [String: Double]] = [
                "ndcg10": result.figures.mapValues(\.ndcg10), "recall50": result.figures.mapValues(\.recall50),
                "coverage": result.figures.mapValues(\.coverage), "diversity": result.figures.mapValues(\.diversity),
            ]
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(object), as: UTF8.self))
            return
        }
        print(
            "Held-out day from \(result.cutoff), \(result.readers) readers, catalogue \(result.catalogue) notes, "
                + String(
                    format: "%.1f relevant notes a reader", Double(result.relevant) / Double(max(result.readers, 1))))
        print("ranker    NDCG@10  recall@50  coverage  diversity")
        for name in ["model", "newest", "popular"] {
            let row = result.figures[name]!
            print(
                name.padding(toLength: 9, withPad: " ", startingAt: 0)
                    + String(
                        format: " %7.4f    %7.4f   %7.4f    %7.4f", row.ndcg10, row.recall50, row.coverage,
                        row.diversity))
        }
        let better = max(result.figures["newest"]!.ndcg10, result.figures["popular"]!.ndcg10)
        print(
            String(
                format: "model / better baseline: %.2f× (target ≥ 1.30×) · %.0f s",
                result.figures["model"]!.ndcg10 / max(better, 1e-12),
                Date().timeIntervalSince(started)))
    }

    struct Result {
        var figures: [String: FeedFigures]
        var cutoff: Date
        var readers: Int
        var catalogue: Int
        /// Notes engaged with on the held-out day, summed over the readers evaluated.
        var relevant: Int
    }

    func evaluate(_ stores: Stores) async throws -> Result {
        let taxonomy = TaxonomyMap(try await stores.tags.all())
        let signals = InterestSignals()
        var builder = FeedBuilder()
        if let freshnessHours { builder.ranking.freshnessHalfLife = freshnessHours * 3_600 }
        if let baseInterest { builder.ranking.baseInterest = baseInterest }
        if let qualityExponent { builder.ranking.qualityExponent = qualityExponent }
        if let tags { builder.depth.tags = tags }
        if let perTag { builder.depth.perTag = perTag }

        // Every note, as stored (their counters are replaced by those at the cutoff below).
        var notes: [NoteID: NoteFacts] = [:]
        var after: NoteID?
        while true {
            let batch = try await stores.discovery.noteFacts(after: after, limit: 20_000)
            guard let last = batch.last else { break }
            for note in batch { notes[note.id] = note }
            after = last.id
        }
        // The world's end is its newest note (events recorded later, such as a benchmark's, are not its days).
        guard let end = notes.values.map(\.publishedAt).max() else { throw ValidationError("The world has no notes.") }
        let cutoff = end.addingTimeInterval(-86_400)

        // The held-out day: who engaged with which notes that existed before it.
        var truth: [UserID: [NoteID: Double]] = [:]
        try await scan(stores.events, from: cutoff) { batch in
            for event in batch {
                guard let user = event.user, event.subject.type == "note", let gain = Self.gains[event.kind],
                    event.at >= cutoff, event.at <= end
                else { continue }
                let note = NoteID(event.subject.id)
                guard let published = notes[note]?.publishedAt, published < cutoff else { continue }
                truth[user, default: [:]][note] = max(truth[user]?[note] ?? 0, gain)
            }
            return true
        }
        let readers = Set(
            truth.keys.sorted { mix($0.rawValue) < mix($1.rawValue) }.prefix(users))

        // The days before: counters, trends, popularity, and the sampled readers' own events.
        struct Counters { var reads = 0, likes = 0, collects = 0, comments = 0 }
        var counters: [NoteID: Counters] = [:]
        var trending: [NoteID: Int] = [:]
        var popular: [NoteID: Int] = [:]
        var theirs: [Event] = []
        var seen: [UserID: Set<NoteID>] = [:]
        var followed: [UserID: [UserID]] = [:]
        let trendingSince = cutoff.addingTimeInterval(-builder.depth.trendingWindow)
        let week = cutoff.addingTimeInterval(-7 * 86_400)
        try await scan(stores.events, from: nil) { batch in
            for event in batch {
                guard event.at < cutoff else { continue }
                if event.subject.type == "note" {
                    let note = NoteID(event.subject.id)
                    switch event.kind {
                    case .read: counters[note, default: Counters()].reads += 1
                    case .like: counters[note, default: Counters()].likes += 1
                    case .collect: counters[note, default: Counters()].collects += 1
                    case .comment: counters[note, default: Counters()].comments += 1
                    default: break
                    }
                    if [.like, .collect, .comment, .share].contains(event.kind) {
                        if event.at >= trendingSince { trending[note, default: 0] += 1 }
                        if event.at >= week { popular[note, default: 0] += 1 }
                    }
                }
                guard let user = event.user, readers.contains(user) else { continue }
                theirs.append(event)
                if event.subject.type == "note", event.at >= week, Self.gains[event.kind] != nil {
                    seen[user, default: []].insert(NoteID(event.subject.id))
                }
                if event.kind == .follow, event.subject.type == "user" {
                    followed[user, default: []].append(UserID(event.subject.id))
                }
            }
            return true
        }
        for reader in readers {  // the follow graph the world began with, as of the cutoff
            var page = PageRequest.first(100)
            while true {
                let result = try await stores.follows.following(of: reader, page: page)
                followed[reader, default: []] += result.items.filter { $0.since < cutoff }.map(\.followee)
                guard let next = result.next else { break }
                page = PageRequest(limit: 100, after: next)
            }
        }

        // The world at the cutoff, in memory, and the sampled readers' profiles from their events before it.
        let before = notes.values.filter { $0.publishedAt < cutoff }.map { note -> NoteFacts in
            var note = note
            let counted = counters[note.id] ?? Counters()
            note.reads = counted.reads
            note.likes = counted.likes
            note.collects = counted.collects
            note.comments = counted.comments
            return note
        }
        var source = MemoryFeedSource(notes: before, taxonomy: taxonomy, trending: trending)
        source.followees = followed.mapValues { Array(Set($0)) }
        source.seen = seen
        var facts = InterestFacts(notes: notes)
        let subjects = InterestSignals.subjects(of: theirs)
        facts.orders = try await stores.discovery.orderProducts(subjects.orders)
        facts.products = try await stores.discovery.productTags(
            Array(Set(subjects.products + facts.orders.values.flatMap { $0 })))
        var profiles: [UserID: [InterestKey: DecayedWeight]] = [:]
        for increment in signals.increments(theirs, facts: facts, taxonomy: taxonomy) {
            profiles[increment.user, default: [:]].add(increment.weight, to: increment.key, halfLife: signals.halfLife)
        }

        let newest = source.newest(limit: 5_000)
        let mostEngaged = popular.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }
            .prefix(5_000).compactMap { source.fact($0.key) }
        var cards = ["model": FeedScorecard(), "newest": FeedScorecard(), "popular": FeedScorecard()]
        var relevant = 0
        for reader in readers.sorted() {
            let shown = seen[reader] ?? []
            let gains = (truth[reader] ?? [:]).filter { !shown.contains($0.key) }
            guard !gains.isEmpty else { continue }
            relevant += gains.count
            let weights = (profiles[reader] ?? [:]).map { InterestWeight(key: $0.key, weight: $0.value) }
            let profile = InterestProfile(user: reader, stored: weights, now: cutoff, halfLife: signals.halfLife)
            let ranked = try await builder.build(
                for: reader, profile: profile, taxonomy: taxonomy, source: source, now: cutoff, limit: 50)
            cards["model"]!.add(ranked, gains: gains)
            let fresh = newest.lazy.filter { !shown.contains($0.id) && $0.author != reader }.prefix(50)
            cards["newest"]!.add(Array(fresh), gains: gains)
            let hot = mostEngaged.lazy.filter { !shown.contains($0.id) && $0.author != reader }.prefix(50)
            cards["popular"]!.add(Array(hot), gains: gains)
        }
        return Result(
            figures: cards.mapValues { $0.figures(catalogue: source.catalogue) }, cutoff: cutoff,
            readers: cards["model"]!.readers, catalogue: source.catalogue, relevant: relevant)
    }

    /// Scans the event log from `start` (the beginning when `nil`) in batches until `body` returns false.
    func scan(_ log: any EventStore, from start: Date?, _ body: ([Event]) async throws -> Bool) async throws {
        var after: (at: Date, id: Int64)? = start.map { ($0, Snowflake.firstID(at: $0) - 1) }
        while true {
            let batch = try await log.events(after: after, limit: 50_000)
            guard let last = batch.last, try await body(batch) else { return }
            after = (last.at, last.id)
        }
    }

    /// A deterministic shuffle key.
    func mix(_ value: Int64) -> UInt64 {
        var x = UInt64(bitPattern: value) ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }
}
