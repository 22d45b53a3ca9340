import Foundation
import HongshuCore

/// A comment on a note, or a reply. Threads are two levels deep, as on the reference
/// platform: a reply to a reply is filed under the top comment, remembering whom it answers.
public struct Comment: Identifiable, Hashable, Sendable {
    public typealias ID = CommentID
    public let id: ID
    public let note: Note.ID
    public let author: User.ID
    /// The top comment this reply is filed under; `nil` for a top comment.
    public let thread: Comment.ID?
    /// Whom a reply answers ("replying to @x"), when it answers a reply.
    public let replyingTo: User.ID?
    /// Empty once deleted (the thread keeps a placeholder while it has replies).
    public var body: String
    public var mentions: [User.ID]
    public let createdAt: Date
    public var isDeleted: Bool
    public var likes: Int
    public var replies: Int

    public init(
        id: ID, note: Note.ID, author: User.ID, thread: Comment.ID?, replyingTo: User.ID?, body: String,
        mentions: [User.ID] = [], createdAt: Date, isDeleted: Bool = false, likes: Int = 0, replies: Int = 0
    ) {
        self.id = id
        self.note = note
        self.author = author
        self.thread = thread
        self.replyingTo = replyingTo
        self.body = body
        self.mentions = mentions
        self.createdAt = createdAt
        self.isDeleted = isDeleted
        self.likes = likes
        self.replies = replies
    }

    public static let bodyLimit = 500

    /// Its place among the note's top comments.
    public var rankKey: RankKey { RankKey(rank: Self.rank(createdAt: createdAt, likes: likes), id: id.rawValue) }
    /// Its place in a thread (oldest first).
    public var timeKey: TimeKey { TimeKey(time: createdAt, id: id.rawValue) }

    /// How top comments are ordered: recency, lifted six hours for every like (a "hot" order
    /// that lets good comments rise without burying new ones). Kept in the store, so pages are stable.
    public static func rank(createdAt: Date, likes: Int) -> Int64 {
        Int64(createdAt.timeIntervalSince1970) + Int64(likes) * 6 * 3_600
    }
}

/// Where comments are kept. Each backend implements it; counts (the note's comments, a
/// thread's replies, a comment's likes) change in the same transaction as the rows.
public protocol CommentStore: Sendable {
    /// Adds comments (threads before their replies) and counts them, in one transaction.
    func insert(contentsOf comments: [Comment]) async throws
    func comment(_ id: Comment.ID) async throws -> Comment?
    /// The comments among `ids` that exist (deleted ones included), in no particular order.
    func comments(_ ids: [Comment.ID]) async throws -> [Comment]
    /// Top comments of a note, hottest first; deleted ones without replies are gone.
    func topComments(of note: Note.ID, page: PageRequest) async throws -> Page<Comment>
    /// Replies in a thread, oldest first (deleted replies are gone).
    func replies(in thread: Comment.ID, page: PageRequest) async throws -> Page<Comment>
    /// Marks the comment deleted and uncounts it; `false` if it already was.
    func markDeleted(_ id: Comment.ID, at date: Date) async throws -> Bool
    /// Likes a comment; `false` if already liked.
    func like(_ id: Comment.ID, by user: User.ID, at date: Date) async throws -> Bool
    /// Takes back a like; `false` if there was none.
    func unlike(_ id: Comment.ID, by user: User.ID) async throws -> Bool
    /// The note's pinned comment, if any.
    func pinned(on note: Note.ID) async throws -> Comment.ID?
    /// Pins one comment on the note (or none), replacing any pinned before.
    func pin(_ comment: Comment.ID?, on note: Note.ID) async throws
    /// The number of live comments and replies on each note.
    func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int]
}

public enum CommentError: DomainError, Equatable {
    case bodyLength
    case notFound(Comment.ID)
    case parentOnAnotherNote
    case notAllowed

    public var kind: DomainErrorKind {
        switch self {
        case .bodyLength, .parentOnAnotherNote: .invalid
        case .notFound: .notFound
        case .notAllowed: .forbidden
        }
    }

    public var code: String {
        switch self {
        case .bodyLength: "comment.body_length"
        case .notFound: "comment.not_found"
        case .parentOnAnotherNote: "comment.parent_mismatch"
        case .notAllowed: "comment.not_allowed"
        }
    }

    public var message: String {
        switch self {
        case .bodyLength: "A comment is 1 to \(Comment.bodyLimit) characters."
        case .notFound(let id): "Comment \(id) does not exist."
        case .parentOnAnotherNote: "A reply must answer a comment on the same note."
        case .notAllowed: "Only the comment's author or the note's author can do this."
        }
    }
}

extension CommentStore {
    /// Adds one comment (see ``insert(contentsOf:)``).
    public func insert(_ comment: Comment) async throws { try await insert(contentsOf: [comment]) }
}
