import Commerce
import Logging
import ServiceLifecycle

/// Cancels unpaid orders whose time to pay ran out, every `interval`, giving their stock and
/// promo uses back. Stops on graceful shutdown.
public struct OrderExpiryService: Service {
    let orders: Orders
    let interval: Duration
    let logger: Logger

    public init(orders: Orders, interval: Duration = .seconds(30), logger: Logger) {
        self.orders = orders
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await expireOnce()
                try? await Task.sleep(for: interval)
            }
        }
    }

    /// One pass (in batches until none are left); failures are logged and retried next pass.
    func expireOnce() async {
        do {
            var total = 0
            while true {
                let cancelled = try await orders.expireUnpaid(limit: 500)
                total += cancelled
                if cancelled < 500 { break }
            }
            if total > 0 { logger.info("Unpaid orders expired", metadata: ["order.count": "\(total)"]) }
        } catch {
            logger.error("Expiring unpaid orders failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
