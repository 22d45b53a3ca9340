/// What went wrong, in terms the edge maps to a status code (422, 404, 403, 409, ...).
public enum DomainErrorKind: Sendable, Equatable {
    /// The input was well formed but breaks a rule (422).
    case invalid
    /// The input could not be read at all: a bad id, cursor or parameter (400).
    case malformed
    /// Nobody is signed in, or the credentials are wrong (401).
    case unauthenticated
    /// Signed in, but not allowed to do this (403).
    case forbidden
    /// The thing does not exist, or is not visible to the caller (404).
    case notFound
    /// The request conflicts with what is stored (409).
    case conflict
    /// A payment was declined (402).
    case paymentRequired
    /// Something the request needs (a payment provider) did not answer in time; try again (503).
    case unavailable
    /// Too many attempts; try again after the given number of seconds (429).
    case rateLimited(retryAfterSeconds: Int)
}

/// An error the domain raises on purpose: it has a stable machine-readable `code`
/// (`"note.title_length"`) and a human message that never contains secrets.
public protocol DomainError: Error, Sendable {
    var kind: DomainErrorKind { get }
    var code: String { get }
    var message: String { get }
}
