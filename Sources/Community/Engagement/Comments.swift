import Foundation
import HongshuCore
import Insights

/// Commenting on notes: comments and replies (two levels), likes on comments, pinning and deleting.
public struct Comments: Sendable {
    let store: any CommentStore
    let notes: any NoteStore
    let users: any UserStore
    let blocks: (any BlockStore)?
    let limiter: ActionLimiter
    let notices: Notices?
    let events: EventLog?
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any CommentStore, notes: any NoteStore, users: any UserStore, blocks: (any BlockStore)? = nil,
        limiter: ActionLimiter = ActionLimiter(), notices: Notices? = nil, events: EventLog? = nil,
        now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64
    ) {
        self.events = events
        self.notices = notices
        self.store = store
        self.notes = notes
        self.users = users
        self.blocks = blocks
        self.limiter = limiter
        self.now = now
        self.newID = newID
    }

    /// Comments on a note, or replies to a comment on it (`parent`). A reply to a reply is filed
    /// under the top comment and remembers whom it answers.
    /// - Throws: ``CommentError/bodyLength``, ``NoteError/notFound(_:)``, ``CommentError/notFound(_:)``,
    ///   ``CommentError/parentOnAnotherNote``, ``RateLimitError``.
    public func comment(on note: Note.ID, body: String, replyingTo parent: Comment.ID? = nil, by author: User.ID)
        async throws -> Comment
    {
        let body = body.trimmed
        guard (1...Comment.bodyLimit).contains(body.count) else { throw CommentError.bodyLength }
        guard let noteAuthor = try await notes.author(of: note) else { throw NoteError.notFound(note) }
        try await limiter.allow(.comment, by: author, at: now())
        var thread: Comment.ID?
        var replyingTo: User.ID?
        var answeredAuthor: User.ID?
        if let parent {
            guard let answered = try await store.comment(parent), !answered.isDeleted else {
                throw CommentError.notFound(parent)
            }
            guard answered.note == note else { throw CommentError.parentOnAnotherNote }
            thread = answered.thread ?? answered.id
            replyingTo = answered.thread == nil ? nil : answered.author
            answeredAuthor = answered.author
            if let blocks, try await !blocks.blockers(of: author, among: [answered.author]).isEmpty {
                throw BlockError.blocked
            }
        }
        if let blocks, try await !blocks.blockers(of: author, among: [noteAuthor]).isEmpty {
            throw BlockError.blocked
        }
        let handles = NoteText.mentionedHandles(in: body)
        let mentioned = handles.isEmpty ? [] : try await users.users(handles: handles)
        // People who blocked the author cannot be mentioned by them: the @handle stays plain text.
        let blockers = try await blocks?.blockers(of: author, among: mentioned.map(\.id)) ?? []
        let byHandle = Dictionary(
            uniqueKeysWithValues: mentioned.filter { !blockers.contains($0.id) }.map { ($0.handle, $0.id) })
        let comment = Comment(
            id: CommentID(newID()), note: note, author: author, thread: thread, replyingTo: replyingTo, body: body,
            mentions: handles.compactMap { byHandle[$0] }.filter { $0 != author },
            createdAt: now().truncatedToMilliseconds)
        try await store.insert(comment)
        try await events?.record(.comment, by: author, on: .note(note), context: ["comment": comment.id.description])
        if let answeredAuthor {
            try await notices?.notify(answeredAuthor, .reply, by: author, note: note, comment: comment.id)
        }
        if answeredAuthor != noteAuthor {
            try await notices?.notify(noteAuthor, .comment, by: author, note: note, comment: comment.id)
        }
        for mentioned in comment.mentions where mentioned != answeredAuthor && mentioned != noteAuthor {
            try await notices?.notify(mentioned, .mention, by: author, note: note, comment: comment.id)
        }
        return comment
    }

    /// Adds comments written elsewhere (the world generator, an import) with their own ids and
    /// times, threads and reply targets, under the same rules as ``comment(on:body:replyingTo:by:)``,
    /// in one transaction: all or none. A thread may be earlier in the same batch.
    /// - Throws: ``CommentError``, ``NoteError/notFound(_:)``.
    public func comment(imported batch: [Comment]) async throws {
        guard !batch.isEmpty else { return }
        let notes = Array(Set(batch.map(\.note)))
        let live = try await self.notes.live(notes)
        if let missing = notes.first(where: { !live.contains($0) }) { throw NoteError.notFound(missing) }
        var known = Dictionary(
            uniqueKeysWithValues: try await store.comments(Array(Set(batch.compactMap(\.thread)))).map { ($0.id, $0) })
        for comment in batch {
            guard (1...Comment.bodyLimit).contains(comment.body.trimmed.count) else { throw CommentError.bodyLength }
            if let thread = comment.thread {
                guard let top = known[thread], !top.isDeleted, top.thread == nil else {
                    throw CommentError.notFound(thread)
                }
                guard top.note == comment.note else { throw CommentError.parentOnAnotherNote }
            }
            known[comment.id] = comment
        }
        try await store.insert(
            contentsOf: batch.map { comment in
                var comment = comment
                comment.body = comment.body.trimmed
                comment.likes = 0
                comment.replies = 0
                comment.isDeleted = false
                return comment
            })
    }

    /// The note's top comments, hottest first.
    /// - Throws: ``NoteError/notFound(_:)``.
    public func topComments(on note: Note.ID, page: PageRequest) async throws -> Page<Comment> {
        guard try await notes.note(note) != nil else { throw NoteError.notFound(note) }
        return try await store.topComments(of: note, page: page)
    }

    /// Replies filed under a top comment, oldest first.
    /// - Throws: ``CommentError/notFound(_:)``.
    public func replies(to thread: Comment.ID, page: PageRequest) async throws -> Page<Comment> {
        guard let top = try await store.comment(thread), top.thread == nil else { throw CommentError.notFound(thread) }
        return try await store.replies(in: thread, page: page)
    }

    public func comment(_ id: Comment.ID) async throws -> Comment {
        guard let comment = try await store.comment(id) else { throw CommentError.notFound(id) }
        return comment
    }

    /// Deletes a comment: its author may, and so may the note's author.
    /// - Throws: ``CommentError/notFound(_:)``, ``CommentError/notAllowed``.
    public func delete(_ id: Comment.ID, by user: User.ID) async throws {
        let comment = try await comment(id)
        guard !comment.isDeleted else { throw CommentError.notFound(id) }
        if comment.author != user {
            guard let note = try await notes.note(comment.note), note.author == user else {
                throw CommentError.notAllowed
            }
        }
        _ = try await store.markDeleted(id, at: now().truncatedToMilliseconds)
        if try await store.pinned(on: comment.note) == id { try await store.pin(nil, on: comment.note) }
    }

    /// Likes a comment (idempotent); returns its like count.
    @discardableResult
    public func like(_ id: Comment.ID, by user: User.ID) async throws -> Int {
        guard !(try await comment(id)).isDeleted else { throw CommentError.notFound(id) }
        try await limiter.allow(.like, by: user, at: now())
        _ = try await store.like(id, by: user, at: now().truncatedToMilliseconds)
        return try await comment(id).likes
    }

    @discardableResult
    public func unlike(_ id: Comment.ID, by user: User.ID) async throws -> Int {
        _ = try await comment(id)
        _ = try await store.unlike(id, by: user)
        return try await comment(id).likes
    }

    /// Pins a top comment on one's own note (or unpins with `nil`).
    /// - Throws: ``NoteError/notFound(_:)``, ``NoteError/notAuthor(_:)``, ``CommentError``.
    public func pin(_ id: Comment.ID?, on note: Note.ID, by user: User.ID) async throws {
        guard let found = try await notes.note(note) else { throw NoteError.notFound(note) }
        guard found.author == user else { throw NoteError.notAuthor(note) }
        if let id {
            let comment = try await comment(id)
            guard comment.note == note, comment.thread == nil, !comment.isDeleted else {
                throw CommentError.parentOnAnotherNote
            }
        }
        try await store.pin(id, on: note)
    }

    public func pinned(on note: Note.ID) async throws -> Comment? {
        guard let id = try await store.pinned(on: note) else { return nil }
        return try await store.comment(id)
    }

    public func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int] {
        notes.isEmpty ? [:] : try await store.counts(notes)
    }
}
