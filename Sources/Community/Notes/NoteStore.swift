import Foundation
import HongshuCore

/// Where notes are kept. Each backend implements it; deleted notes are invisible to every read.
public protocol NoteStore: Sendable {
    /// Adds notes, lists them under their tags (and those tags' ancestors) and topics, and
    /// counts them for their authors, all in one transaction.
    func insert(contentsOf notes: [Note]) async throws
    /// The note, unless it does not exist or was deleted.
    func note(_ id: Note.ID) async throws -> Note?
    /// The author of a live note (`nil` if it is missing or deleted): a cheap check for writes on it.
    func author(of note: Note.ID) async throws -> User.ID?
    /// The live notes among `ids`, in no particular order.
    func notes(_ ids: [Note.ID]) async throws -> [Note]
    /// Which of `ids` are notes that exist and are not deleted.
    func live(_ ids: [Note.ID]) async throws -> Set<Note.ID>
    /// Marks the note deleted (kept for audit) and uncounts it; `false` if it was not live.
    func markDeleted(_ id: Note.ID, at date: Date) async throws -> Bool
    /// The author's live notes, newest first.
    func notes(by author: User.ID, page: PageRequest) async throws -> Page<Note>
    /// Live notes listed under a tag or any of its descendants, newest first.
    func notes(tagged tag: Tag.ID, page: PageRequest) async throws -> Page<Note>
    /// Live notes that show a product's card, newest first.
    func notes(featuring product: ProductID, page: PageRequest) async throws -> Page<Note>
    /// All live notes, newest first.
    func latest(page: PageRequest) async throws -> Page<Note>
}

extension NoteStore {
    /// Adds one note (see ``insert(contentsOf:)``).
    public func insert(_ note: Note) async throws { try await insert(contentsOf: [note]) }
}
