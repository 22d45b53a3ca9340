import Community
import Discovery
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Insights
import Search
import World

/// Building the app's operations from a backend's stores: the one place it is done.
enum Wiring {
    /// Ids of this process. Processes writing one database need different nodes: `HONGSHU_NODE` (0–1023) sets it;
    /// otherwise each process picks one at random (two `hongshu` commands on one file made the same ids at node 0).
    static let ids = Snowflake(node: node(ProcessInfo.processInfo.environment["HONGSHU_NODE"]))

    static func node(_ setting: String?) -> Int {
        if let setting, let node = Int(setting), (0..<1024).contains(node) { return node }
        return Int.random(in: 0..<1024)
    }

    /// - Parameter writeBehind: buffer events and notifications for a `WriteBehindService` (serve, bench).
    static func features(
        _ stores: Stores, limits: ActionLimiter.Limits = .standard, timeToPay: TimeInterval = 30 * 60,
        writeBehind: Bool = false, operators: Set<String> = [], searchDepth: Int = 500, ranking: Ranking = Ranking(),
        attribution: AttributionSettings = .init(), interests: InterestSignals = InterestSignals()
    ) -> Features {
        Features(
            users: stores.users, sessions: stores.sessions, notes: stores.notes, follows: stores.follows,
            tags: stores.tags, likes: stores.likes, boards: stores.boards, comments: stores.comments,
            shares: stores.shares, blocks: stores.blocks, notices: stores.notices, events: stores.events,
            commerce: stores.commerce, search: stores.search, attribution: stores.attribution,
            attributionSettings: attribution, reports: stores.reports, discovery: stores.discovery,
            interestSignals: interests,
            operators: operators,
            searchDepth: searchDepth,
            ranking: ranking, timeToPay: timeToPay,
            hasher: BcryptHasher(), limits: limits, writeBehind: writeBehind, now: Date.init,
            newID: ids.next)
    }

    static func generator(_ stores: Stores) throws -> WorldGenerator {
        let features = features(stores)
        return WorldGenerator(
            accounts: features.accounts, notes: features.notes, follows: features.follows, taxonomy: features.taxonomy,
            likes: features.likes, boards: features.boards,
            comments: features.comments, events: features.events,
            vocabulary: try Vocabulary.bundled(),
            commerce: WorldCommerce(
                brands: features.brands, products: features.products, orders: features.orders,
                catalog: try ShopCatalog.bundled()),
            attribution: features.attribution, profiles: features.profiles)
    }
}
