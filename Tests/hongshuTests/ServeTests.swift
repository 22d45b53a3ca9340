import ArgumentParser
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TestSupport
import Testing
import World

@testable import hongshu

@Suite struct CommandLineTests {
    @Test func theDatabaseURLDefaultsToALocalSQLiteFile() throws {
        let options = try StoreOptions.parse([])
        if ProcessInfo.processInfo.environment["HONGSHU_DB"] == nil {
            #expect(try options.url() == .sqliteFile(path: "hongshu.sqlite"))
        }
        #expect(try StoreOptions.parse(["--db", "sqlite::memory:"]).url() == .sqliteMemory)
    }

    @Test func badDatabaseURLsAreRefusedBeforeAnythingStarts() {
        #expect(throws: (any Error).self) { try Serve.parse(["--db", "mysql://x"]) }
        #expect(throws: (any Error).self) { try Serve.parse(["--port", "70000"]) }
    }

    @Test func postgresURLsAreReadWithTheirParts() throws {
        guard
            case .postgres(let settings) = try DatabaseURL(
                parsing: "postgres://ann:p%40ss@db.local:6543/hongshu?sslmode=require")
        else { Issue.record("not postgres"); return }
        #expect(settings.user == "ann" && settings.password == "p@ss")
        #expect(settings.host == "db.local" && settings.port == 6543 && settings.database == "hongshu")
        #expect(settings.requireTLS)
        #expect(settings.description == "postgres://ann@db.local:6543/hongshu")  // no password in logs
    }
}

@Suite struct LiveServerTests {
    /// The real server on a free port, over a real socket.
    @Test func theServerAnswersOverTheNetwork() async throws {
        let app = try await TestApp.make()
        let application = buildApplication(features: app.features, settings: app.settings, logger: .init(label: "test"))
        try await application.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"status":"ok"}"#)
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }
}

@Suite struct MetricsTests {
    @Test func requestsAreCountedByRouteAndStatusInPrometheusFormat() async throws {
        let metricsText = MetricsExport.bootstrap()  // the only bootstrap in the test process
        let app = try await TestApp.make(stores: try await Self.stores(), metricsText: metricsText)
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { _ in }
            try await client.execute(uri: "/api/v1/notes/1", method: .get) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: response.body)
                #expect(text.contains("# TYPE hb_requests counter"))
                #expect(text.contains(#"http_route="/healthz""#))
                #expect(text.contains(#"http_response_status_code="404""#))
                #expect(text.contains("http_server_request_duration"))
            }
        }
    }

    static func stores() async throws -> Stores {
        let backend = try SQLiteBackend(path: nil)
        try await backend.migrate()
        return backend.stores
    }
}

@Suite struct DemoWorldTests {
    @Test func theDemoFillsAnEmptyDatabaseOnceAndLeavesAWorldAlone() async throws {
        let app = try await TestApp.make()
        let logger = Logger(label: "test")
        let generator = WorldGenerator(
            accounts: app.features.accounts, notes: app.features.notes, follows: app.features.follows,
            taxonomy: app.features.taxonomy,
            likes: app.features.likes, boards: app.features.boards,
            comments: app.features.comments,
            events: app.features.events, vocabulary: try Vocabulary.bundled())
        var plan = DemoWorld.plan(now: TestClock.start)
        plan.users = 30
        plan.notes = 120
        try await DemoWorld.addIfEmpty(to: app.features, generator: generator, plan: plan, logger: logger)
        try await DemoWorld.addIfEmpty(to: app.features, generator: generator, plan: plan, logger: logger)
        #expect(try await app.features.notes.latest(page: .first(100)).items.count == 100)
        #expect(try await app.features.members(count: 100) == 30)
        #expect(plan.end == TestClock.start)  // the hour the demo is made in
    }
}

extension Features {
    fileprivate func members(count: Int) async throws -> Int {
        try await accounts.members(page: .first(count)).items.count
    }
}
