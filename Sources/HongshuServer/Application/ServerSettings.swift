/// How the HTTP server runs.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// Mark cookies `Secure`: set when the site is served over TLS (directly or behind a proxy).
    public var secureCookies: Bool
    /// Renders the metrics registry in Prometheus text format for `/metrics`.
    public var metricsText: @Sendable () -> String

    public init(
        host: String = "127.0.0.1", port: Int = 8080, secureCookies: Bool = false,
        metricsText: @escaping @Sendable () -> String = { "" }
    ) {
        self.host = host
        self.port = port
        self.secureCookies = secureCookies
        self.metricsText = metricsText
    }
}
