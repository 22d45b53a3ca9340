import Community
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TestSupport
import Testing

@testable import HongshuServer

@Suite struct AccountsAPITests {
    @Test func signUpLogInMeAndLogOut() async throws {
        let app = try await TestApp.make()
        try await app.application.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/accounts", method: .post,
                body: ByteBuffer(string: #"{"handle":"Ada","password":"password1","displayName":"阿达"}"#)
            ) { response in
                #expect(response.status == .created)
                let body = try response.json([String: JSONValue].self)
                #expect(body["handle"] == .string("ada"))
                #expect(body["displayName"] == .string("阿达"))
            }
            let token = try await client.execute(
                uri: "/api/v1/sessions", method: .post,
                body: ByteBuffer(string: #"{"handle":"ada","password":"password1"}"#)
            ) { response in
                #expect(response.status == .created)
                return try #require(try response.json([String: JSONValue].self)["token"]?.string)
            }
            let auth: HTTPFields = [.authorization: "Bearer \(token)"]
            try await client.execute(uri: "/api/v1/me", method: .get, headers: auth) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains(#""handle":"ada""#))
                #expect(response.text.contains(#""notes":0"#))
            }
            try await client.execute(uri: "/api/v1/sessions/current", method: .delete, headers: auth) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: auth) { response in
                #expect(response.status == .unauthorized)
                #expect(response.errorCode == "session.required")
            }
        }
    }

    @Test func errorsHaveTheirStatusAndCode() async throws {
        let app = try await TestApp.make(throttle: .init(perHandle: 2, perAddress: 100, window: 900))
        _ = try await app.signUp("ada")
        try await app.application.test(.router) { client in
            let cases: [(String, String, HTTPResponse.Status, String)] = [
                (
                    "/api/v1/accounts", #"{"handle":"ada","password":"password1","displayName":"x"}"#, .conflict,
                    "account.handle_taken"
                ),
                (
                    "/api/v1/accounts", #"{"handle":"a!","password":"password1","displayName":"x"}"#,
                    .unprocessableContent, "account.handle_invalid"
                ),
                (
                    "/api/v1/accounts", #"{"handle":"bob","password":"short","displayName":"x"}"#,
                    .unprocessableContent, "account.password_length"
                ),
                ("/api/v1/accounts", #"{"handle":"bob""#, .badRequest, "request.malformed"),
                (
                    "/api/v1/accounts", #"{"handle":5,"password":"password1","displayName":"x"}"#, .badRequest,
                    "request.malformed"
                ),
                (
                    "/api/v1/sessions", #"{"handle":"ada","password":"wrong-pass"}"#, .unauthorized,
                    "session.invalid_credentials"
                ),
                (
                    "/api/v1/sessions", #"{"handle":"ada","password":"wrong-pass"}"#, .unauthorized,
                    "session.invalid_credentials"
                ),
                (
                    "/api/v1/sessions", #"{"handle":"ada","password":"password-ada"}"#, .tooManyRequests,
                    "session.too_many_attempts"
                ),
            ]
            for (uri, body, status, code) in cases {
                try await client.execute(uri: uri, method: .post, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(body)")
                    #expect(response.errorCode == code, "\(body)")
                    if status == .tooManyRequests { #expect(response.headers[.retryAfter] != nil) }
                }
            }
            let huge = ByteBuffer(string: #"{"handle":""# + String(repeating: "a", count: 300_000) + #""}"#)
            try await client.execute(uri: "/api/v1/accounts", method: .post, body: huge) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.errorCode == "request.too_large")
            }
            try await client.execute(uri: "/api/v1/nowhere", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.errorCode == "route.not_found")
            }
            try await client.execute(uri: "/api/v1/me", method: .get, headers: [.authorization: "Bearer forged"]) {
                response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func healthOpenAPIAndMetricsAreServed() async throws {
        let app = try await TestApp.make()
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"ok"}"#)
            }
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let document =
                    try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                let paths = try #require(document?["paths"] as? [String: [String: Any]])
                for (path, method) in APIRoutes.all {
                    #expect(paths[path]?[method] != nil, "OpenAPI misses \(method.uppercased()) \(path)")
                }
            }
        }
    }
}

/// Every API route, as the OpenAPI document must describe it.
enum APIRoutes {
    static let all: [(String, String)] = [
        ("/api/v1/accounts", "post"), ("/api/v1/sessions", "post"), ("/api/v1/sessions/current", "delete"),
        ("/api/v1/me", "get"), ("/api/v1/users/{id}", "get"), ("/api/v1/users/{id}/notes", "get"),
        ("/api/v1/users/{id}/followers", "get"), ("/api/v1/users/{id}/following", "get"),
        ("/api/v1/users/{id}/follow", "post"), ("/api/v1/users/{id}/follow", "delete"),
        ("/api/v1/notes", "get"), ("/api/v1/notes", "post"), ("/api/v1/notes/{id}", "get"),
        ("/api/v1/notes/{id}", "delete"), ("/api/v1/tags", "get"), ("/api/v1/tags/{id}", "get"),
        ("/api/v1/tags/{id}/notes", "get"), ("/api/v1/notes/{id}/like", "post"), ("/api/v1/notes/{id}/like", "delete"),
        ("/api/v1/notes/{id}/collect", "post"), ("/api/v1/notes/{id}/collect", "delete"), ("/api/v1/boards", "post"),
        ("/api/v1/me/boards", "get"), ("/api/v1/boards/{id}", "get"), ("/api/v1/users/{id}/boards", "get"),
        ("/api/v1/notes/{id}/comments", "get"), ("/api/v1/notes/{id}/comments", "post"),
        ("/api/v1/comments/{id}/replies", "get"), ("/api/v1/comments/{id}", "delete"),
        ("/api/v1/comments/{id}/like", "post"), ("/api/v1/comments/{id}/like", "delete"),
        ("/api/v1/comments/{id}/pin", "post"), ("/api/v1/comments/{id}/pin", "delete"),
        ("/api/v1/notes/{id}/shares", "post"), ("/api/v1/users/{id}/block", "post"),
        ("/api/v1/users/{id}/block", "delete"),
        ("/api/v1/me/blocks", "get"), ("/api/v1/notifications", "get"), ("/api/v1/notifications/unread", "get"),
        ("/api/v1/notifications/read", "post"),
        ("/api/v1/brands", "get"), ("/api/v1/brands", "post"), ("/api/v1/brands/{id}", "get"),
        ("/api/v1/brands/{id}", "patch"), ("/api/v1/brands/{id}/products", "get"),
        ("/api/v1/brands/{id}/products", "post"), ("/api/v1/me/brands", "get"), ("/api/v1/brands/{id}/members", "get"),
        ("/api/v1/brands/{id}/members/{userId}", "put"), ("/api/v1/brands/{id}/members/{userId}", "delete"),
        ("/api/v1/brands/{id}/orders", "get"), ("/api/v1/brands/{id}/promos", "post"),
        ("/api/v1/brands/{id}/promos", "get"), ("/api/v1/products", "get"), ("/api/v1/products/{id}", "get"),
        ("/api/v1/products/{id}", "patch"), ("/api/v1/products/{id}/reviews", "get"),
        ("/api/v1/products/{id}/notes", "get"), ("/api/v1/notes/{id}/products/{productId}/click", "post"),
        ("/api/v1/skus/{id}", "patch"), ("/api/v1/cart", "get"), ("/api/v1/cart/items/{skuId}", "put"),
        ("/api/v1/cart/items/{skuId}", "delete"), ("/api/v1/orders", "post"), ("/api/v1/orders", "get"),
        ("/api/v1/orders/{id}", "get"), ("/api/v1/orders/{id}/pay", "post"), ("/api/v1/orders/{id}/reviews", "post"),
        ("/api/v1/orders/{id}/{action}", "post"),
        ("/api/v1/search", "get"), ("/api/v1/search/suggest", "get"), ("/api/v1/search/clicks", "post"),
        ("/api/v1/search/report", "get"), ("/api/v1/events", "post"),
        ("/api/v1/brands/{id}/insights/orders/{orderId}/path", "get"), ("/api/v1/brands/{id}/insights", "get"),
        ("/api/v1/brands/{id}/insights/{table}.csv", "get"),
        ("/api/v1/feed", "get"), ("/api/v1/feed/following", "get"), ("/api/v1/feed/nearby", "get"),
        ("/api/v1/feed/explain/{id}", "get"), ("/api/v1/feed/not-interested", "post"),
        ("/api/v1/me/interests", "get"), ("/api/v1/me/interests", "put"),
        ("/healthz", "get"), ("/openapi.json", "get"), ("/metrics", "get"),
    ]
}

/// Any JSON value, for checking response shapes without the server's wire types.
enum JSONValue: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), null, array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var array: [JSONValue]? { if case .array(let value) = self { value } else { nil } }
    var int: Int? { if case .number(let value) = self { Int(exactly: value) } else { nil } }
    var double: Double? { if case .number(let value) = self { value } else { nil } }
    subscript(key: String) -> JSONValue? { if case .object(let object) = self { object[key] } else { nil } }
}

@Suite struct SessionPurgeServiceTests {
    @Test func aPassRemovesOnlyExpiredSessions() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let old = try await app.features.accounts.openSession(for: ada.user, kind: .web)
        app.clock.advance(by: 31 * 86_400)  // `old` and the API session from signUp expire
        let fresh = try await app.features.accounts.openSession(for: ada.user, kind: .web)
        let service = SessionPurgeService(accounts: app.features.accounts, logger: .init(label: "test"))
        await service.purgeOnce()
        #expect(try await app.features.accounts.purgeExpiredSessions() == 0)  // nothing left to purge
        #expect(try await app.features.accounts.user(token: fresh.token, kind: .web) == ada.user)
        #expect(try await app.features.accounts.user(token: old.token, kind: .web) == nil)
    }
}
