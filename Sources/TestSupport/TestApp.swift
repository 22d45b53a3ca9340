import Commerce
import Community
import Foundation
import HTTPTypes
import HongshuCore
import HongshuServer
import HongshuStore
import Hummingbird
import HummingbirdTesting
import Insights
import NIOCore

/// The real router over fresh stores, a fixed clock, counting ids and fast bcrypt: what the
/// HTTP tests drive in-process.
public struct TestApp {
    public let features: Features
    public let clock: TestClock
    public let router: Router<AppRequestContext>
    public let settings: ServerSettings
    /// The sandbox payment provider the app charges (tests read what it charged).
    public let payments: SandboxPayments
    /// The stores under the app.
    public let stores: Stores

    public static func make(
        stores: Stores, clock: TestClock = TestClock(), throttle: LoginThrottle.Limits = .standard,
        limits: ActionLimiter.Limits = .standard, timeToPay: TimeInterval = 30 * 60,
        attribution: AttributionSettings = .init(), metricsText: @escaping @Sendable () -> String = { "" }
    ) -> TestApp {
        let ids = CountingIDs()
        let payments = SandboxPayments()
        let features = Features(
            users: stores.users, sessions: stores.sessions, notes: stores.notes, follows: stores.follows,
            tags: stores.tags, likes: stores.likes, boards: stores.boards, comments: stores.comments,
            shares: stores.shares, blocks: stores.blocks, notices: stores.notices, events: stores.events,
            commerce: stores.commerce, search: stores.search, attribution: stores.attribution,
            attributionSettings: attribution, reports: stores.reports, discovery: stores.discovery,
            operators: ["operator"],
            payments: payments,
            timeToPay: timeToPay,
            hasher: BcryptHasher(cost: 4),
            throttle: LoginThrottle(limits: throttle), limits: limits,
            now: { clock.now }, newID: ids.next)
        let settings = ServerSettings(port: 0, metricsText: metricsText)
        return TestApp(
            features: features, clock: clock, router: buildRouter(features: features, settings: settings),
            settings: settings, payments: payments, stores: stores)
    }

    /// An in-memory SQLite app.
    public static func make(
        clock: TestClock = TestClock(), throttle: LoginThrottle.Limits = .standard,
        limits: ActionLimiter.Limits = .standard
    ) async throws -> TestApp {
        let backend = try SQLiteBackend(path: nil, recentEvents: 5)
        try await backend.migrate()
        return make(stores: backend.stores, clock: clock, throttle: throttle, limits: limits)
    }

    public var application: some ApplicationProtocol { Application(router: router) }

    /// Signs a user up and in through the domain; returns the user and API headers with their token.
    public func signUp(_ handle: String, name: String? = nil) async throws -> (user: User, headers: HTTPFields) {
        let user = try await features.accounts.signUp(
            handle: handle, displayName: name ?? handle, password: "password-\(handle)")
        let session = try await features.accounts.openSession(for: user, kind: .api)
        return (user, [.authorization: "Bearer \(session.token)", .contentType: "application/json"])
    }

    /// A decoder for API responses (ISO 8601 dates).
    public static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

extension TestResponse {
    /// The body as UTF-8 text.
    public var text: String { String(buffer: body) }

    /// The body decoded as JSON.
    public func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try TestApp.decoder.decode(T.self, from: Data(body.readableBytesView))
    }

    /// The `code` of an API error body, if it is one.
    public var errorCode: String? {
        struct Body: Decodable { struct Detail: Decodable { let code: String }; let error: Detail }
        return try? JSONDecoder().decode(Body.self, from: Data(body.readableBytesView)).error.code
    }
}
