import Foundation
import HongshuCore

/// How the discovery feed orders notes: predicted engagement = interest match × note quality × freshness, then
/// pages diversified (at most 2 notes per author and 3 per tag in a page of 20) with a small share of slots kept
/// for fresh notes few have read yet (so every new note gets a fair first audience).
public struct FeedRanking: Hashable, Sendable {
    /// How a note's engagement is judged (the same smoothing search uses).
    public var engagement = EngagementQuality()
    /// After this long a note's freshness halves…
    public var freshnessHalfLife: TimeInterval = 2 * 86_400
    /// …down to this floor (a good old note can still be shown).
    public var freshnessFloor = 0.05
    /// What any note is worth before interests count: the room for notes outside someone's known interests.
    public var baseInterest = 0.15
    /// A tag's ancestors count for this share of their weight.
    public var parentShare = 0.5
    public var topicShare = 0.4
    public var authorShare = 0.5
    /// Added to the interest of a note by someone the reader follows.
    public var followBoost = 0.3
    /// Quality counts to this power (above 1: quality matters more than interest).
    public var qualityExponent = 1.0
    /// Notes per page, and what a page may repeat.
    public var pageSize = 20
    public var perAuthor = 2
    public var perTag = 3
    /// Every `exploreEvery`-th place of a page goes to a fresh note (0: none).
    public var exploreEvery = 10
    /// A note is fresh for exploration while younger than this and read fewer than `exploreReads` times.
    public var exploreAge: TimeInterval = 2 * 86_400
    public var exploreReads = 30

    public init() {}

    /// Scores one note for one reader.
    /// - Parameter explain: also list what in the profile the note matched (the feed itself needs only the total).
    public func score(
        _ note: NoteFacts, profile: InterestProfile, taxonomy: TaxonomyMap, followed: Bool, prior: Double, now: Date,
        explain: Bool = true
    ) -> FeedScore {
        var reasons: [FeedReason] = []
        let strongestTag = profile.strongest("tag")
        func normal(_ weight: Double, _ strongest: Double) -> Double {
            guard weight != 0 else { return 0 }
            return weight / max(strongest, 1)
        }
        var tagPart = note.tags.isEmpty ? 0 : -Double.infinity
        for tag in note.tags {
            let own = normal(profile[.tag(tag)], strongestTag)
            let ancestors = taxonomy.ancestors(of: tag)
            var inherited = 0.0
            for ancestor in ancestors { inherited = max(inherited, normal(profile[.tag(ancestor)], strongestTag)) }
            tagPart = max(tagPart, own + parentShare * inherited)
            guard explain else { continue }
            if own != 0 { reasons.append(FeedReason(kind: .tag, tag: tag, weight: own)) }
            if own <= 0, let ancestor = ancestors.first(where: { profile[.tag($0)] > 0 }) {
                let weight = normal(profile[.tag(ancestor)], strongestTag)
                reasons.append(FeedReason(kind: .tag, tag: ancestor, weight: weight))
            }
        }
        var topicPart = 0.0
        if profile.hasTopics {
            let strongestTopic = profile.strongest("topic")
            for topic in note.topics {
                let weight = normal(profile[.topic(topic.folded)], strongestTopic)
                topicPart += weight
                if explain, weight != 0 { reasons.append(FeedReason(kind: .topic, topic: topic, weight: weight)) }
            }
        }
        topicPart = min(topicPart, 1)
        let authorPart = normal(profile[.author(note.author)], profile.strongest("author"))
        if explain && authorPart != 0 {
            reasons.append(FeedReason(kind: .author, author: note.author, weight: authorPart))
        }
        if explain && followed { reasons.append(FeedReason(kind: .follow, author: note.author, weight: followBoost)) }
        let interest = max(
            0.001,
            baseInterest + tagPart + topicShare * topicPart + authorShare * authorPart + (followed ? followBoost : 0))
        let quality = engagement.quality(
            likes: note.likes, collects: note.collects, comments: note.comments, reads: note.reads,
            author: note.authorRecord, prior: prior)
        let age = max(0, now.timeIntervalSince(note.publishedAt))
        let freshness = freshnessFloor + (1 - freshnessFloor) * pow(0.5, age / freshnessHalfLife)
        let total = interest * pow(quality.value, qualityExponent) * freshness
        return FeedScore(
            total: total,
            parts: [
                .init(name: "interest", value: interest, raw: tagPart.isFinite ? tagPart : 0),
                .init(name: "quality", value: quality.value, raw: quality.rate),
                .init(name: "freshness", value: freshness, raw: age / 3_600),
            ],
            reasons: reasons.sorted { abs($0.weight) > abs($1.weight) })
    }

    /// Whether a note may take an exploration place.
    public func isFresh(_ note: NoteFacts, now: Date) -> Bool {
        now.timeIntervalSince(note.publishedAt) < exploreAge && note.reads < exploreReads
    }

    /// Lays ranked notes out in pages: each page takes the best notes that keep within the limits per author and
    /// per tag (relaxed only when nothing else is left), with every `exploreEvery`-th place given to the next
    /// explorer that fits.
    public func paginate(_ ranked: [NoteFacts], explorers: [NoteFacts], limit: Int) -> [NoteFacts] {
        var remaining = ranked
        var explore = explorers[...]
        var placed = Set<NoteID>()
        var result: [NoteFacts] = []
        while result.count < limit && (!remaining.isEmpty || !explore.isEmpty) {
            var authors: [UserID: Int] = [:]
            var tags: [TagID: Int] = [:]
            var page: [NoteFacts] = []
            func fits(_ note: NoteFacts) -> Bool {
                authors[note.author, default: 0] < perAuthor && note.tags.allSatisfy { tags[$0, default: 0] < perTag }
            }
            func take(_ note: NoteFacts) {
                page.append(note)
                placed.insert(note.id)
                authors[note.author, default: 0] += 1
                for tag in Set(note.tags) { tags[tag, default: 0] += 1 }
            }
            var relaxed = false
            while page.count < pageSize {
                if exploreEvery > 0, (page.count + 1) % exploreEvery == 0,
                    let index = explore.firstIndex(where: { !placed.contains($0.id) && fits($0) })
                {
                    take(explore[index])
                    explore.remove(at: index)
                    continue
                }
                remaining.removeAll { placed.contains($0.id) }
                if let index = remaining.firstIndex(where: { relaxed || fits($0) }) {
                    take(remaining.remove(at: index))
                } else if !remaining.isEmpty {
                    relaxed = true  // nothing else fits: the limits give way rather than leave the page short
                } else if let index = explore.firstIndex(where: { !placed.contains($0.id) }) {
                    take(explore[index])
                    explore.remove(at: index)
                } else {
                    break
                }
            }
            if page.isEmpty { break }  // what is left was placed already
            result += page
        }
        return Array(result.prefix(limit))
    }
}

/// A note's feed score and its parts.
public struct FeedScore: Hashable, Sendable {
    public struct Part: Hashable, Sendable {
        public let name: String
        /// The factor it contributes (the total is their product).
        public let value: Double
        /// The signal behind it: the tag match, the engagement rate, the age in hours.
        public let raw: Double
    }

    public let total: Double
    public let parts: [Part]
    /// What in the reader's profile the note matched, strongest first.
    public let reasons: [FeedReason]
}

/// One thing a note matched in the reader's profile.
public struct FeedReason: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case tag, topic, author, follow, trending, fresh }
    public let kind: Kind
    public var tag: TagID?
    public var topic: String?
    public var author: UserID?
    /// The normalised weight (1 is the reader's strongest interest of its kind; negative: not interested).
    public let weight: Double

    public init(kind: Kind, tag: TagID? = nil, topic: String? = nil, author: UserID? = nil, weight: Double) {
        self.kind = kind
        self.tag = tag
        self.topic = topic
        self.author = author
        self.weight = weight
    }
}
