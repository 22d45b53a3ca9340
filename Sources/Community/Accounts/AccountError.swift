import HongshuCore

public enum AccountError: DomainError, Equatable {
    case handleInvalid
    case handleTaken(String)
    case displayNameLength
    case passwordLength
    case invalidCredentials
    case tooManyAttempts(retryAfterSeconds: Int)
    case notSignedIn
    case userNotFound(User.ID)

    public var kind: DomainErrorKind {
        switch self {
        case .handleInvalid, .displayNameLength, .passwordLength: .invalid
        case .handleTaken: .conflict
        case .invalidCredentials, .notSignedIn: .unauthenticated
        case .tooManyAttempts(let seconds): .rateLimited(retryAfterSeconds: seconds)
        case .userNotFound: .notFound
        }
    }

    public var code: String {
        switch self {
        case .handleInvalid: "account.handle_invalid"
        case .handleTaken: "account.handle_taken"
        case .displayNameLength: "account.display_name_length"
        case .passwordLength: "account.password_length"
        case .invalidCredentials: "session.invalid_credentials"
        case .tooManyAttempts: "session.too_many_attempts"
        case .notSignedIn: "session.required"
        case .userNotFound: "user.not_found"
        }
    }

    public var message: String {
        switch self {
        case .handleInvalid:
            "A handle is 3 to 24 characters of lower-case letters a–z, digits and underscores."
        case .handleTaken(let handle): "The handle @\(handle) is already taken."
        case .displayNameLength: "A display name is 1 to 24 characters."
        case .passwordLength: "A password is at least 8 characters (and at most 72 bytes)."
        case .invalidCredentials: "That handle and password do not match."
        case .tooManyAttempts(let seconds): "Too many failed sign-ins. Try again in \(seconds) seconds."
        case .notSignedIn: "Sign in to do this."
        case .userNotFound(let id): "User \(id) does not exist."
        }
    }
}
