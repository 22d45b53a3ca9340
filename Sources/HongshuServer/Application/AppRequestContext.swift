import Community
import Hummingbird
import NIOCore

/// What a request carries besides its body: who is signed in, their session token, the CSRF
/// token for forms, and the client's address (for throttling sign-ins).
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The signed-in user, set by the authentication middleware.
    public var user: User?
    /// The token that signed the user in (bearer or cookie), to end the session.
    public var sessionToken: String?
    /// A page's session cookie named a session that has ended (expired, or logged out elsewhere).
    public var sessionExpired = false
    /// The token forms on pages must echo back (double-submit cookie).
    public var csrfToken: String = ""

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Bodies larger than this are refused with 413.
    public var maxUploadSize: Int { 256 * 1024 }

    /// The signed-in user.
    /// - Throws: ``AccountError/notSignedIn``.
    public func requireUser() throws -> User {
        guard let user else { throw AccountError.notSignedIn }
        return user
    }

    /// The client's IP address, for per-address limits.
    var clientAddress: String? { remoteAddress?.ipAddress }
}
