import Foundation
import HongshuCore

/// A note's exact engagement counts, kept in step with the rows they count.
public struct NoteStats: Hashable, Sendable {
    public var likes: Int
    /// People who saved the note into at least one board (not boards).
    public var collects: Int
    /// Live comments and replies.
    public var comments: Int
    public var shares: Int

    public init(likes: Int = 0, collects: Int = 0, comments: Int = 0, shares: Int = 0) {
        self.likes = likes
        self.collects = collects
        self.comments = comments
        self.shares = shares
    }
}

/// A named collection of saved notes. Everyone has a default board; others are made by name.
public struct Board: Identifiable, Hashable, Sendable {
    public typealias ID = BoardID
    public let id: ID
    public let owner: User.ID
    public var name: String
    public var isPrivate: Bool
    public let isDefault: Bool
    public let createdAt: Date
    /// Notes in the board (live ones), exact.
    public var noteCount: Int

    public init(
        id: ID, owner: User.ID, name: String, isPrivate: Bool, isDefault: Bool, createdAt: Date, noteCount: Int = 0
    ) {
        self.id = id
        self.owner = owner
        self.name = name
        self.isPrivate = isPrivate
        self.isDefault = isDefault
        self.createdAt = createdAt
        self.noteCount = noteCount
    }

    /// The name every default board starts with.
    public static let defaultName = "默认收藏"
}

/// Where likes are kept. Each backend implements it; the note's like count changes in the same
/// transaction as the like, so it stays exact under concurrency.
/// One person liking one note at a time (the batch unit of ``LikeStore``).
public struct Like: Hashable, Sendable {
    public let note: Note.ID
    public let user: User.ID
    public let at: Date

    public init(note: Note.ID, user: User.ID, at: Date) {
        self.note = note
        self.user = user
        self.at = at
    }
}

/// One note saved into one board at a time (the batch unit of ``BoardStore``).
public struct Collect: Hashable, Sendable {
    public let note: Note.ID
    public let board: Board.ID
    public let user: User.ID
    public let at: Date

    public init(note: Note.ID, board: Board.ID, user: User.ID, at: Date) {
        self.note = note
        self.board = board
        self.user = user
        self.at = at
    }
}

/// What liking did: the counts after, whether the like was new, and whose note it is.
public struct LikeOutcome: Hashable, Sendable {
    public let stats: NoteStats
    public let added: Bool
    public let author: User.ID

    public init(stats: NoteStats, added: Bool, author: User.ID) {
        self.stats = stats
        self.added = added
        self.author = author
    }
}

public protocol LikeStore: Sendable {
    /// Adds the likes that do not exist yet and counts them, in one transaction; returns how many were new.
    func insert(contentsOf likes: [Like]) async throws -> Int
    /// Likes a live note (idempotent) in one transaction and returns its counts after, whether
    /// the like is new, and the note's author; `nil` when the note is missing or deleted.
    func like(_ note: Note.ID, by user: User.ID, at date: Date) async throws -> LikeOutcome?
    /// Takes back a like on a live note and returns its counts after; `nil` when the note is
    /// missing or deleted.
    func unlike(_ note: Note.ID, by user: User.ID) async throws -> NoteStats?
    /// Which of `notes` the user likes.
    func liked(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID>
    /// Exact counts for each of `notes` (missing notes are absent).
    func stats(_ notes: [Note.ID]) async throws -> [Note.ID: NoteStats]
}

/// Where boards and collects are kept. Each backend implements it; the note's collect count
/// (people, not boards) and the board's note count change in the same transaction.
public protocol BoardStore: Sendable {
    /// - Throws: ``EngagementError/boardNameTaken(_:)`` for a name the owner already uses.
    func insert(_ board: Board) async throws
    func board(_ id: Board.ID) async throws -> Board?
    /// The owner's default board, if made yet.
    func defaultBoard(of owner: User.ID) async throws -> Board?
    /// The owner's boards, default first, then oldest first.
    func boards(of owner: User.ID) async throws -> [Board]
    /// Puts notes in boards, in one transaction; returns how many were new (existing ones stay).
    func collect(contentsOf collects: [Collect]) async throws -> Int
    /// Takes the note out of one board, or out of all the user's boards when `board` is nil;
    /// `false` if it was in none of them.
    func uncollect(_ note: Note.ID, from board: Board.ID?, by user: User.ID) async throws -> Bool
    /// The user's boards that hold the note.
    func boards(holding note: Note.ID, of user: User.ID) async throws -> [Board.ID]
    /// Which of `notes` the user has collected into any board.
    func collected(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID>
    /// The notes in a board, most recently collected first (live notes only).
    func notes(in board: Board.ID, page: PageRequest) async throws -> Page<Note.ID>
}

public enum EngagementError: DomainError, Equatable {
    case boardNameLength
    case boardNameTaken(String)
    case boardNotFound(Board.ID)
    case notBoardOwner(Board.ID)

    public var kind: DomainErrorKind {
        switch self {
        case .boardNameLength: .invalid
        case .boardNameTaken: .conflict
        case .boardNotFound: .notFound
        case .notBoardOwner: .forbidden
        }
    }

    public var code: String {
        switch self {
        case .boardNameLength: "board.name_length"
        case .boardNameTaken: "board.name_taken"
        case .boardNotFound: "board.not_found"
        case .notBoardOwner: "board.not_owner"
        }
    }

    public var message: String {
        switch self {
        case .boardNameLength: "A board's name is 1 to 20 characters."
        case .boardNameTaken(let name): "You already have a board called \(name)."
        case .boardNotFound(let id): "Board \(id) does not exist."
        case .notBoardOwner: "Only the board's owner can change what is in it."
        }
    }
}

extension BoardStore {
    /// Puts one note in one board; `false` if it was there already.
    public func collect(_ note: Note.ID, into board: Board.ID, by user: User.ID, at date: Date) async throws -> Bool {
        try await collect(contentsOf: [Collect(note: note, board: board, user: user, at: date)]) == 1
    }
}
