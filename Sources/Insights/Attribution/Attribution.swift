import Foundation
import HongshuCore

/// Closed-loop attribution: every purchase is credited to the buyer's touches with the brand in the lookback
/// window before it (notes showing the brand's products, and their creators; the products themselves; searches
/// that showed or led to them; campaigns), under every model, as soon as the purchase is in the event log.
public struct Attribution: EventObserver {
    let store: any AttributionStore
    let access: any BrandAccess
    public let settings: AttributionSettings
    let backlog = Backlog()

    public init(store: any AttributionStore, access: any BrandAccess, settings: AttributionSettings = .init()) {
        self.store = store
        self.access = access
        self.settings = settings
    }

    /// Attributes the purchases among `events`, marks refunds, and attributes again any earlier purchase a late
    /// touch belongs to (an event older than `lateAfter`, e.g. reported by a client that was offline). Called
    /// after the events are stored. A failure leaves the work for the next call.
    public func observe(_ events: [Event], lateBefore: Date? = nil) async {
        var work = await backlog.take()
        work += events.filter { $0.kind == .purchase || $0.kind == .refund }
        if let lateBefore {
            let late = events.filter { $0.user != nil && $0.at < lateBefore && $0.kind != .purchase }
            work += late
        }
        var failed: [Event] = []
        var redo: [UserID: Date] = [:]
        for event in work {
            do {
                switch event.kind {
                case .purchase:
                    if let purchase = Purchase(event) { try await attribute(purchase) }
                case .refund:
                    _ = try await store.markRefunded(OrderID(event.subject.id), at: event.at)
                default:
                    if let user = event.user { redo[user] = min(redo[user] ?? event.at, event.at) }
                }
            } catch {
                failed.append(event)
            }
        }
        for (user, since) in redo {
            do {
                for purchase in try await store.purchases(of: [user], since: since)
                where purchase.at.timeIntervalSince(since) <= settings.lookback {
                    try await attribute(purchase)
                }
            } catch {
                failed.append(contentsOf: work.filter { $0.user == user && $0.kind != .purchase })
            }
        }
        await backlog.keep(failed)
    }

    /// Attributes every purchase in the log and marks every refund, oldest first: for events that were imported
    /// (a generated world) rather than recorded as they happened. Returns how many purchases were attributed.
    @discardableResult
    public func attributeAll(progress: (Int) -> Void = { _ in }) async throws -> Int {
        var after: (at: Date, id: Int64)?
        var attributed = 0
        while true {
            let batch = try await store.sales(after: after, limit: 1_000)
            guard let last = batch.last else { return attributed }
            for event in batch {
                if let purchase = Purchase(event) {
                    try await attribute(purchase)
                    attributed += 1
                } else if event.kind == .refund {
                    _ = try await store.markRefunded(OrderID(event.subject.id), at: event.at)
                }
            }
            progress(attributed)
            after = (last.at, last.id)
        }
    }

    /// Credits `purchase` and keeps it (again, if it was attributed before: a refund already marked stays).
    public func attribute(_ purchase: Purchase) async throws {
        try await store.save(
            AttributedPurchase(purchase, touches: try await touches(before: purchase), settings: settings))
    }

    /// The buyer's touches with the purchase's brand in the lookback window before it: their own events, and
    /// those reported signed out from a device they used signed in during the window (before signing up or in).
    public func touches(before purchase: Purchase) async throws -> [Touchpoint] {
        let since = purchase.at.addingTimeInterval(-settings.lookback)
        var events = try await store.events(of: purchase.buyer, since: since, through: purchase.at)
        let devices = Set(events.compactMap(\.device))
        if !devices.isEmpty {
            events += try await store.events(ofDevices: devices.sorted(), since: since, through: purchase.at)
            events.sort { ($0.at, $0.id) < ($1.at, $1.id) }
        }
        events.removeAll { [.purchase, .refund, .checkout].contains($0.kind) }
        var noteIDs: Set<NoteID> = []
        var productIDs: Set<ProductID> = []
        var queries: [String: String] = [:]
        for event in events {
            switch event.subject.type {
            case "note": noteIDs.insert(NoteID(event.subject.id))
            case "product": productIDs.insert(ProductID(event.subject.id))
            default: break
            }
            if let note = event.context["note"].flatMap({ Int64($0) }) { noteIDs.insert(NoteID(note)) }
            if event.kind == .search {
                queries[String(event.subject.id)] = event.context["normalized"] ?? event.context["query"]
                for shown in Self.shown(event) {
                    switch shown {
                    case .note(let id): noteIDs.insert(id)
                    case .product(let id): productIDs.insert(id)
                    }
                }
            }
        }
        let notes = try await store.notes(Array(noteIDs), showing: purchase.brand)
        let products = try await store.products(Array(productIDs), of: purchase.brand)
        var touches: [Touchpoint] = []
        for event in events {
            let campaign = event.context["campaign"]
            let surface = event.context["surface"]
            let note = event.subject.type == "note" ? NoteID(event.subject.id) : nil
            let product = event.subject.type == "product" ? ProductID(event.subject.id) : nil
            func touch(_ channel: Touchpoint.Channel, note: NoteID?, product: ProductID?, query: String? = nil)
                -> Touchpoint
            {
                let creator =
                    note.flatMap { notes[$0] } ?? event.context["creator"].flatMap { Int64($0) }.map { UserID($0) }
                return Touchpoint(
                    event: event.id, at: event.at, kind: event.kind, channel: channel, note: note, creator: creator,
                    product: product, query: query, campaign: campaign, surface: surface)
            }
            switch event.kind {
            case .impression:
                if let note, notes[note] != nil { touches.append(touch(.view, note: note, product: nil)) }
                if let product, products.contains(product) { touches.append(touch(.view, note: nil, product: product)) }
            case .read:
                if let note, notes[note] != nil { touches.append(touch(.click, note: note, product: nil)) }
            case .productView, .productClick, .addToCart:
                if let product, products.contains(product) {
                    let from = event.context["note"].flatMap { Int64($0) }.map { NoteID($0) }.flatMap {
                        notes[$0] != nil ? $0 : nil
                    }
                    touches.append(touch(.click, note: from, product: product))
                }
            case .searchClick:
                let query = event.context["searchId"].flatMap { queries[$0] }
                if let note, notes[note] != nil {
                    touches.append(touch(.click, note: note, product: nil, query: query))
                } else if let product, products.contains(product) {
                    touches.append(touch(.click, note: nil, product: product, query: query))
                }
            case .search:
                let relevant = Self.shown(event).first { shown in
                    switch shown {
                    case .note(let id): notes[id] != nil
                    case .product(let id): products.contains(id)
                    }
                }
                if relevant != nil {
                    touches.append(
                        touch(.view, note: nil, product: nil, query: queries[String(event.subject.id)]))
                }
            default:
                if campaign != nil { touches.append(touch(.view, note: note, product: product)) }
            }
        }
        return touches
    }

    /// The attribution of one of the brand's orders, for a member of the brand.
    /// - Throws: the access check's error; ``AttributionError/notFound`` when the order is not the brand's or
    ///   was never attributed.
    public func path(of order: OrderID, brand: BrandID, by user: UserID) async throws -> AttributedPurchase {
        try await access.requireMember(brand, user)
        guard let attributed = try await store.attributed(order), attributed.purchase.brand == brand else {
            throw AttributionError.notFound
        }
        return attributed
    }

    enum Shown {
        case note(NoteID)
        case product(ProductID)
    }

    /// The results a `search` event showed (`note:ID@position,…`).
    static func shown(_ event: Event) -> [Shown] {
        (event.context["results"] ?? "").split(separator: ",").compactMap { entry in
            let parts = entry.split(separator: "@").first?.split(separator: ":") ?? []
            guard parts.count == 2, let id = Int64(parts[1]) else { return nil }
            switch parts[0] {
            case "note": return .note(NoteID(id))
            case "product": return .product(ProductID(id))
            default: return nil
            }
        }
    }

    /// Events whose attribution failed, tried again with the next ones.
    actor Backlog {
        private var events: [Event] = []

        func take() -> [Event] {
            defer { events = [] }
            return events
        }

        func keep(_ failed: [Event]) { events += failed }
    }
}

public enum AttributionError: DomainError, Equatable {
    case notFound

    public var kind: DomainErrorKind { .notFound }
    public var code: String { "attribution.not_found" }
    public var message: String { "This brand has no attributed purchase with that order." }
}
