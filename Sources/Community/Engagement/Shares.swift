import Foundation
import HongshuCore
import Insights

/// One note shared: as a link, or in the app to another person. Its short code opens the note.
public struct Share: Hashable, Sendable {
    public enum Channel: String, Sendable, CaseIterable, Codable { case link, user }

    public let code: String
    public let note: Note.ID
    public let sharer: User.ID
    public let channel: Channel
    /// Who it was sent to, for in-app shares.
    public let recipient: User.ID?
    public let at: Date

    public init(code: String, note: Note.ID, sharer: User.ID, channel: Channel, recipient: User.ID?, at: Date) {
        self.code = code
        self.note = note
        self.sharer = sharer
        self.channel = channel
        self.recipient = recipient
        self.at = at
    }
}

/// Where shares are kept. Each backend implements it; the note's share count changes with the row.
public protocol ShareStore: Sendable {
    func insert(_ share: Share) async throws
    func share(code: String) async throws -> Share?
    /// How many times each note was shared.
    func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int]
}

public enum ShareError: DomainError, Equatable {
    case recipientRequired
    case recipientNotAllowed
    case unknownRecipient(String)
    case notFound

    public var kind: DomainErrorKind {
        switch self {
        case .recipientRequired, .recipientNotAllowed, .unknownRecipient: .invalid
        case .notFound: .notFound
        }
    }

    public var code: String {
        switch self {
        case .recipientRequired: "share.recipient_required"
        case .recipientNotAllowed: "share.recipient_not_allowed"
        case .unknownRecipient: "share.unknown_recipient"
        case .notFound: "share.not_found"
        }
    }

    public var message: String {
        switch self {
        case .recipientRequired: "Sharing in the app needs someone to send it to (not yourself)."
        case .recipientNotAllowed: "A link share has no recipient."
        case .unknownRecipient(let handle): "Nobody is called @\(handle.prefix(24))."
        case .notFound: "This share link does not exist."
        }
    }
}

/// Sharing notes and opening share links.
public struct Shares: Sendable {
    let store: any ShareStore
    let notes: any NoteStore
    let users: any UserStore
    let events: EventLog?
    let now: @Sendable () -> Date

    public init(
        store: any ShareStore, notes: any NoteStore, users: any UserStore, events: EventLog? = nil,
        now: @escaping @Sendable () -> Date
    ) {
        self.events = events
        self.store = store
        self.notes = notes
        self.users = users
        self.now = now
    }

    /// Records a share and makes its link code.
    /// - Throws: ``NoteError/notFound(_:)``, ``ShareError``, ``AccountError/userNotFound(_:)``.
    public func share(_ note: Note.ID, by sharer: User.ID, channel: Share.Channel, to recipient: User.ID? = nil)
        async throws -> Share
    {
        guard try await notes.note(note) != nil else { throw NoteError.notFound(note) }
        switch channel {
        case .link: guard recipient == nil else { throw ShareError.recipientNotAllowed }
        case .user:
            guard let recipient, recipient != sharer else { throw ShareError.recipientRequired }
            guard try await users.user(recipient) != nil else { throw AccountError.userNotFound(recipient) }
        }
        let share = Share(
            code: Self.newCode(), note: note, sharer: sharer, channel: channel, recipient: recipient,
            at: now().truncatedToMilliseconds)
        try await store.insert(share)
        try await events?.record(.share, by: sharer, on: .note(note), context: ["channel": channel.rawValue])
        return share
    }

    /// The note a share code opens (if the note is still there).
    /// - Throws: ``ShareError/notFound``, ``NoteError/notFound(_:)``.
    public func open(code: String) async throws -> Note.ID {
        guard code.count <= 32, let share = try await store.share(code: code) else { throw ShareError.notFound }
        guard try await notes.note(share.note) != nil else { throw NoteError.notFound(share.note) }
        return share.note
    }

    public func counts(_ notes: [Note.ID]) async throws -> [Note.ID: Int] {
        notes.isEmpty ? [:] : try await store.counts(notes)
    }

    /// 12 characters from 32 letters and digits: short enough to type, 60 bits of randomness.
    static func newCode() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }
}
