import Foundation
import Hummingbird

/// The cookies pages use: the session (HttpOnly, SameSite=Lax, Secure behind TLS) and the
/// CSRF token forms echo back.
enum SessionCookie {
    static let name = "hs_session"
    static let csrfName = "hs_csrf"

    static func session(_ token: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: name, value: token, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    static func clearedSession(secure: Bool) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    static func csrf(_ token: String, secure: Bool) -> Cookie {
        Cookie(name: csrfName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}

/// Protects page forms with a double-submit token: a random cookie that every POST form must
/// repeat in its `_csrf` field. A cross-site page can make the browser send the cookie but
/// cannot read it to fill in the field.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let secureCookies: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        let existing = request.cookies[SessionCookie.csrfName]?.value
        context.csrfToken = existing ?? Self.newToken()
        var response = try await next(request, context)
        if existing == nil { response.setCookie(SessionCookie.csrf(context.csrfToken, secure: secureCookies)) }
        return response
    }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined(separator: "x")
    }

    /// Whether a submitted token matches the cookie, compared in constant time.
    static func matches(_ submitted: String?, _ expected: String) -> Bool {
        guard let submitted, !expected.isEmpty, submitted.utf8.count == expected.utf8.count else { return false }
        return zip(submitted.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
