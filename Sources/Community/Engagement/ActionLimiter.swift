import Foundation
import HongshuCore

/// Per-user limits on how fast people comment and like, so a script cannot flood a note.
/// A sliding window of one minute per user and action; in memory, per server process.
public actor ActionLimiter {
    public enum Action: String, Sendable { case comment, like }

    public struct Limits: Sendable {
        public var commentsPerMinute: Int
        public var likesPerMinute: Int

        /// 20 comments and 120 likes (or unlikes) a minute.
        public static let standard = Limits(commentsPerMinute: 20, likesPerMinute: 120)
        /// No limits (imports, the world generator, benchmarks).
        public static let none = Limits(commentsPerMinute: .max, likesPerMinute: .max)

        public init(commentsPerMinute: Int, likesPerMinute: Int) {
            self.commentsPerMinute = commentsPerMinute
            self.likesPerMinute = likesPerMinute
        }
    }

    private let limits: Limits
    private var recent: [String: [Date]] = [:]
    private static let maximumKeys = 200_000

    public init(limits: Limits = .standard) { self.limits = limits }

    /// Records the action, or says how long to wait.
    /// - Throws: ``RateLimitError`` when the user is over the limit.
    func allow(_ action: Action, by user: User.ID, at now: Date) throws {
        let limit = action == .comment ? limits.commentsPerMinute : limits.likesPerMinute
        guard limit < .max else { return }
        let key = "\(action.rawValue):\(user.rawValue)"
        let window = (recent[key] ?? []).filter { now.timeIntervalSince($0) < 60 }
        if window.count >= limit, let oldest = window.first {
            recent[key] = window
            throw RateLimitError(
                action: action, retryAfterSeconds: max(1, Int((60 - now.timeIntervalSince(oldest)).rounded(.up))))
        }
        if recent.count >= Self.maximumKeys { recent.removeAll(keepingCapacity: true) }
        recent[key] = window + [now]
    }
}

/// Too many comments or likes in a minute.
public struct RateLimitError: DomainError, Equatable {
    public let action: ActionLimiter.Action
    public let retryAfterSeconds: Int

    public var kind: DomainErrorKind { .rateLimited(retryAfterSeconds: retryAfterSeconds) }
    public var code: String { "rate_limited.\(action.rawValue)" }
    public var message: String {
        "You are doing that too fast. Try again in \(retryAfterSeconds) seconds."
    }
}
