import ArgumentParser
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Search
import World

/// `hongshu eval`: offline evaluations against a generated world's ground truth.
struct Eval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate ranking against a generated world's ground truth.",
        subcommands: [SearchEval.self, FeedEval.self])
}

/// `hongshu eval search`: NDCG@10 of search on labelled queries made from the ground truth (`seed --export-truth`):
/// tag names (relevant: notes the generator wrote about that tag) and the words of a category's notes (relevant:
/// notes of that category), graded by the note's latent quality. The ranking never reads the ground truth.
struct SearchEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "NDCG@10 of search on queries labelled from the ground truth.")

    @Option(help: "A database URL (the world `hongshu seed` made).") var db: String
    @Option(help: "The ground truth `seed --export-truth` wrote.") var truth: String
    @Option(help: "Queries of each kind.") var queries = 100
    @Option(help: "The random seed for picking queries.") var seed: UInt64 = 11
    @Option(help: "How many of the newest matches are ranked.") var depth = 500
    @Option(help: "Weight of text relevance (quality, freshness take the rest in their proportions).") var textWeight:
        Double?
    @Option(help: "Weight of the author's track record.") var authorWeight: Double?
    @Option(help: "Weight of being filed under a tag the query names.") var tagWeight: Double?
    @Option(help: "Weight of engagement quality.") var qualityWeight: Double?
    @Option(help: "How many reads the prior rate is worth.") var priorReads: Double?
    @Option(help: "How many reads an author's rate is worth when it smooths one of their notes.") var authorReads:
        Double?
    @Flag(help: "Print the figures as one JSON object.") var json = false

    struct Labels {
        var byTag: [String: [String]] = [:]
        var byCategory: [String: [String]] = [:]
        var quality: [String: Double] = [:]
        var category: [String: String] = [:]
        var tags: [String: Set<String>] = [:]
    }

    func run() async throws {
        let labels = try Self.load(truth)
        let qualities = labels.quality.values.sorted()
        let low = qualities[qualities.count / 3]
        let high = qualities[qualities.count * 2 / 3]
        let graded: [String: Double] = labels.quality.mapValues { $0 > high ? 3 : $0 > low ? 2 : 1 }
        let backend = try StoreBackend.open(try DatabaseURL(parsing: db), logger: Logs.make("hongshu.eval"))
        let figures = try await backend.withRunning { backend in
            try await backend.migrate()
            let stores = backend.stores
            var ranking = Ranking()
            if let textWeight {
                let rest = (1 - textWeight) / (ranking.qualityWeight + ranking.freshnessWeight)
                ranking.textWeight = textWeight
                ranking.qualityWeight *= rest
                ranking.freshnessWeight *= rest
            }
            if let authorWeight { ranking.authorWeight = authorWeight }
            if let tagWeight { ranking.tagWeight = tagWeight }
            if let qualityWeight { ranking.qualityWeight = qualityWeight }
            if let authorReads { ranking.engagement.authorReads = authorReads }
            if let priorReads { ranking.engagement.priorReads = priorReads }
            let features = Wiring.features(stores, writeBehind: true, searchDepth: depth, ranking: ranking)
            var random = SeededRandom(seed: seed)
            // Labelled queries: (text, gain of a note id).
            var labelled: [(kind: String, text: String, gain: @Sendable (String) -> Double)] = []
            let tags = Dictionary(uniqueKeysWithValues: try await stores.tags.all().map { ($0.id.description, $0) })
            let frequentTags = labels.byTag.filter { $0.value.count >= 30 && tags[$0.key] != nil }.keys.sorted()
            for _ in 0..<min(queries, frequentTags.count) {
                let tag = random.pick(frequentTags)
                let noteTags = labels.tags
                labelled.append(("tag", tags[tag]!.name, { noteTags[$0]?.contains(tag) == true ? graded[$0] ?? 0 : 0 }))
            }
            let vocabulary = try Vocabulary.bundled()
            for _ in 0..<queries {
                let category = random.pick(labels.byCategory.keys.sorted())
                guard let words = vocabulary.categories[category] else { continue }
                let members = Set(labels.byCategory[category]!)
                labelled.append(("word", random.pick(words.subjects), { members.contains($0) ? graded[$0] ?? 0 : 0 }))
            }
            var sums: [String: [String: Double]] = [:]
            var counts: [String: Int] = [:]
            for entry in labelled {
                let query = Segmenter.shared.query(entry.text)
                let pool = try await stores.search.notes(
                    matching: query, filters: NoteFilters(), before: nil, depth: 100_000)
                let ideal = Self.dcg(pool.map { entry.gain($0.id.description) }.sorted(by: >))
                guard ideal > 0 else { continue }
                counts[entry.kind, default: 0] += 1
                // The ceiling of ranking only the newest `depth` matches: those sorted by their true gain (reads the
                // ground truth: for comparison only, never a ranking).
                let reachable = pool.prefix(depth).map { entry.gain($0.id.description) }.sorted(by: >)
                sums[entry.kind, default: [:]]["ceiling", default: 0] += Self.dcg(reachable) / ideal
                for sort in SearchSort.allCases {
                    let results = try await features.searches.search(
                        SearchRequest(entry.text, sort: sort, page: .first(10)), by: nil)
                    let gains = results.notes.map { entry.gain($0.note.id.description) }
                    sums[entry.kind, default: [:]][sort.rawValue, default: 0] += Self.dcg(gains) / ideal
                }
            }
            try await features.flushBackgroundWrites()
            return (sums, counts)
        }
        let (sums, counts) = figures
        var result: [String: [String: Double]] = [:]
        for (kind, bySort) in sums {
            result[kind] = bySort.mapValues { $0 / Double(counts[kind] ?? 1) }
        }
        let total = counts.values.reduce(0, +)
        var overall: [String: Double] = [:]
        for sort in SearchSort.allCases.map(\.rawValue) + ["ceiling"] {
            overall[sort] = sums.values.reduce(0) { $0 + ($1[sort] ?? 0) } / Double(max(total, 1))
        }
        if json {
            let object: [String: Any] = ["ndcg10": overall, "byKind": result, "queries": counts]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(
                "NDCG@10 over \(total) labelled queries (\(counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")))"
            )
            for sort in SearchSort.allCases.map(\.rawValue) + ["ceiling"] {
                let parts = result.keys.sorted().map { String(format: "%@ %.3f", $0, result[$0]![sort] ?? 0) }
                print(
                    String(
                        format: "%-10@ %.3f   (%@)", sort as NSString, overall[sort]!, parts.joined(separator: ", ")))
            }
            print("ceiling: the newest \(depth) matches in their true order (the best a ranking of only those can do)")
        }
    }

    static func dcg(_ gains: [Double]) -> Double {
        gains.prefix(10).enumerated().reduce(0) { $0 + (pow(2, $1.element) - 1) / log2(Double($1.offset) + 2) }
    }

    static func load(_ path: String) throws -> Labels {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("Cannot read \(path)")
        }
        var labels = Labels()
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) where line.starts(with: Array(#"{"note""#.utf8)) {
            let note = try decoder.decode([String: GroundTruth.Note].self, from: Data(line))["note"]!
            labels.quality[note.id] = note.quality
            labels.category[note.id] = note.category
            labels.tags[note.id] = Set(note.tags)
            labels.byCategory[note.category, default: []].append(note.id)
            for tag in note.tags { labels.byTag[tag, default: []].append(note.id) }
        }
        return labels
    }
}
