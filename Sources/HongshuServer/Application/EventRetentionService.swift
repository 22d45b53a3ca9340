import Foundation
import Insights
import Logging
import ServiceLifecycle

/// Removes events older than the retention setting every `interval` (on PostgreSQL, whole day partitions at a
/// time). Stops on graceful shutdown.
public struct EventRetentionService: Service {
    let events: EventLog
    /// How long events are kept.
    let retention: TimeInterval
    let interval: Duration
    let logger: Logger

    public init(events: EventLog, retentionDays: Int, interval: Duration = .seconds(3_600), logger: Logger) {
        self.events = events
        self.retention = TimeInterval(retentionDays) * 86_400
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await pruneOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One pass; failures are logged and retried on the next pass.
    func pruneOnce() async {
        do {
            let removed = try await events.prune(olderThan: retention)
            if removed > 0 { logger.info("Old events removed", metadata: ["event.count": "\(removed)"]) }
        } catch {
            logger.error("Removing old events failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
