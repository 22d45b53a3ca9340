import Metrics
import Prometheus

/// Process-wide metrics: swift-metrics backed by a Prometheus registry, read by `/metrics`.
enum MetricsExport {
    /// Bootstraps the metrics system (once per process) and returns the exporter.
    static func bootstrap() -> @Sendable () -> String {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return {
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            return String(decoding: buffer, as: UTF8.self)
        }
    }
}
