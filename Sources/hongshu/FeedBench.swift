import ArgumentParser
import Community
import Discovery
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Insights

/// `hongshu bench feed`: feed latency on a seeded database, through the domain (`Feeds`), for readers who were
/// active on the world's last day: the first page (gather, score, diversify, keep, remember what was shown), the
/// next pages (read from the kept feed), the follow feed and a nearby city. With `--write-tokens`, API tokens of
/// the same readers for `scripts/bench-feed.sh` to drive `GET /api/v1/feed` over HTTP.
struct FeedBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed", abstract: "Feed latency (p50/p99) on a seeded database.")

    @Option(help: "A database URL (a world made by `hongshu seed`).") var db: String
    @Option(help: "How many readers.") var readers = 500
    @Option(help: "Also open an API session for each reader and write their tokens here, one a line.")
    var writeTokens: String?

    func run() async throws {
        let backend = try StoreBackend.open(try DatabaseURL(parsing: db), logger: Logs.make("hongshu.bench"))
        try await backend.withRunning { backend in
            try await backend.migrate()
            let stores = backend.stores
            let features = Wiring.features(stores, writeBehind: true)
            // Readers: people active on the log's last day.
            let newest = try await stores.discovery.latest(
                in: Date(timeIntervalSince1970: 0)...Date.distantFuture, limit: 1)
            guard let last = try await stores.discovery.noteFacts(newest).first?.publishedAt else {
                throw ValidationError("The world has no notes.")
            }
            var active: [UserID] = []
            var seen = Set<UserID>()
            var after: (at: Date, id: Int64)? = (
                last.addingTimeInterval(-86_400), Snowflake.firstID(at: last.addingTimeInterval(-86_400)) - 1
            )
            while active.count < readers {
                let batch = try await stores.events.events(after: after, limit: 20_000)
                guard let end = batch.last else { break }
                for event in batch { if let user = event.user, seen.insert(user).inserted { active.append(user) } }
                after = (end.at, end.id)
            }
            active = Array(active.prefix(readers))
            print("\(active.count) readers active on the last day")
            if let writeTokens {
                var tokens: [String] = []
                for user in active {
                    guard let account = try await features.accounts.users([user])[user] else { continue }
                    tokens.append(try await features.accounts.openSession(for: account, kind: .api).token)
                }
                try (tokens.joined(separator: "\n") + "\n").write(
                    toFile: writeTokens, atomically: true, encoding: .utf8)
            }
            // Warm the caches a running server has warm (trending, the platform's record, the taxonomy).
            for user in active.suffix(20) { _ = try await features.feeds.discover(for: user, page: .first(20)) }
            var first: [Double] = []
            var next: [Double] = []
            var following: [Double] = []
            var profiles: [Double] = []
            var signedOut: [Double] = []
            var nearby: [Double] = []
            for user in active {
                profiles.append(try await SearchBench.time { _ = try await features.feeds.profiles.profile(of: user) })
                var page: Page<NoteID>?
                first.append(
                    try await SearchBench.time { page = try await features.feeds.discover(for: user, page: .first(20)) }
                )
                for _ in 0..<2 {
                    guard let cursor = page?.next else { break }
                    next.append(
                        try await SearchBench.time {
                            page = try await features.feeds.discover(
                                for: user, page: PageRequest(limit: 20, after: cursor))
                        })
                }
                following.append(
                    try await SearchBench.time { _ = try await features.feeds.following(for: user, page: .first(20)) })
            }
            for _ in 0..<min(200, active.count) {
                signedOut.append(
                    try await SearchBench.time { _ = try await features.feeds.discover(for: nil, page: .first(20)) })
                nearby.append(
                    try await SearchBench.time {
                        _ = try await features.feeds.nearby(.city("上海"), page: .first(20))
                    })
            }
            try await features.flushBackgroundWrites()
            print("path                                   p50 ms   p99 ms")
            for (name, samples) in [
                ("profile (read and decay)", profiles), ("discover, first page (rank and keep)", first),
                ("discover, next page (kept)", next), ("discover, signed out", signedOut),
                ("following", following), ("nearby (上海)", nearby),
            ] {
                let sorted = samples.sorted()
                guard !sorted.isEmpty else { continue }
                func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
                print(
                    String(
                        format: "%-38@ %7.2f  %7.2f", name as NSString, percentile(0.5), percentile(0.99)))
            }
        }
    }
}
