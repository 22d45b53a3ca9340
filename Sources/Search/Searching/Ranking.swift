import Foundation
import HongshuCore

/// How search results are scored: text relevance blended with engagement quality, freshness and (for a signed-in
/// searcher) their interests. Every signal is brought into 0...1 first, so the weights say what matters how much.
public struct Ranking: Hashable, Sendable {
    public var textWeight = 0.3
    /// Engagement quality weighs most: every note ranked matches every word of the query already, and among
    /// them the good ones should come first (measured on the generated world: BENCHMARKS.md, "Relevance").
    public var qualityWeight = 0.5
    /// The author's track record (their notes, log-scaled against the most prolific author among the matches).
    public var authorWeight = 0.1
    public var freshnessWeight = 0.06
    /// A note filed under a tag whose name or alias is the whole query (`露营` finds notes tagged 露营 first).
    public var tagWeight = 0.03
    public var interestWeight = 0.08
    /// How a note's engagement is judged (smoothed towards its author's and the platform's rates).
    public var engagement = EngagementQuality()
    /// After this long a note's freshness halves.
    public var freshnessHalfLife: TimeInterval = 30 * 86_400

    public init() {}

    public func freshness(of time: Date, now: Date) -> (value: Double, days: Double) {
        let age = max(0, now.timeIntervalSince(time))
        return (pow(0.5, age / freshnessHalfLife), age / 86_400)
    }

    /// Scores notes matched by one query; `interests` are the searcher's tag weights (empty when signed out).
    func score(
        _ matches: [NoteMatch], interests: [TagID: Double], named: Set<TagID> = [], platform: AuthorRecord,
        now: Date
    ) -> [(
        match: NoteMatch, score: Double, explanation: ScoreExplanation
    )] {
        let best = matches.map(\.relevance).max() ?? 0
        let prior = engagement.priorRate(platform: platform)
        let strongest = interests.values.max() ?? 0
        let personal = strongest > 0
        let strongestAuthor = log1p(Double(matches.map(\.authorRecord.notes).max() ?? 0))
        // The weights in use are scaled to sum to 1 (the interest part counts only for a signed-in searcher).
        let tagged = !named.isEmpty && tagWeight > 0
        let scale =
            1
            / (textWeight + qualityWeight + freshnessWeight + authorWeight + (personal ? interestWeight : 0)
                + (tagged ? tagWeight : 0))
        return matches.map { match in
            let text = best > 0 ? match.relevance / best : 0
            let quality = engagement.quality(
                likes: match.likes, collects: match.collects, comments: match.comments, reads: match.reads,
                author: match.authorRecord, prior: prior)
            let freshness = freshness(of: match.publishedAt, now: now)
            var parts: [ScoreExplanation.Part] = [
                .init(name: "text", value: text, weight: textWeight * scale, raw: match.relevance),
                .init(name: "quality", value: quality.value, weight: qualityWeight * scale, raw: quality.rate),
                .init(name: "freshness", value: freshness.value, weight: freshnessWeight * scale, raw: freshness.days),
            ]
            if tagged {
                let filed = match.tags.contains(where: named.contains)
                parts.append(.init(name: "tag", value: filed ? 1 : 0, weight: tagWeight * scale, raw: filed ? 1 : 0))
            }
            if authorWeight > 0 {
                let record = Double(match.authorRecord.notes)
                parts.append(
                    .init(
                        name: "author", value: strongestAuthor > 0 ? log1p(record) / strongestAuthor : 0,
                        weight: authorWeight * scale, raw: record))
            }
            if personal {
                let affinity = match.tags.reduce(0) { $0 + (interests[$1] ?? 0) }
                parts.append(
                    .init(
                        name: "interest", value: min(1, affinity / strongest), weight: interestWeight * scale,
                        raw: affinity))
            }
            let explanation = ScoreExplanation(parts: parts)
            return (match, explanation.total, explanation)
        }
    }

    /// Scores products, people or topics: text relevance blended with popularity (log-scaled against the most
    /// popular match).
    func score<ID>(_ matches: [OtherMatch<ID>]) -> [(
        match: OtherMatch<ID>, score: Double, explanation: ScoreExplanation
    )] {
        let best = matches.map(\.relevance).max() ?? 0
        let mostPopular = log1p(Double(matches.map(\.popularity).max() ?? 0))
        return matches.map { match in
            let text = best > 0 ? match.relevance / best : 0
            let popularity = mostPopular > 0 ? log1p(Double(max(match.popularity, 0))) / mostPopular : 0
            let explanation = ScoreExplanation(parts: [
                .init(name: "text", value: text, weight: 0.7, raw: match.relevance),
                .init(name: "popularity", value: popularity, weight: 0.3, raw: Double(match.popularity)),
            ])
            return (match, explanation.total, explanation)
        }
    }
}
