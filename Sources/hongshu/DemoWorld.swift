import Community
import Foundation
import HongshuCore
import HongshuServer
import Logging
import World

/// `serve --demo`: a generated world (2,000 people, 20,000 notes over two weeks up to this
/// hour) written into an empty database, so the site has a community to explore at once. A
/// database that already has notes is left as it is.
enum DemoWorld {
    static func addIfEmpty(
        to features: Features, generator: WorldGenerator, plan: WorldPlan, logger: Logger,
        progress: ProgressBar? = nil
    ) async throws {
        guard try await features.notes.latest(page: .first(1)).items.isEmpty,
            try await features.accounts.members(page: .first(1)).items.isEmpty
        else { return }
        let started = Date()
        _ = try await generator.generate(plan) { progress?.update(phase: $0.phase, done: $0.done, total: $0.total) }
        logger.info(
            "Demo world added",
            metadata: [
                "users": "\(plan.users)", "notes": "\(plan.notes)",
                "seconds": "\(String(format: "%.1f", Date().timeIntervalSince(started)))",
            ])
    }

    /// The demo plan, ending at the start of the current hour (so its notes look recent).
    static func plan(now: Date = Date()) -> WorldPlan {
        WorldPlan.demo(end: Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3_600).rounded(.down) * 3_600))
    }
}
