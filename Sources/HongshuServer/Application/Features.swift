import Commerce
import Community
import Discovery
import Foundation
import HongshuCore
import Insights
import Search

/// Every domain operation the server calls, built once from the stores.
public struct Features: Sendable {
    /// Writes buffered events and notifications (see ``WriteBehindService``).
    /// Writes what waits behind responses. `final` (shutdown, tests) also writes the notes' read counts at once;
    /// otherwise they are written every few seconds.
    public func flushBackgroundWrites(final: Bool = true) async throws {
        if final { try await events.flush() } else { try await events.flushDue() }
        try await notices.flush()
        try await searches.flush()
    }

    public let accounts: Accounts
    public let notes: Notes
    public let follows: Follows
    public let taxonomy: Taxonomy
    public let likes: Likes
    public let boards: Boards
    public let comments: Comments
    public let shares: Shares
    public let blocks: Blocks
    public let notices: Notices
    public let events: EventLog
    public let brands: Brands
    public let products: Products
    public let carts: Carts
    public let checkout: Checkout
    public let orders: Orders
    public let promos: Promos
    public let reviews: Reviews
    public let searches: Searches
    public let attribution: Attribution
    /// The clock every operation reads.
    public let now: @Sendable () -> Date
    public let reports: BrandReports
    /// Interest profiles (kept up to date from every stored batch of events) and the feeds.
    public let profiles: InterestProfiles
    public let feeds: Feeds

    /// Wires the operations to the stores, with one clock and one id source for all.
    public init(
        users: any UserStore, sessions: any SessionStore, notes noteStore: any NoteStore,
        follows followStore: any FollowStore,
        tags: any TagStore, likes likeStore: any LikeStore, boards boardStore: any BoardStore,
        comments commentStore: any CommentStore, shares shareStore: any ShareStore,
        blocks blockStore: any BlockStore, notices noticeStore: any NoticeStore,
        events eventStore: any EventStore, commerce: CommerceStores, search: any SearchStore,
        attribution attributionStore: any AttributionStore, attributionSettings: AttributionSettings = .init(),
        reports reportStore: any ReportStore, discovery: any DiscoveryStore,
        interestSignals: InterestSignals = InterestSignals(), feedBuilder: FeedBuilder = FeedBuilder(),
        operators: Set<String> = [], searchDepth: Int = 500, ranking: Ranking = Ranking(),
        payments: any PaymentProvider = SandboxPayments(), timeToPay: TimeInterval = 30 * 60,
        hasher: any PasswordHasher, throttle: LoginThrottle = LoginThrottle(),
        limits: ActionLimiter.Limits = .standard, writeBehind: Bool = false,
        now: @escaping @Sendable () -> Date, newID: @escaping @Sendable () -> Int64
    ) {
        self.now = now
        accounts = Accounts(
            users: users, sessions: sessions, hasher: hasher, throttle: throttle, now: now, newID: newID)
        let notices = Notices(store: noticeStore, buffered: writeBehind, now: now, newID: newID)
        self.notices = notices
        let brands = Brands(store: commerce.brands, now: now, newID: newID)
        self.brands = brands
        let attribution = Attribution(
            store: attributionStore, access: BrandMembership(brands: brands), settings: attributionSettings)
        self.attribution = attribution
        reports = BrandReports(store: reportStore, access: BrandMembership(brands: brands), newID: newID)
        // Every stored batch of events is told to attribution (purchases are credited as soon as they are in) and
        // to interest profiles.
        let learner = InterestProfiles(store: discovery, tags: tags, signals: interestSignals, events: nil, now: now)
        let events = EventLog(
            store: eventStore, buffered: writeBehind, observer: EventObservers([attribution, learner]), now: now,
            newID: newID)
        self.events = events
        let profiles = InterestProfiles(
            store: discovery, tags: tags, signals: interestSignals, events: events, now: now)
        self.profiles = profiles
        feeds = Feeds(store: discovery, profiles: profiles, builder: feedBuilder, now: now, newID: newID)
        let products = Products(store: commerce.products, brands: brands, tags: tags, now: now, newID: newID)
        self.products = products
        let notes = Notes(
            store: noteStore, users: users, tags: tags, blocks: blockStore, catalog: products, notices: notices,
            now: now, newID: newID)
        self.notes = notes
        carts = Carts(
            store: commerce.carts, products: commerce.products, brands: commerce.brands, events: events, now: now)
        let promos = Promos(store: commerce.promos, brands: brands, users: users, now: now, newID: newID)
        self.promos = promos
        checkout = Checkout(
            orders: commerce.orders, carts: commerce.carts, products: commerce.products, promos: promos, events: events,
            timeToPay: timeToPay, now: now, newID: newID)
        orders = Orders(
            store: commerce.orders, products: commerce.products, brands: brands, payments: payments, events: events,
            now: now)
        reviews = Reviews(store: commerce.reviews, orders: commerce.orders, notes: notes, now: now)
        follows = Follows(
            store: followStore, users: users, blocks: blockStore, notices: notices, events: events, now: now)
        blocks = Blocks(store: blockStore, users: users, now: now)
        taxonomy = Taxonomy(store: tags)
        searches = Searches(
            store: search, notes: noteStore, users: users, products: commerce.products, tags: tags, events: events,
            ranking: ranking, depth: searchDepth, operators: operators, buffered: writeBehind, now: now, newID: newID)
        let limiter = ActionLimiter(limits: limits)
        likes = Likes(store: likeStore, notes: noteStore, limiter: limiter, notices: notices, events: events, now: now)
        boards = Boards(store: boardStore, notes: noteStore, notices: notices, events: events, now: now, newID: newID)
        shares = Shares(store: shareStore, notes: noteStore, users: users, events: events, now: now)
        comments = Comments(
            store: commentStore, notes: noteStore, users: users, blocks: blockStore, limiter: limiter, notices: notices,
            events: events, now: now, newID: newID)
    }
}

/// Brand insights are for the brand's members.
struct BrandMembership: BrandAccess {
    let brands: Brands

    func requireMember(_ brand: BrandID, _ user: UserID) async throws {
        try await brands.requireMember(brand, user)
    }
}
