import Commerce
import Community
import Discovery
import HongshuCore
import Insights
import Search

/// Every store a backend provides, as the domain's protocols.
public struct Stores: Sendable {
    public let users: any UserStore
    public let sessions: any SessionStore
    public let notes: any NoteStore
    public let follows: any FollowStore
    public let tags: any TagStore
    public let likes: any LikeStore
    public let boards: any BoardStore
    public let comments: any CommentStore
    public let shares: any ShareStore
    public let blocks: any BlockStore
    public let notices: any NoticeStore
    public let events: any EventStore
    public let commerce: CommerceStores
    public let search: any SearchStore
    public let attribution: any AttributionStore
    public let reports: any ReportStore
    public let discovery: any DiscoveryStore

    public init(
        users: any UserStore, sessions: any SessionStore, notes: any NoteStore, follows: any FollowStore,
        tags: any TagStore, likes: any LikeStore, boards: any BoardStore, comments: any CommentStore,
        shares: any ShareStore, blocks: any BlockStore, notices: any NoticeStore, events: any EventStore,
        commerce: CommerceStores, search: any SearchStore, attribution: any AttributionStore,
        reports: any ReportStore, discovery: any DiscoveryStore
    ) {
        self.discovery = discovery
        self.reports = reports
        self.attribution = attribution
        self.search = search
        self.commerce = commerce
        self.events = events
        self.notices = notices
        self.blocks = blocks
        self.shares = shares
        self.comments = comments
        self.likes = likes
        self.boards = boards
        self.users = users
        self.sessions = sessions
        self.notes = notes
        self.follows = follows
        self.tags = tags
    }
}
