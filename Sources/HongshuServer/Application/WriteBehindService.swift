import Logging
import ServiceLifecycle

/// Flushes the buffered events and notifications every `interval` (well under the one second
/// the event log promises), and once more on graceful shutdown so nothing is lost.
public struct WriteBehindService: Service {
    let features: Features
    let interval: Duration
    let logger: Logger

    public init(features: Features, interval: Duration = .milliseconds(500), logger: Logger) {
        self.features = features
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if Task.isCancelled { break }  // shutting down: the final flush below does it
                await flush(final: false)
            }
        }
        await flush(final: true)  // the last ones, after the server stopped taking requests
    }

    private func flush(final: Bool) async {
        do {
            try await features.flushBackgroundWrites(final: final)
        } catch {
            logger.error("Writing events and notifications failed", metadata: ["error": "\(String(reflecting: error))"])
        }
    }
}
