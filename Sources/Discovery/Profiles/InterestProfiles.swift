import Foundation
import HongshuCore
import Insights

/// Everyone's interest profile, kept up to date from the event log as events are stored (not by a nightly
/// recompute), with the onboarding picks and "not interested" applied at once.
public struct InterestProfiles: EventObserver {
    let store: any DiscoveryStore
    let taxonomy: TaxonomyCache
    public let signals: InterestSignals
    let events: EventLog?
    let now: @Sendable () -> Date
    let backlog = EventBacklog()

    public init(
        store: any DiscoveryStore, tags: any TagStore, signals: InterestSignals = InterestSignals(),
        events: EventLog?, now: @escaping @Sendable () -> Date
    ) {
        self.store = store
        self.taxonomy = TaxonomyCache(tags: tags)
        self.signals = signals
        self.events = events
        self.now = now
    }

    /// Adds what stored events reveal to their people's profiles. A failure keeps the events for the next call.
    public func observe(_ events: [Event], lateBefore: Date?) async {
        let work = await backlog.take() + events.filter { $0.user != nil && !signals.appliedAtOnce($0) }
        guard !work.isEmpty else { return }
        do {
            try await apply(work)
        } catch {
            await backlog.keep(work)
        }
    }

    func apply(_ events: [Event]) async throws {
        let facts = try await facts(for: events)
        let increments = signals.increments(events, facts: facts, taxonomy: try await taxonomy.map())
        if !increments.isEmpty { try await store.addInterests(increments, halfLife: signals.halfLife) }
    }

    /// Looks up what `events` are about.
    func facts(for events: [Event]) async throws -> InterestFacts {
        let subjects = InterestSignals.subjects(of: events)
        var facts = InterestFacts()
        if !subjects.notes.isEmpty {
            for note in try await store.noteFacts(subjects.notes) { facts.notes[note.id] = note }
        }
        if !subjects.orders.isEmpty { facts.orders = try await store.orderProducts(subjects.orders) }
        let products = subjects.products + facts.orders.values.flatMap { $0 }
        if !products.isEmpty { facts.products = try await store.productTags(Array(Set(products))) }
        return facts
    }

    /// A person's interests as they stand now.
    public func profile(of user: UserID) async throws -> InterestProfile {
        InterestProfile(
            user: user, stored: try await store.interests(of: user), now: now(), halfLife: signals.halfLife)
    }

    /// The taxonomy as discovery reads it (loaded once).
    public func taxonomyMap() async throws -> TaxonomyMap { try await taxonomy.map() }

    /// Interests picked on the onboarding page (or through the API): each tag is followed, at once.
    /// - Throws: ``DiscoveryError/tooManyPicks`` past ``maximumPicks``, ``TagError/notFound(_:)``.
    public func pick(_ tags: [TagID], by user: UserID) async throws -> InterestProfile {
        var unique: [TagID] = []
        for tag in tags where !unique.contains(tag) { unique.append(tag) }
        guard unique.count <= Self.maximumPicks else { throw DiscoveryError.tooManyPicks(unique.count) }
        let map = try await taxonomy.map()
        if let unknown = unique.first(where: { map.names[$0] == nil }) { throw TagError.notFound(unknown) }
        let at = now().truncatedToMilliseconds
        let picked = unique.map {
            Event(id: 0, at: at, user: user, kind: .follow, subject: Event.Subject(type: "tag", id: $0.rawValue))
        }
        let increments = signals.increments(picked, facts: InterestFacts(), taxonomy: map)
        if !increments.isEmpty { try await store.addInterests(increments, halfLife: signals.halfLife) }
        for tag in unique {
            try await events?.record(
                .follow, by: user, on: Event.Subject(type: "tag", id: tag.rawValue), context: ["surface": "onboarding"])
        }
        return try await profile(of: user)
    }

    public static let maximumPicks = 30

    /// "Not interested": the note's tags or its author fall below zero at once (by more than they were worth).
    /// - Throws: ``DiscoveryError/noteNotFound(_:)``.
    public func notInterested(in note: NoteID, because reason: NotInterestedReason, by user: UserID) async throws {
        guard let facts = try await store.noteFacts([note]).first else { throw DiscoveryError.noteNotFound(note) }
        let profile = try await profile(of: user)
        let keys: [InterestKey] =
            switch reason {
            case .author: [.author(facts.author)]
            case .tag: facts.tags.map { .tag($0) }
            case .note: []
            }
        let strongest = keys.map { profile[$0] }.max() ?? 0
        let amount = -(max(strongest, 0) + signals.notInterested)
        let at = now().truncatedToMilliseconds
        if !keys.isEmpty {
            try await store.addInterests(
                keys.map { InterestIncrement(user: user, key: $0, weight: DecayedWeight(value: amount, at: at)) },
                halfLife: signals.halfLife)
        }
        // The note itself is not shown again for as long as anything shown is remembered.
        try await store.markSeen([note], by: user, at: at)
        try await events?.record(
            .notInterested, by: user, on: .note(note),
            context: ["reason": reason.rawValue, "weight": String(amount), "surface": "feed"])
    }

    /// Builds every profile again from the whole event log (for worlds imported rather than lived, whose events
    /// arrive out of order): the same signals, summed in memory, then stored. Returns how many people have one.
    @discardableResult
    public func rebuild(from log: EventLog, progress: (Int) -> Void = { _ in }) async throws -> Int {
        let map = try await taxonomy.map()
        var profiles: [UserID: [InterestKey: DecayedWeight]] = [:]
        var known = InterestFacts()
        var after: (at: Date, id: Int64)?
        var scanned = 0
        while true {
            let batch = try await log.events(after: after, limit: 20_000)
            guard let last = batch.last else { break }
            after = (last.at, last.id)
            scanned += batch.count
            let subjects = InterestSignals.subjects(of: batch)
            let missingNotes = subjects.notes.filter { known.notes[$0] == nil }
            if !missingNotes.isEmpty {
                for note in try await store.noteFacts(missingNotes) { known.notes[note.id] = note }
            }
            let missingOrders = subjects.orders.filter { known.orders[$0] == nil }
            if !missingOrders.isEmpty { known.orders.merge(try await store.orderProducts(missingOrders)) { $1 } }
            let products = (subjects.products + missingOrders.flatMap { known.orders[$0] ?? [] })
                .filter { known.products[$0] == nil }
            if !products.isEmpty { known.products.merge(try await store.productTags(Array(Set(products)))) { $1 } }
            for increment in signals.increments(batch, facts: known, taxonomy: map) {
                profiles[increment.user, default: [:]].add(
                    increment.weight, to: increment.key, halfLife: signals.halfLife)
            }
            progress(scanned)
        }
        var rows: [(user: UserID, interest: InterestWeight)] = []
        var first = true
        let at = now()
        for (user, weights) in profiles {
            for (key, weight) in weights where abs(weight.value(at: at, halfLife: signals.halfLife)) >= Self.forgotten {
                rows.append((user, InterestWeight(key: key, weight: weight)))
            }
            if rows.count >= 50_000 {
                try await store.replaceInterests(rows, clear: first)
                first = false
                rows.removeAll(keepingCapacity: true)
            }
        }
        try await store.replaceInterests(rows, clear: first)
        return profiles.count
    }

    /// Interests worth less than this are forgotten (a single read fades below it in about 7 half-lives).
    public static let forgotten = 0.01

    /// Forgets interests that have faded away.
    @discardableResult
    public func prune() async throws -> Int {
        try await store.pruneInterests(below: Self.forgotten, now: now(), halfLife: signals.halfLife)
    }
}

/// Why someone is not interested in a note.
public enum NotInterestedReason: String, Sendable, CaseIterable {
    /// This note only.
    case note
    /// Notes under its tags.
    case tag
    /// Notes by its author.
    case author
}

/// The taxonomy, loaded once (it changes only with a migration).
actor TaxonomyCache {
    let tags: any TagStore
    var loaded: TaxonomyMap?

    init(tags: any TagStore) { self.tags = tags }

    func map() async throws -> TaxonomyMap {
        if let loaded { return loaded }
        let map = TaxonomyMap(try await tags.all())
        loaded = map
        return map
    }
}

/// Events whose effect failed to apply, tried again with the next batch.
actor EventBacklog {
    var events: [Event] = []

    func take() -> [Event] {
        defer { events = [] }
        return events
    }

    func keep(_ failed: [Event]) {
        events = Array((failed + events).suffix(10_000))
    }
}
