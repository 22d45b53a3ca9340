import Foundation
import HongshuCore

/// Ranking metrics for the offline evaluation of a feed.
public enum FeedMetrics {
    /// Normalised discounted cumulative gain of the first `k` of `ranked`, with `gains` the truth (a note the
    /// reader engaged with more gains more); 0 when nothing is relevant.
    public static func ndcg(_ ranked: [NoteID], gains: [NoteID: Double], k: Int) -> Double {
        func dcg(_ values: [Double]) -> Double {
            values.prefix(k).enumerated().reduce(0) { $0 + $1.element / log2(Double($1.offset) + 2) }
        }
        let ideal = dcg(gains.values.sorted(by: >))
        guard ideal > 0 else { return 0 }
        return dcg(ranked.map { gains[$0] ?? 0 }) / ideal
    }

    /// The share of the relevant notes among the first `k`.
    public static func recall(_ ranked: [NoteID], relevant: Set<NoteID>, k: Int) -> Double {
        guard !relevant.isEmpty else { return 0 }
        return Double(Set(ranked.prefix(k)).intersection(relevant).count) / Double(relevant.count)
    }

    /// Intra-list diversity: the mean dissimilarity of every pair of notes (1 − Jaccard similarity of their tags
    /// and author together).
    public static func diversity(_ notes: [NoteFacts]) -> Double {
        guard notes.count > 1 else { return 0 }
        let features = notes.map { Set($0.tags.map { "t\($0.rawValue)" } + ["a\($0.author.rawValue)"]) }
        var total = 0.0
        var pairs = 0
        for i in 0..<features.count {
            for j in (i + 1)..<features.count {
                let union = features[i].union(features[j]).count
                let common = features[i].intersection(features[j]).count
                total += 1 - Double(common) / Double(max(union, 1))
                pairs += 1
            }
        }
        return total / Double(pairs)
    }
}

/// One row of the evaluation: a ranker's figures averaged over the readers evaluated.
public struct FeedFigures: Hashable, Sendable, Codable {
    public var ndcg10 = 0.0
    public var recall50 = 0.0
    /// Distinct notes in all readers' first 10, over the catalogue.
    public var coverage = 0.0
    /// Mean intra-list diversity of the first page (20).
    public var diversity = 0.0

    public init() {}
}

/// Accumulates one ranker's figures over readers.
public struct FeedScorecard: Sendable {
    var ndcg = 0.0
    var recall = 0.0
    var diversity = 0.0
    public private(set) var readers = 0
    var shown = Set<NoteID>()

    public init() {}

    public mutating func add(_ ranked: [NoteFacts], gains: [NoteID: Double]) {
        let ids = ranked.map(\.id)
        ndcg += FeedMetrics.ndcg(ids, gains: gains, k: 10)
        recall += FeedMetrics.recall(ids, relevant: Set(gains.keys), k: 50)
        diversity += FeedMetrics.diversity(Array(ranked.prefix(20)))
        shown.formUnion(ids.prefix(10))
        readers += 1
    }

    public func figures(catalogue: Int) -> FeedFigures {
        var figures = FeedFigures()
        guard readers > 0 else { return figures }
        figures.ndcg10 = ndcg / Double(readers)
        figures.recall50 = recall / Double(readers)
        figures.diversity = diversity / Double(readers)
        figures.coverage = Double(shown.count) / Double(max(catalogue, 1))
        return figures
    }
}
