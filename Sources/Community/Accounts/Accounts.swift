import Foundation
import HongshuCore

/// Signing up, signing in and out, and finding who a token belongs to.
public struct Accounts: Sendable {
    /// How long sessions last before the user must sign in again.
    public struct Lifetimes: Sendable {
        public var api: TimeInterval
        public var web: TimeInterval
        /// 30 days for both.
        public static let standard = Lifetimes(api: 30 * 86_400, web: 30 * 86_400)
        public init(api: TimeInterval, web: TimeInterval) {
            self.api = api
            self.web = web
        }
    }

    /// A new session: the secret token (shown once) and who it belongs to.
    public struct SignedIn: Sendable {
        public let token: String
        public let user: User
        public let session: Session
    }

    let users: any UserStore
    let sessions: any SessionStore
    let hasher: any PasswordHasher
    let throttle: LoginThrottle
    let lifetimes: Lifetimes
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        users: any UserStore, sessions: any SessionStore, hasher: any PasswordHasher,
        throttle: LoginThrottle = LoginThrottle(), lifetimes: Lifetimes = .standard,
        now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64
    ) {
        self.users = users
        self.sessions = sessions
        self.hasher = hasher
        self.throttle = throttle
        self.lifetimes = lifetimes
        self.now = now
        self.newID = newID
    }

    /// Creates an account. The handle is matched case-insensitively and stored in lower case.
    /// - Throws: ``AccountError`` for an invalid handle, name or password, or a taken handle.
    public func signUp(handle: String, displayName: String, password: String) async throws -> User {
        let handle = try Self.validHandle(handle)
        let displayName = displayName.trimmed
        guard (1...24).contains(displayName.count) else { throw AccountError.displayNameLength }
        guard password.count >= 8, password.utf8.count <= 72 else { throw AccountError.passwordLength }
        if try await users.user(handle: handle) != nil { throw AccountError.handleTaken(handle) }
        let user = User(
            id: UserID(newID()), handle: handle, displayName: displayName,
            joinedAt: now().truncatedToMilliseconds)
        try await users.insert(contentsOf: [(user, try await hasher.hash(password))])
        return user
    }

    /// Creates accounts made elsewhere (the world generator, an import) under the same rules as
    /// ``signUp(handle:displayName:password:)``, all sharing one password (hashed once), in one
    /// transaction: all or none.
    /// - Throws: ``AccountError`` for the first invalid or taken handle, name or the password.
    @discardableResult
    public func signUp(imported: [ImportedAccount], password: String) async throws -> [User] {
        guard !imported.isEmpty else { return [] }
        return try await signUp(imported: imported, passwordHash: try await passwordHash(password))
    }

    /// The stored form of a password that follows the rules, for ``signUp(imported:passwordHash:)``:
    /// a world of many batches sharing one password hashes it once.
    /// - Throws: ``AccountError/passwordLength``.
    public func passwordHash(_ password: String) async throws -> String {
        guard password.count >= 8, password.utf8.count <= 72 else { throw AccountError.passwordLength }
        return try await hasher.hash(password)
    }

    /// Adds accounts made elsewhere that sign in with the password behind `passwordHash` (made by
    /// ``passwordHash(_:)``), under the same handle and name rules, in one transaction.
    @discardableResult
    public func signUp(imported: [ImportedAccount], passwordHash hash: String) async throws -> [User] {
        guard !imported.isEmpty else { return [] }
        var seen = Set<String>()
        let accounts = try imported.map { account -> User in
            let handle = try Self.validHandle(account.handle)
            let displayName = account.displayName.trimmed
            guard (1...24).contains(displayName.count) else { throw AccountError.displayNameLength }
            guard seen.insert(handle).inserted else { throw AccountError.handleTaken(handle) }
            return User(
                id: account.id, handle: handle, displayName: displayName,
                joinedAt: account.joinedAt.truncatedToMilliseconds)
        }
        if let taken = try await users.users(handles: Array(seen)).first {
            throw AccountError.handleTaken(taken.handle)
        }
        try await users.insert(contentsOf: accounts.map { ($0, hash) })
        return accounts
    }

    /// Checks the password and opens a session. Failures are throttled per handle and per address.
    /// - Throws: ``AccountError/invalidCredentials`` or ``AccountError/tooManyAttempts(retryAfterSeconds:)``.
    public func logIn(handle: String, password: String, kind: Session.Kind, from address: String?) async throws
        -> SignedIn
    {
        let key = handle.trimmed.lowercased()
        let at = now()
        if let wait = await throttle.retryAfter(handle: key, address: address, now: at) {
            throw AccountError.tooManyAttempts(retryAfterSeconds: wait)
        }
        let found = try await users.credentials(handle: key)
        // An unknown handle costs as much time as a wrong password, so timing does not reveal it.
        var matches = false
        if let found {
            matches = try await hasher.verify(password, against: found.passwordHash)
        } else {
            try await hasher.spendVerificationTime(password)
        }
        guard let found, matches else {
            await throttle.recordFailure(handle: key, address: address, now: at)
            throw AccountError.invalidCredentials
        }
        await throttle.recordSuccess(handle: key)
        return try await openSession(for: found.user, kind: kind)
    }

    /// Opens a session for a user who just proved who they are (sign-in or sign-up).
    public func openSession(for user: User, kind: Session.Kind) async throws -> SignedIn {
        let token = SessionToken.make()
        let createdAt = now().truncatedToMilliseconds
        let lifetime = kind == .api ? lifetimes.api : lifetimes.web
        let session = Session(
            tokenHash: SessionToken.hash(token), user: user.id, kind: kind,
            createdAt: createdAt, expiresAt: createdAt.addingTimeInterval(lifetime))
        try await sessions.insert(session)
        return SignedIn(token: token, user: user, session: session)
    }

    /// Ends the session of this token; unknown tokens are ignored.
    public func logOut(token: String) async throws {
        try await sessions.delete(tokenHash: SessionToken.hash(token))
    }

    /// The user a token of this kind belongs to, if the token is known and not expired.
    /// (A page's cookie token is not an API token, and the other way round.)
    public func user(token: String, kind: Session.Kind) async throws -> User? {
        guard !token.isEmpty, token.utf8.count <= 128,
            let session = try await sessions.session(tokenHash: SessionToken.hash(token)),
            session.kind == kind, session.expiresAt > now()
        else { return nil }
        return try await users.user(session.user)
    }

    /// Removes expired sessions; returns how many.
    @discardableResult public func purgeExpiredSessions() async throws -> Int {
        try await sessions.deleteExpired(before: now())
    }

    /// - Throws: ``AccountError/userNotFound(_:)``.
    public func user(_ id: User.ID) async throws -> User {
        guard let user = try await users.user(id) else { throw AccountError.userNotFound(id) }
        return user
    }

    /// The users among `ids` that exist, by id.
    public func users(_ ids: some Sequence<User.ID>) async throws -> [User.ID: User] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return Dictionary(uniqueKeysWithValues: try await users.users(unique).map { ($0.id, $0) })
    }

    /// The user with this handle (any case), if any.
    public func user(handle: String) async throws -> User? {
        try await users.user(handle: handle.trimmed.lowercased())
    }

    /// Everyone, newest members first.
    public func members(page: PageRequest) async throws -> Page<User> {
        try await users.users(page: page)
    }

    /// A user and their exact counts.
    public func profile(_ id: User.ID) async throws -> (user: User, stats: UserStats) {
        let user = try await user(id)
        return (user, try await users.stats(id))
    }

    /// The lower-cased handle if it is 3–24 of `[a-z0-9_]`.
    static func validHandle(_ raw: String) throws -> String {
        let handle = raw.trimmed.lowercased()
        guard (3...24).contains(handle.utf8.count),
            handle.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F })
        else { throw AccountError.handleInvalid }
        return handle
    }
}
