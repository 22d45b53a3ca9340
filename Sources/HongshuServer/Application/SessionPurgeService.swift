import Community
import Discovery
import Logging
import ServiceLifecycle

/// Deletes expired sessions every `interval` (they are already refused at sign-in; this keeps
/// the table from growing without end), and kept feeds, shown notes and faded interests past their time.
/// Stops on graceful shutdown.
public struct SessionPurgeService: Service {
    let accounts: Accounts
    let feeds: Feeds?
    let interval: Duration
    let logger: Logger

    public init(accounts: Accounts, feeds: Feeds? = nil, interval: Duration = .seconds(3_600), logger: Logger) {
        self.accounts = accounts
        self.feeds = feeds
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        // Graceful shutdown cancels the loop, which ends the sleep at once.
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await purgeOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One pass; failures are logged and retried on the next pass.
    func purgeOnce() async {
        do {
            let removed = try await accounts.purgeExpiredSessions()
            if removed > 0 { logger.info("Expired sessions removed", metadata: ["session.count": "\(removed)"]) }
        } catch {
            logger.error("Removing expired sessions failed", metadata: ["error": "\(String(reflecting: error))"])
        }
        guard let feeds else { return }
        do {
            let removed = try await feeds.prune()
            if removed > 0 {
                logger.info("Old feeds and faded interests removed", metadata: ["row.count": "\(removed)"])
            }
        } catch {
            logger.error("Pruning feeds failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
