import Foundation

/// An opaque position in a list, handed to clients as a string and handed back to continue.
public struct Cursor: Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The error for a cursor that this server did not make.
public struct CursorError: DomainError, Equatable {
    public init() {}
    public var kind: DomainErrorKind { .malformed }
    public var code: String { "cursor.invalid" }
    public var message: String { "The cursor is not valid for this list." }
}

/// Which page of a list to read: at most `limit` items, after `cursor` (or from the start).
public struct PageRequest: Hashable, Sendable {
    public static let maximumLimit = 100
    public let limit: Int
    public let cursor: Cursor?

    /// Clamps `limit` to 1...100.
    public init(limit: Int, after cursor: Cursor? = nil) {
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.cursor = cursor
    }

    public static func first(_ limit: Int) -> PageRequest { PageRequest(limit: limit) }
}

/// One page of a list and where the next one starts (`nil` at the end).
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var next: Cursor?

    public init(items: [Item], next: Cursor?) {
        self.items = items
        self.next = next
    }

    /// The same page with each item transformed (the cursor stays valid).
    public func map<T>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), next: next)
    }
}

/// The keyset most lists are ordered by: a time, then an id to break ties (both descending).
public struct TimeKey: Hashable, Sendable {
    public let time: Date
    public let id: Int64

    public init(time: Date, id: Int64) {
        self.time = time
        self.id = id
    }

    /// Microseconds since 1970: exact in both backends and in the cursor.
    public var microseconds: Int64 { Int64((time.timeIntervalSince1970 * 1_000_000).rounded()) }

    public var cursor: Cursor { Cursor(rawValue: "t\(String(microseconds, radix: 36))_\(String(id, radix: 36))") }

    /// Reads a cursor made by ``cursor``.
    /// - Throws: ``CursorError`` for anything else.
    public init(_ cursor: Cursor) throws {
        let text = cursor.rawValue
        guard text.first == "t", let split = text.firstIndex(of: "_"),
            let micros = Int64(text[text.index(after: text.startIndex)..<split], radix: 36),
            let id = Int64(text[text.index(after: split)...], radix: 36)
        else { throw CursorError() }
        self.init(time: Date(timeIntervalSince1970: Double(micros) / 1_000_000), id: id)
    }

    /// The page for items already fetched in order, one more than the limit if there is more.
    public static func page<Item>(_ fetched: [Item], limit: Int, key: (Item) -> TimeKey) -> Page<Item> {
        guard fetched.count > limit else { return Page(items: fetched, next: nil) }
        let items = Array(fetched.prefix(limit))
        return Page(items: items, next: items.last.map { key($0).cursor })
    }
}

/// The keyset of lists ordered by a score, then an id (both descending): hot comments.
public struct RankKey: Hashable, Sendable {
    public let rank: Int64
    public let id: Int64

    public init(rank: Int64, id: Int64) {
        self.rank = rank
        self.id = id
    }

    public var cursor: Cursor { Cursor(rawValue: "r\(String(rank, radix: 36))_\(String(id, radix: 36))") }

    /// - Throws: ``CursorError`` for a cursor not made by ``cursor``.
    public init(_ cursor: Cursor) throws {
        let text = cursor.rawValue
        guard text.first == "r", let split = text.firstIndex(of: "_"),
            let rank = Int64(text[text.index(after: text.startIndex)..<split], radix: 36),
            let id = Int64(text[text.index(after: split)...], radix: 36)
        else { throw CursorError() }
        self.init(rank: rank, id: id)
    }

    public static func page<Item>(_ fetched: [Item], limit: Int, key: (Item) -> RankKey) -> Page<Item> {
        guard fetched.count > limit else { return Page(items: fetched, next: nil) }
        let items = Array(fetched.prefix(limit))
        return Page(items: items, next: items.last.map { key($0).cursor })
    }
}
