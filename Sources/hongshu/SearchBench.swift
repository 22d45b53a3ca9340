import ArgumentParser
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Search
import World

/// `hongshu bench search`: query latency on a seeded database, for 1-, 2- and 3-word queries, through the
/// domain (`Searches`), through the engine call it makes, and FTS5's own `bm25()` ranking of every match.
struct SearchBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search latency (p50/p99) on a seeded database, by words in the query.")

    @Option(help: "A database URL (a world made by `hongshu seed`).") var db: String
    @Option(help: "Queries of each length.") var queries = 300
    @Option(help: "The random seed for picking query words.") var seed: UInt64 = 7
    @Option(help: "Also write the queries as request paths, one a line (for wrk).") var writePaths: String?
    @Flag(help: "Merge the search index into one segment first (as `seed` does after a world).") var optimize = false
    @Flag(help: "Skip FTS5's own bm25() ranking of every match (slow on common words).") var skipPlain = false

    func run() async throws {
        let backend = try StoreBackend.open(try DatabaseURL(parsing: db), logger: Logs.make("hongshu.bench"))
        try await backend.withRunning { backend in
            try await backend.migrate()
            if optimize, case .sqlite(let sqlite) = backend {
                let seconds = try await Self.time { try await sqlite.optimizeSearchIndex() } / 1000
                print(String(format: "search index merged in %.1f s", seconds))
            }
            let stores = backend.stores
            let features = Wiring.features(stores, writeBehind: true)
            let sets = try Self.querySets(count: queries, seed: seed)
            if let writePaths {
                let paths = sets.flatMap { $0 }.map {
                    "/api/v1/search?q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
                }
                try (paths.joined(separator: "\n") + "\n").write(toFile: writePaths, atomically: true, encoding: .utf8)
            }
            // Warm the page cache and the document-frequency cache the way a running server is warm.
            for query in sets.flatMap({ $0 }).prefix(200) {
                _ = try await features.searches.search(SearchRequest(query), by: nil)
            }
            print("words  path               p50 ms   p99 ms   mean hits")
            for (index, set) in sets.enumerated() {
                var engine: [Double] = []
                var warm: [Double] = []
                var domain: [Double] = []
                var plain: [Double] = []
                var matchOnly: [Double] = []
                var hits = 0
                for text in set {
                    let query = try await features.searches.query(text)
                    engine.append(
                        try await Self.time {
                            hits += try await stores.search.notes(
                                matching: query, filters: NoteFilters(), before: nil, depth: 500
                            ).count
                        })
                    warm.append(
                        try await Self.time {
                            _ = try await stores.search.notes(
                                matching: query, filters: NoteFilters(), before: nil, depth: 500)
                        })
                    domain.append(
                        try await Self.time { _ = try await features.searches.search(SearchRequest(text), by: nil) })
                    if case .sqlite(let sqlite) = backend {
                        matchOnly.append(
                            try await Self.time {
                                _ = try await sqlite.newestMatches(query, limit: 500)
                            })
                    }
                    if !skipPlain, case .sqlite(let sqlite) = backend {
                        plain.append(try await Self.time { _ = try await sqlite.plainFTS5Search(query) })
                    }
                }
                try await features.flushBackgroundWrites()
                Self.report(index + 1, "engine, cold df", engine, hits: hits / max(set.count, 1))
                Self.report(index + 1, "engine", warm, hits: nil)
                Self.report(index + 1, "domain", domain, hits: nil)
                if !plain.isEmpty { Self.report(index + 1, "FTS5 bm25 all", plain, hits: nil) }
                if !matchOnly.isEmpty { Self.report(index + 1, "FTS5 match only", matchOnly, hits: nil) }
            }
        }
    }

    static func report(_ words: Int, _ path: String, _ samples: [Double], hits: Int?) {
        let sorted = samples.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        print(
            String(
                format: "%5d  %-18@ %7.2f  %7.2f   %@", words, path as NSString, percentile(0.5), percentile(0.99),
                hits.map { String($0) } ?? ""))
    }

    static func time(_ body: () async throws -> Void) async throws -> Double {
        let started = ContinuousClock.now
        try await body()
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
    }

    /// Queries people type: words the world's notes are written with (dishes, places, topics, English words) and
    /// tag names, one, two or three of one category at a time.
    static func querySets(count: Int, seed: UInt64) throws -> [[String]] {
        let vocabulary = try Vocabulary.bundled()
        var random = SeededRandom(seed: seed)
        let categories = vocabulary.categories.keys.sorted()
        func words(_ category: String) -> [String] {
            let words = vocabulary.categories[category]!
            return words.subjects + words.places + words.topics + words.english
        }
        return (1...3).map { length in
            (0..<count).map { _ in
                let pool = words(random.pick(categories))
                var chosen: [String] = []
                while chosen.count < length { chosen.append(random.pick(pool)) }
                return chosen.joined(separator: " ")
            }
        }
    }
}
