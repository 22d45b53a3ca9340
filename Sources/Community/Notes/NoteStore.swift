import Foundation
import HongshuCore

/// Where notes are kept. Each backend implements it; deleted notes are invisible to every read.
public protocol NoteStore: Sendable {
    /// Adds a note and counts it for its author, in one transaction.
    func insert(_ note: Note) async throws
    /// The note, unless it does not exist or was deleted.
    func note(_ id: Note.ID) async throws -> Note?
    /// Marks the note deleted (kept for audit) and uncounts it; `false` if it was not live.
    func markDeleted(_ id: Note.ID, at date: Date) async throws -> Bool
    /// The author's live notes, newest first.
    func notes(by author: User.ID, page: PageRequest) async throws -> Page<Note>
    /// All live notes, newest first.
    func latest(page: PageRequest) async throws -> Page<Note>
}
