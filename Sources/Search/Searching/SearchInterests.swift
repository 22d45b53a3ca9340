import Foundation
import HongshuCore

/// A searcher's interests from what they liked lately: each liked note's tags, weighted by how recent the like
/// is (halving every 14 days).
public enum SearchInterests {
    public static let halfLife: TimeInterval = 14 * 86_400

    public static func weights(_ likes: [LikedTags], now: Date) -> [TagID: Double] {
        var weights: [TagID: Double] = [:]
        for like in likes {
            let weight = pow(0.5, max(0, now.timeIntervalSince(like.at)) / halfLife)
            for tag in like.tags { weights[tag, default: 0] += weight }
        }
        return weights
    }
}

/// The tags of a note someone liked, and when.
public struct LikedTags: Hashable, Sendable {
    public let tags: [TagID]
    public let at: Date

    public init(tags: [TagID], at: Date) {
        self.tags = tags
        self.at = at
    }
}

/// Searches are counted by UTC day.
public enum SearchDay {
    public static func of(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }
}
