import Foundation
import HongshuCore

/// A searcher's interests from what they liked lately: each liked note's tags, weighted by how recent the like
/// is (halving every 14 days). Shared by the backends so both weigh alike.
public enum SearchInterests {
    public static let halfLife: TimeInterval = 14 * 86_400

    public static func weights(_ likes: [(tags: [Int64], at: Date)], now: Date = Date()) -> [TagID: Double] {
        var weights: [TagID: Double] = [:]
        for like in likes {
            let weight = pow(0.5, max(0, now.timeIntervalSince(like.at)) / halfLife)
            for tag in like.tags { weights[TagID(tag), default: 0] += weight }
        }
        return weights
    }
}

/// Searches are counted by UTC day.
public enum SearchDay {
    public static func of(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }
}
