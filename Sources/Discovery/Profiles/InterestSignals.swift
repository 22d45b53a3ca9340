import Foundation
import HongshuCore
import Insights

/// How much each kind of event says about what someone likes, and how it spreads over a note's tags (and their
/// ancestors), topics and author. The one mapping from events to interests: live updates, rebuilds and the
/// offline evaluation all use it.
public struct InterestSignals: Hashable, Sendable {
    /// After this long a signal is worth half (default 7 days).
    public var halfLife: TimeInterval = 7 * 86_400
    /// What one event of each kind is worth to the tags of what it was about.
    public var weights: [Event.Kind: Double] = [
        .read: 1, .like: 3, .collect: 4, .comment: 4, .share: 5, .follow: 6, .search: 2,
        .searchClick: 1, .productView: 0.5, .productClick: 1, .addToCart: 3, .purchase: 6,
    ]
    /// A tag's parent gets this share of what the tag gets; its grandparent this share of that.
    public var ancestorShare = 0.3
    /// The author of a note gets this share of what its tags get (a read says less about the author than a like,
    /// so reads give authors nothing).
    public var authorShare = 0.7
    /// A #topic gets this share.
    public var topicShare = 0.5
    /// Picking an interest on the onboarding page is worth this much.
    public var pick = 8.0
    /// "Not interested" sets the weight this far below zero (and below whatever it was).
    public var notInterested = 10.0

    public init() {}

    /// The interests `events` reveal, given what they were about.
    public func increments(_ events: [Event], facts: InterestFacts, taxonomy: TaxonomyMap) -> [InterestIncrement] {
        var increments: [InterestIncrement] = []
        for event in events {
            guard let user = event.user else { continue }
            let at = event.at
            func add(_ key: InterestKey, _ value: Double) {
                guard value != 0 else { return }
                increments.append(InterestIncrement(user: user, key: key, weight: DecayedWeight(value: value, at: at)))
            }
            func addTags(_ tags: [TagID], _ value: Double) {
                var given: [TagID: Double] = [:]
                for tag in tags {
                    given[tag] = max(given[tag] ?? 0, value)
                    var share = value
                    for ancestor in taxonomy.ancestors(of: tag) {
                        share *= ancestorShare
                        given[ancestor] = max(given[ancestor] ?? 0, share)
                    }
                }
                for (tag, value) in given.sorted(by: { $0.key < $1.key }) { add(.tag(tag), value) }
            }
            switch (event.kind, event.subject.type) {
            case (.notInterested, "note"):
                // Stored with the amount the operation applied (it depends on the weight at the time).
                guard let note = facts.notes[NoteID(event.subject.id)] else { continue }
                let amount = event.context["weight"].flatMap(Double.init) ?? -notInterested
                switch event.context["reason"] {
                case "author": add(.author(note.author), amount)
                case "tag": for tag in note.tags { add(.tag(tag), amount) }
                default: break
                }
            case (.follow, "user"):
                add(.author(UserID(event.subject.id)), weights[.follow] ?? 0)
            case (.follow, "tag"):
                addTags([TagID(event.subject.id)], pick)
            case (.search, _):
                let query = event.context["normalized"] ?? event.context["query"] ?? ""
                if let tag = taxonomy.tag(named: query) { addTags([tag], weights[.search] ?? 0) }
            case (let kind, "note"):
                guard let value = weights[kind], let note = facts.notes[NoteID(event.subject.id)] else { continue }
                addTags(note.tags, value)
                for topic in note.topics { add(.topic(topic.folded), value * topicShare) }
                if kind != .read, kind != .searchClick { add(.author(note.author), value * authorShare) }
            case (let kind, "product"):
                guard let value = weights[kind], let tags = facts.products[ProductID(event.subject.id)] else {
                    continue
                }
                addTags(tags, value)
            case (.purchase, "order"):
                let tags = (facts.orders[OrderID(event.subject.id)] ?? []).flatMap { facts.products[$0] ?? [] }
                addTags(Array(Set(tags)).sorted(), weights[.purchase] ?? 0)
            default:
                continue
            }
        }
        return increments
    }

    /// Kinds the operations apply themselves at once (the log keeps them for rebuilds).
    public func appliedAtOnce(_ event: Event) -> Bool {
        event.kind == .notInterested || (event.kind == .follow && event.subject.type == "tag")
    }

    /// The notes, products and orders `events` are about.
    public static func subjects(of events: [Event]) -> (notes: [NoteID], products: [ProductID], orders: [OrderID]) {
        var notes = Set<NoteID>()
        var products = Set<ProductID>()
        var orders = Set<OrderID>()
        for event in events where event.user != nil {
            switch event.subject.type {
            case "note": notes.insert(NoteID(event.subject.id))
            case "product": products.insert(ProductID(event.subject.id))
            case "order" where event.kind == .purchase: orders.insert(OrderID(event.subject.id))
            default: break
            }
        }
        return (Array(notes), Array(products), Array(orders))
    }
}

/// What events are about, looked up for ``InterestSignals``.
public struct InterestFacts: Sendable {
    public var notes: [NoteID: NoteFacts]
    public var products: [ProductID: [TagID]]
    public var orders: [OrderID: [ProductID]]

    public init(
        notes: [NoteID: NoteFacts] = [:], products: [ProductID: [TagID]] = [:], orders: [OrderID: [ProductID]] = [:]
    ) {
        self.notes = notes
        self.products = products
        self.orders = orders
    }
}

/// A live note as discovery sees it: who wrote it, what it is about, where, when, and how readers engaged.
public struct NoteFacts: Hashable, Sendable {
    public let id: NoteID
    public let author: UserID
    public let tags: [TagID]
    public let topics: [String]
    public let publishedAt: Date
    public let city: String?
    public var likes: Int
    public var collects: Int
    public var comments: Int
    public var reads: Int
    public var authorRecord: AuthorRecord

    public init(
        id: NoteID, author: UserID, tags: [TagID], topics: [String] = [], publishedAt: Date, city: String? = nil,
        likes: Int = 0, collects: Int = 0, comments: Int = 0, reads: Int = 0,
        authorRecord: AuthorRecord = AuthorRecord()
    ) {
        self.id = id
        self.author = author
        self.tags = tags
        self.topics = topics
        self.publishedAt = publishedAt
        self.city = city
        self.likes = likes
        self.collects = collects
        self.comments = comments
        self.reads = reads
        self.authorRecord = authorRecord
    }
}
