import Foundation
import HongshuCore
import Insights

/// Collecting notes into boards: a default board everyone has, and named ones, public or private.
public struct Boards: Sendable {
    let store: any BoardStore
    let notes: any NoteStore
    let notices: Notices?
    let events: EventLog?
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any BoardStore, notes: any NoteStore, notices: Notices? = nil, events: EventLog? = nil,
        now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64
    ) {
        self.events = events
        self.notices = notices
        self.store = store
        self.notes = notes
        self.now = now
        self.newID = newID
    }

    /// Makes a named board.
    /// - Throws: ``EngagementError/boardNameLength`` or ``EngagementError/boardNameTaken(_:)``.
    public func create(named name: String, isPrivate: Bool, by owner: User.ID) async throws -> Board {
        let name = name.trimmed
        guard (1...20).contains(name.count) else { throw EngagementError.boardNameLength }
        if try await store.boards(of: owner).contains(where: { $0.name == name }) {
            throw EngagementError.boardNameTaken(name)
        }
        let board = Board(
            id: BoardID(newID()), owner: owner, name: name, isPrivate: isPrivate, isDefault: false,
            createdAt: now().truncatedToMilliseconds)
        try await store.insert(board)
        return board
    }

    /// The user's boards, default first (made on first use).
    public func boards(of owner: User.ID) async throws -> [Board] {
        _ = try await defaultBoard(of: owner)
        return try await store.boards(of: owner)
    }

    /// The boards of `owner` that `viewer` may see: all of them for the owner, public ones for others.
    public func boards(of owner: User.ID, seenBy viewer: User.ID?) async throws -> [Board] {
        if viewer == owner { return try await boards(of: owner) }
        return try await store.boards(of: owner).filter { !$0.isPrivate }
    }

    /// Saves a note into one of the user's boards (the default one when `board` is nil).
    /// Returns the boards of the user that now hold it.
    /// - Throws: ``NoteError/notFound(_:)``, ``EngagementError/boardNotFound(_:)``,
    ///   ``EngagementError/notBoardOwner(_:)``.
    @discardableResult
    public func collect(_ note: Note.ID, into board: Board.ID? = nil, by user: User.ID) async throws -> [Board.ID] {
        guard let saved = try await notes.note(note) else { throw NoteError.notFound(note) }
        let target = if let board { try await owned(board, by: user) } else { try await defaultBoard(of: user) }
        if try await store.collect(note, into: target.id, by: user, at: now().truncatedToMilliseconds) {
            try await notices?.notify(saved.author, .collect, by: user, note: note)
            try await events?.record(.collect, by: user, on: .note(note), context: ["board": target.id.description])
        }
        return try await store.boards(holding: note, of: user)
    }

    /// Adds collects made elsewhere (the world generator, an import) into each user's default
    /// board, with their own times, in one transaction; existing ones stay. Returns how many were new.
    /// - Throws: ``NoteError/notFound(_:)`` when a note is missing or deleted (nothing is added).
    @discardableResult
    public func collect(imported saves: [(note: Note.ID, user: User.ID, at: Date)]) async throws -> Int {
        let notes = Array(Set(saves.map(\.note)))
        let live = try await self.notes.live(notes)
        if let missing = notes.first(where: { !live.contains($0) }) { throw NoteError.notFound(missing) }
        var defaults: [User.ID: Board.ID] = [:]
        for user in Set(saves.map(\.user)).sorted() { defaults[user] = try await defaultBoard(of: user).id }
        return try await store.collect(
            contentsOf: saves.map { Collect(note: $0.note, board: defaults[$0.user]!, user: $0.user, at: $0.at) })
    }

    /// Takes a note out of one board, or out of all the user's boards.
    /// - Throws: ``NoteError/notFound(_:)``, ``EngagementError/boardNotFound(_:)``,
    ///   ``EngagementError/notBoardOwner(_:)``.
    @discardableResult
    public func uncollect(_ note: Note.ID, from board: Board.ID? = nil, by user: User.ID) async throws -> [Board.ID] {
        guard try await notes.note(note) != nil else { throw NoteError.notFound(note) }
        if let board { _ = try await owned(board, by: user) }
        _ = try await store.uncollect(note, from: board, by: user)
        return try await store.boards(holding: note, of: user)
    }

    /// A board and a page of its notes, as `viewer` may see it: private boards only by their owner.
    /// - Throws: ``EngagementError/boardNotFound(_:)`` (also for someone else's private board).
    public func board(_ id: Board.ID, page: PageRequest, viewer: User.ID?) async throws -> (Board, Page<Note>) {
        guard let board = try await store.board(id), !board.isPrivate || board.owner == viewer else {
            throw EngagementError.boardNotFound(id)
        }
        let ids = try await store.notes(in: id, page: page)
        var found: [Note] = []
        for noteID in ids.items { if let note = try await notes.note(noteID) { found.append(note) } }
        return (board, Page(items: found, next: ids.next))
    }

    public func collected(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID> {
        notes.isEmpty ? [] : try await store.collected(notes, by: user)
    }

    public func boards(holding note: Note.ID, of user: User.ID) async throws -> [Board.ID] {
        try await store.boards(holding: note, of: user)
    }

    private func owned(_ id: Board.ID, by user: User.ID) async throws -> Board {
        guard let board = try await store.board(id) else { throw EngagementError.boardNotFound(id) }
        guard board.owner == user else { throw EngagementError.notBoardOwner(id) }
        return board
    }

    private func defaultBoard(of user: User.ID) async throws -> Board {
        if let board = try await store.defaultBoard(of: user) { return board }
        let board = Board(
            id: BoardID(newID()), owner: user, name: Board.defaultName, isPrivate: false, isDefault: true,
            createdAt: now().truncatedToMilliseconds)
        do {
            try await store.insert(board)
            return board
        } catch EngagementError.boardNameTaken {
            // Made at the same moment by another request of the same user: use that one.
            guard let made = try await store.defaultBoard(of: user) else {
                throw EngagementError.boardNotFound(board.id)
            }
            return made
        }
    }
}
