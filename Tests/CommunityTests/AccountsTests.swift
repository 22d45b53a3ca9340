import Community
import Foundation
import HongshuCore
import TestSupport
import Testing

@Suite struct AccountsTests {
    @Test func signUpNormalisesTheHandleAndTrimsTheName() async throws {
        let app = try await TestDomain.make()
        let user = try await app.accounts.signUp(handle: "  Ada_Lovelace ", displayName: " 阿达 ", password: "analytical")
        #expect(user.handle == "ada_lovelace")
        #expect(user.displayName == "阿达")
        #expect(user.joinedAt == TestClock.start)
    }

    @Test(arguments: [
        ("ab", "Name", "password1", AccountError.handleInvalid),
        ("a-b-c", "Name", "password1", .handleInvalid),
        ("阿达阿达", "Name", "password1", .handleInvalid),
        (String(repeating: "a", count: 25), "Name", "password1", .handleInvalid),
        ("ada", "", "password1", .displayNameLength),
        ("ada", String(repeating: "名", count: 25), "password1", .displayNameLength),
        ("ada", "Name", "short", .passwordLength),
        ("ada", "Name", String(repeating: "密", count: 25), .passwordLength),  // 75 bytes: bcrypt would truncate
    ])
    func signUpRejectsInvalidInput(handle: String, name: String, password: String, error: AccountError) async throws {
        let app = try await TestDomain.make()
        await #expect(throws: error) {
            try await app.accounts.signUp(handle: handle, displayName: name, password: password)
        }
    }

    @Test func aDisplayNameOf24ChineseCharactersIsAllowed() async throws {
        let app = try await TestDomain.make()
        let name = String(repeating: "名", count: 24)  // 72 bytes, 24 characters
        #expect(
            try await app.accounts.signUp(handle: "ada", displayName: name, password: "password1").displayName == name)
    }

    @Test func handlesAreTakenIgnoringCase() async throws {
        let app = try await TestDomain.make()
        _ = try await app.accounts.signUp(handle: "ada", displayName: "Ada", password: "password1")
        await #expect(throws: AccountError.handleTaken("ada")) {
            try await app.accounts.signUp(handle: "ADA", displayName: "Other", password: "password2")
        }
    }

    @Test func logInGivesATokenThatIdentifiesTheUserUntilLogOutOrExpiry() async throws {
        let app = try await TestDomain.make()
        let accounts = app.accounts
        let ada = try await accounts.signUp(handle: "ada", displayName: "Ada", password: "password1")
        let session = try await accounts.logIn(handle: "ADA", password: "password1", kind: .api, from: "10.0.0.1")
        #expect(session.token.count >= 43)  // 256 bits, base64url
        #expect(session.session.tokenHash != session.token)
        #expect(try await accounts.user(token: session.token, kind: .api) == ada)
        #expect(try await accounts.user(token: session.token, kind: .web) == nil)
        try await accounts.logOut(token: session.token)
        #expect(try await accounts.user(token: session.token, kind: .api) == nil)

        let second = try await accounts.logIn(handle: "ada", password: "password1", kind: .api, from: nil)
        app.clock.advance(by: 31 * 86_400)
        #expect(try await accounts.user(token: second.token, kind: .api) == nil)
        #expect(try await accounts.purgeExpiredSessions() == 1)
    }

    @Test func wrongPasswordsAndUnknownHandlesFailAlike() async throws {
        let app = try await TestDomain.make()
        _ = try await app.accounts.signUp(handle: "ada", displayName: "Ada", password: "password1")
        await #expect(throws: AccountError.invalidCredentials) {
            try await app.accounts.logIn(handle: "ada", password: "password2", kind: .api, from: nil)
        }
        await #expect(throws: AccountError.invalidCredentials) {
            try await app.accounts.logIn(handle: "nobody", password: "password1", kind: .api, from: nil)
        }
    }

    @Test func failedLogInsAreThrottledPerHandleAndPerAddress() async throws {
        let app = try await TestDomain.make(throttle: .init(perHandle: 3, perAddress: 5, window: 600))
        let accounts = app.accounts
        _ = try await accounts.signUp(handle: "ada", displayName: "Ada", password: "password1")
        for _ in 0..<3 {
            await #expect(throws: AccountError.invalidCredentials) {
                try await accounts.logIn(handle: "ada", password: "wrong-one", kind: .api, from: "10.0.0.1")
            }
        }
        // Even the right password waits now.
        await #expect(throws: AccountError.tooManyAttempts(retryAfterSeconds: 600)) {
            try await accounts.logIn(handle: "ada", password: "password1", kind: .api, from: "10.0.0.2")
        }
        // Other handles from the same address: two more failures reach the address limit.
        for handle in ["bob", "cyd"] {
            await #expect(throws: AccountError.invalidCredentials) {
                try await accounts.logIn(handle: handle, password: "x-password", kind: .api, from: "10.0.0.1")
            }
        }
        await #expect(throws: AccountError.tooManyAttempts(retryAfterSeconds: 600)) {
            try await accounts.logIn(handle: "dee", password: "x-password", kind: .api, from: "10.0.0.1")
        }
        app.clock.advance(by: 601)
        _ = try await accounts.logIn(handle: "ada", password: "password1", kind: .api, from: "10.0.0.1")
    }
}
