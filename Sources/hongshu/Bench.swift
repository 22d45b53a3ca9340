import ArgumentParser
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore

/// `hongshu bench engagement`: comment and like throughput through the domain operations
/// (validation, limits off, one transaction each), with many writers at once.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput: writes through the domain operations, and segmentation.",
        subcommands: [
            EngagementBench.self, CheckoutBench.self, SegmentBench.self, SearchBench.self, InsightsBench.self,
            FeedBench.self,
        ])
}

extension Bench {
    /// Runs `body` on the database `db` names, or on a fresh SQLite file in a temporary folder
    /// (removed afterwards), migrated and (for PostgreSQL) with its pool running.
    static func withFreshBackend(_ db: String?, _ body: @Sendable (StoreBackend) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hongshu-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try DatabaseURL(parsing: db ?? "sqlite:\(folder.path)/bench.sqlite")
        let backend = try StoreBackend.open(url, logger: Logs.make("hongshu.bench"))
        try await backend.withRunning { backend in
            try await backend.migrate()
            try await body(backend)
        }
    }
}

struct EngagementBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engagement", abstract: "Comments and likes a second, through the domain, on a fresh database.")

    @Option(help: "A database URL; default a fresh SQLite file in a temporary folder.") var db: String?
    @Option(help: "How many comments to write.") var comments = 50_000
    @Option(help: "How many like/unlike operations.") var likes = 50_000
    @Option(help: "How many writers at once.") var concurrency = 64

    func run() async throws {
        let (comments, likes, concurrency) = (self.comments, self.likes, self.concurrency)
        try await Bench.withFreshBackend(db) { backend in
            let features = Wiring.features(backend.stores, limits: .none, writeBehind: true)
            // 1,000 people and 1,000 notes to comment on and like.
            let people = try await features.accounts.signUp(
                imported: (0..<1_000).map {
                    ImportedAccount(
                        id: UserID(Int64(1_000 + $0)), handle: "bench\($0)", displayName: "读者\($0)", joinedAt: Date())
                }, password: "bench-password")
            let notes = try await features.notes.publish(
                imported: (0..<1_000).map {
                    ImportedNote(
                        id: NoteID(Int64(10_000 + $0)), author: people[$0].id,
                        draft: NoteDraft(title: "笔记 \($0)", body: "周末去哪儿"), publishedAt: Date())
                })

            // As `serve` does: events and notifications are written behind, flushed every 500 ms,
            // and the measurement includes the last flush.
            let flusher = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(500))
                    try? await features.flushBackgroundWrites()
                }
            }
            defer { flusher.cancel() }
            let commentRate = try await Self.measure(total: comments, concurrency: concurrency, then: features) {
                index in
                _ = try await features.comments.comment(
                    on: notes[index % notes.count].id, body: "这家店真不错，下次还来 #\(index)",
                    by: people[(index * 7) % people.count].id)
            }
            print(
                String(
                    format: "comments: %d in %.2f s = %.0f a second (%d writers)", comments, commentRate.seconds,
                    commentRate.rate, concurrency))

            let likeRate = try await Self.measure(total: likes, concurrency: concurrency, then: features) { index in
                // Blocks of 1,000: one person likes every note, then takes every like back.
                let block = index / notes.count
                let note = notes[index % notes.count].id
                let person = people[(block / 2) % people.count].id
                if block % 2 == 0 {
                    try await features.likes.like(note, by: person)
                } else {
                    try await features.likes.unlike(note, by: person)
                }
            }
            print(
                String(
                    format: "likes: %d in %.2f s = %.0f a second (%d writers)", likes, likeRate.seconds, likeRate.rate,
                    concurrency))
        }
    }

    /// Runs `work(0..<total)` with `concurrency` tasks pulling the next index.
    static func measure(
        total: Int, concurrency: Int, then features: Features, _ work: @escaping @Sendable (Int) async throws -> Void
    ) async throws -> (seconds: Double, rate: Double) {
        let counter = Counter()
        let started = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<max(concurrency, 1) {
                group.addTask {
                    while let index = await counter.next(below: total) { try await work(index) }
                }
            }
            try await group.waitForAll()
        }
        try await features.flushBackgroundWrites()
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (seconds, Double(total) / seconds)
    }

    actor Counter {
        private var value = 0
        func next(below total: Int) -> Int? {
            guard value < total else { return nil }
            defer { value += 1 }
            return value
        }
    }
}
