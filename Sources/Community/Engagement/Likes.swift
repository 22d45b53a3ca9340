import Foundation
import HongshuCore
import Insights

/// Liking notes. Idempotent: liking twice is one like.
public struct Likes: Sendable {
    let store: any LikeStore
    let notes: any NoteStore
    let limiter: ActionLimiter
    let notices: Notices?
    let events: EventLog?
    let now: @Sendable () -> Date

    public init(
        store: any LikeStore, notes: any NoteStore, limiter: ActionLimiter = ActionLimiter(), notices: Notices? = nil,
        events: EventLog? = nil, now: @escaping @Sendable () -> Date
    ) {
        self.events = events
        self.store = store
        self.notes = notes
        self.limiter = limiter
        self.notices = notices
        self.now = now
    }

    /// - Throws: ``NoteError/notFound(_:)`` for a missing or deleted note, ``RateLimitError``.
    @discardableResult
    public func like(_ note: Note.ID, by user: User.ID) async throws -> NoteStats {
        try await limiter.allow(.like, by: user, at: now())
        guard let outcome = try await store.like(note, by: user, at: now().truncatedToMilliseconds) else {
            throw NoteError.notFound(note)
        }
        if outcome.added {
            try await notices?.notify(outcome.author, .like, by: user, note: note)
            try await events?.record(.like, by: user, on: .note(note))
        }
        return outcome.stats
    }

    /// - Throws: ``NoteError/notFound(_:)`` for a missing or deleted note.
    @discardableResult
    public func unlike(_ note: Note.ID, by user: User.ID) async throws -> NoteStats {
        try await limiter.allow(.like, by: user, at: now())
        guard let stats = try await store.unlike(note, by: user) else { throw NoteError.notFound(note) }
        return stats
    }

    /// Adds likes made elsewhere (the world generator, an import) with their own times, in one
    /// transaction; existing likes stay. Returns how many were new.
    /// - Throws: ``NoteError/notFound(_:)`` when a note is missing or deleted (nothing is added).
    @discardableResult
    public func like(imported likes: [Like]) async throws -> Int {
        let notes = Array(Set(likes.map(\.note)))
        let live = try await self.notes.live(notes)
        if let missing = notes.first(where: { !live.contains($0) }) { throw NoteError.notFound(missing) }
        return try await store.insert(contentsOf: likes)
    }

    public func stats(_ note: Note.ID) async throws -> NoteStats {
        try await store.stats([note])[note] ?? NoteStats()
    }

    public func stats(_ notes: [Note.ID]) async throws -> [Note.ID: NoteStats] {
        notes.isEmpty ? [:] : try await store.stats(notes)
    }

    public func liked(_ notes: [Note.ID], by user: User.ID) async throws -> Set<Note.ID> {
        notes.isEmpty ? [] : try await store.liked(notes, by: user)
    }

}
