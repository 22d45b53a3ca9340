import Foundation
import HongshuCore

/// A notification: something someone did that concerns you. Likes and collects of one note are
/// gathered into one notice ("阿紫 and 23 others liked your note"); the rest are one each.
public struct Notice: Identifiable, Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case comment, reply, mention, like, collect, follow
    }

    public let id: Int64
    public let recipient: User.ID
    public let kind: Kind
    /// The latest person to act.
    public var actor: User.ID
    /// How many actions are gathered here (likes and collects of one note).
    public var actorCount: Int
    public let note: Note.ID?
    public let comment: Comment.ID?
    /// When it last changed (a new like on the same note brings it back to the top, unread).
    public var updatedAt: Date
    public var isRead: Bool

    public init(
        id: Int64, recipient: User.ID, kind: Kind, actor: User.ID, actorCount: Int = 1, note: Note.ID?,
        comment: Comment.ID?, updatedAt: Date, isRead: Bool = false
    ) {
        self.id = id
        self.recipient = recipient
        self.kind = kind
        self.actor = actor
        self.actorCount = actorCount
        self.note = note
        self.comment = comment
        self.updatedAt = updatedAt
        self.isRead = isRead
    }

    /// Notices with the same key are gathered into one: likes and collects per note, follows per person.
    var key: String {
        switch kind {
        case .like, .collect: "\(kind.rawValue):\(note?.rawValue ?? 0)"
        case .follow: "follow:\(actor.rawValue)"
        case .comment, .reply, .mention: "\(kind.rawValue):\(comment?.rawValue ?? 0):\(note?.rawValue ?? 0)"
        }
    }

    public var timeKey: TimeKey { TimeKey(time: updatedAt, id: id) }
}

/// Where notices are kept. Each backend implements it.
public protocol NoticeStore: Sendable {
    /// Adds notices, each gathered into the one with the same key if there is one (count up,
    /// latest actor, unread again), in one transaction, in order.
    func record(_ notices: [(notice: Notice, key: String)]) async throws
    /// A person's notices, most recent first.
    func notices(for recipient: User.ID, page: PageRequest) async throws -> Page<Notice>
    func unreadCount(for recipient: User.ID) async throws -> Int
    /// Marks every notice of the recipient read; returns how many were unread.
    func markAllRead(for recipient: User.ID) async throws -> Int
}

/// Telling people what others did: recorded by the operations that do things, read by the
/// notifications page. Nobody is notified of their own actions.
public struct Notices: Sendable {
    let store: any NoticeStore
    /// When set, notices are collected and written in batches by a service (off the request path).
    let buffer: WriteBehind<Notice>?
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any NoticeStore, buffered: Bool = false, now: @escaping @Sendable () -> Date,
        newID: @escaping @Sendable () -> Int64
    ) {
        self.store = store
        self.buffer = buffered ? WriteBehind { notices in try await store.record(notices.map { ($0, $0.key) }) } : nil
        self.now = now
        self.newID = newID
    }

    /// Writes what is buffered (a no-op when unbuffered).
    public func flush() async throws { try await buffer?.flush() }

    func notify(
        _ recipient: User.ID, _ kind: Notice.Kind, by actor: User.ID, note: Note.ID? = nil,
        comment: Comment.ID? = nil
    ) async throws {
        guard recipient != actor else { return }
        let notice = Notice(
            id: newID(), recipient: recipient, kind: kind, actor: actor, note: note, comment: comment,
            updatedAt: now().truncatedToMilliseconds)
        if let buffer { await buffer.add(notice) } else { try await store.record([(notice, notice.key)]) }
    }

    public func notices(for recipient: User.ID, page: PageRequest) async throws -> Page<Notice> {
        try await store.notices(for: recipient, page: page)
    }

    public func unreadCount(for recipient: User.ID) async throws -> Int {
        try await store.unreadCount(for: recipient)
    }

    @discardableResult
    public func markAllRead(for recipient: User.ID) async throws -> Int {
        try await store.markAllRead(for: recipient)
    }
}
