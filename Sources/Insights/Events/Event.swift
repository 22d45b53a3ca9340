import Foundation
import HongshuCore

/// Something a person did, kept in the append-only event log: the raw material of ranking,
/// trends, creator metrics and attribution (never numbers written by hand).
public struct Event: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case impression, read, like, collect, comment, share, follow, search
        case searchClick = "search_click"
        case productView = "product_view"
        case productClick = "product_click"
        case addToCart = "add_to_cart"
        case checkout, purchase, refund
        case checkIn = "check_in"
        /// Someone said a note's tag or author is not for them (the discovery feed down-weights it at once).
        case notInterested = "not_interested"
    }

    /// What the event is about: a note, a user, a comment, a product, an order, a search.
    public struct Subject: Hashable, Sendable {
        public let type: String
        public let id: Int64

        public init(type: String, id: Int64) {
            self.type = type
            self.id = id
        }

        public static func note(_ id: NoteID) -> Subject { Subject(type: "note", id: id.rawValue) }
        public static func user(_ id: UserID) -> Subject { Subject(type: "user", id: id.rawValue) }
    }

    public let id: Int64
    public let at: Date
    public let user: UserID?
    public let kind: Kind
    public let subject: Subject
    /// Where it happened and anything else worth keeping (surface, position, search id, campaign, creator;
    /// `amount` and `currency` of a purchase or refund).
    public let context: [String: String]
    /// The anonymous device a client reported it from (people who have not signed in are known by it).
    public let device: String?
    /// The client's session (one app visit), when a client reported it.
    public let session: String?

    public init(
        id: Int64, at: Date, user: UserID?, kind: Kind, subject: Subject, context: [String: String] = [:],
        device: String? = nil, session: String? = nil
    ) {
        self.id = id
        self.at = at
        self.user = user
        self.kind = kind
        self.subject = subject
        self.context = context
        self.device = device
        self.session = session
    }

    /// The amount of a purchase or refund, in minor units, with its currency code.
    public var amount: (minor: Int64, currency: String)? {
        guard let amount = context["amount"].flatMap({ Int64($0) }), let currency = context["currency"] else {
            return nil
        }
        return (amount, currency)
    }
}

/// Where events are kept: appended, never changed. Each backend implements it.
public protocol EventStore: Sendable {
    func append(_ events: [Event]) async throws
    /// Appends the events whose client key (`actor`, the reporter: `u:USER` or `d:DEVICE`, and the client's
    /// event id) has not been seen, in one transaction; returns the ids of those appended.
    func append(reported events: [(event: Event, actor: String, clientID: String)]) async throws -> Set<Int64>
    /// Removes events (and client keys) older than `cutoff`; returns how many events went.
    func prune(before cutoff: Date) async throws -> Int
    /// The log in the store's scan order, `limit` events after `last` (the last event of the previous batch, or
    /// the time to start from with an id of ``Snowflake/firstID(at:)`` − 1): a scan of the whole log, for rebuilds.
    /// The order is by time, nearly: SQLite walks ids (made at the time of recording), PostgreSQL (time, id).
    func events(after last: (at: Date, id: Int64)?, limit: Int) async throws -> [Event]
    /// A person's events, most recent first.
    func events(by user: UserID, page: PageRequest) async throws -> Page<Event>
    /// How many events of a kind a subject has.
    func count(_ kind: Event.Kind, subject: Event.Subject) async throws -> Int
    /// Adds read events to their notes' read counts (in one transaction).
    func addReads(_ reads: [NoteID: Int]) async throws
}

/// Told of events once they are stored. It handles its own failures: a stored event is never stored again.
public protocol EventObserver: Sendable {
    /// `lateBefore`: events older than this may belong before things already derived from the log.
    func observe(_ events: [Event], lateBefore: Date?) async
}

/// Several observers, told in turn.
public struct EventObservers: EventObserver {
    let observers: [any EventObserver]

    public init(_ observers: [any EventObserver]) { self.observers = observers }

    public func observe(_ events: [Event], lateBefore: Date?) async {
        for observer in observers { await observer.observe(events, lateBefore: lateBefore) }
    }
}

/// Recording what people do. Operations call it after their own write succeeded.
public struct EventLog: Sendable {
    let store: any EventStore
    /// When set, events are collected and appended in batches by a service (off the request path).
    let buffer: WriteBehind<Event>?
    /// Told of every batch once it is stored (attribution).
    let observer: (any EventObserver)?
    /// Reads not yet added to their notes' counts.
    let reads: ReadTally
    let now: @Sendable () -> Date
    let newID: @Sendable () -> Int64

    public init(
        store: any EventStore, buffered: Bool = false, observer: (any EventObserver)? = nil,
        now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64
    ) {
        let reads = ReadTally()
        self.store = store
        self.observer = observer
        self.reads = reads
        self.buffer =
            buffered
            ? WriteBehind { events in
                try await store.append(events)
                await reads.add(events)
                await observer?.observe(events, lateBefore: nil)
                await Self.writeReads(after: reads, store, all: false)
            } : nil
        self.now = now
        self.newID = newID
    }

    public func record(
        _ kind: Event.Kind, by user: UserID?, on subject: Event.Subject, context: [String: String] = [:]
    ) async throws {
        let event = Event(
            id: newID(), at: now().truncatedToMilliseconds, user: user, kind: kind, subject: subject, context: context)
        if let buffer {
            await buffer.add(event)
        } else {
            try await store.append([event])
            await reads.add([event])
            await observer?.observe([event], lateBefore: nil)
            await Self.writeReads(after: reads, store, all: true)
        }
    }

    /// Appends events made elsewhere (the world generator, an import) with their own ids and times. They arrive
    /// out of order, so nothing is derived from them here: an import ends with ``Attribution/attributeAll(progress:)``.
    /// Their reads reach the notes' counts every few seconds and at ``flush()``.
    public func record(imported events: [Event]) async throws {
        try await store.append(events)
        await reads.add(events)
        await Self.writeReads(after: reads, store, all: false)
    }

    /// Appends what is buffered, and adds every read so far to the notes' counts.
    public func flush() async throws {
        try await buffer?.flush()
        try await Self.writeReads(reads, store, all: true)
    }

    /// Appends what is buffered; reads reach the notes' counts when they have waited long enough (what a
    /// service flushing several times a second calls).
    public func flushDue() async throws { try await buffer?.flush() }

    /// Writes the reads due after an append. A failure keeps them for the next write and is reported by the next
    /// ``flush()``, not here: the events are stored, and failing their append would have them appended again.
    static func writeReads(after reads: ReadTally, _ store: any EventStore, all: Bool) async {
        try? await writeReads(reads, store, all: all)
    }

    static func writeReads(_ reads: ReadTally, _ store: any EventStore, all: Bool) async throws {
        guard let due = await reads.take(all: all) else { return }
        do {
            try await store.addReads(due)
        } catch {
            await reads.putBack(due)
            throw error
        }
    }

    public func events(by user: UserID, page: PageRequest) async throws -> Page<Event> {
        try await store.events(by: user, page: page)
    }

    /// The whole log in batches (see ``EventStore/events(after:limit:)``): for rebuilding what is derived from it.
    public func events(after last: (at: Date, id: Int64)?, limit: Int) async throws -> [Event] {
        try await store.events(after: last, limit: limit)
    }

    public func count(_ kind: Event.Kind, subject: Event.Subject) async throws -> Int {
        try await store.count(kind, subject: subject)
    }
}

extension Event.Subject {
    public static func product(_ id: ProductID) -> Event.Subject { Event.Subject(type: "product", id: id.rawValue) }
    public static func order(_ id: OrderID) -> Event.Subject { Event.Subject(type: "order", id: id.rawValue) }
}
