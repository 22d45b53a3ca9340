import Community
import Foundation
import HongshuCore
import Hummingbird
import Logging

/// Finds who is signing in: API requests by `Authorization: Bearer`, pages by the session
/// cookie (never the other way round, so the API cannot be driven cross-site by a cookie).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    enum Source { case bearer, cookie }

    let accounts: Accounts
    let source: Source
    /// Cookies are marked `Secure` (behind HTTPS).
    var secureCookies = false

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        guard let token = token(in: request) else { return try await next(request, context) }
        if let user = try await accounts.user(token: token, kind: source == .bearer ? .api : .web) {
            context.user = user
            context.sessionToken = token
            context.logger[metadataKey: "user.id"] = "\(user.id)"
            return try await next(request, context)
        }
        guard source == .cookie else { return try await next(request, context) }
        // A page's session that has ended: say so (a friendly page, not a bare log-in form) and drop the cookie.
        context.sessionExpired = true
        var response = try await next(request, context)
        response.setCookie(SessionCookie.clearedSession(secure: secureCookies))
        return response
    }

    private func token(in request: Request) -> String? {
        switch source {
        case .bearer:
            guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
                return nil
            }
            return String(header.dropFirst("bearer ".count)).trimmed
        case .cookie:
            return request.cookies[SessionCookie.name]?.value
        }
    }
}

/// Deny by default: routes added behind this middleware need a signed-in user.
/// The API answers 401; pages send the visitor to sign in and come back.
struct RequireUserMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let redirectToLogIn: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        guard context.user != nil else {
            if redirectToLogIn {
                let back = request.method == .get ? request.uri.description : "/"
                let path = Link.logIn(next: back).path
                let expired = context.sessionExpired ? (path.contains("?") ? "&expired=1" : "?expired=1") : ""
                return .redirect(to: path + expired, type: .found)
            }
            throw AccountError.notSignedIn
        }
        return try await next(request, context)
    }
}
