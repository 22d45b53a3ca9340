import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteFollowStore: FollowStore {
    let database: any DatabaseWriter

    func insert(contentsOf follows: [Follow]) async throws -> Int {
        try await database.write { db in
            let insert = try db.cachedStatement(
                sql: "INSERT INTO follow (follower_id, followee_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
            var added = 0
            for follow in follows {
                try insert.execute(arguments: [
                    follow.follower.rawValue, follow.followee.rawValue, follow.since.sqliteMilliseconds,
                ])
                guard db.changesCount == 1 else { continue }
                try Self.adjustCounts(db, follower: follow.follower, followee: follow.followee, by: 1)
                added += 1
            }
            return added
        }
    }

    func delete(follower: User.ID, followee: User.ID) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM follow WHERE follower_id = ? AND followee_id = ?",
                arguments: [follower.rawValue, followee.rawValue])
            guard db.changesCount == 1 else { return false }
            try Self.adjustCounts(db, follower: follower, followee: followee, by: -1)
            return true
        }
    }

    func isFollowing(_ follower: User.ID, _ followee: User.ID) async throws -> Bool {
        try await database.read { db in
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM follow WHERE follower_id = ? AND followee_id = ?)",
                arguments: [follower.rawValue, followee.rawValue]) ?? false
        }
    }

    func followers(of user: User.ID, page: PageRequest) async throws -> Page<Follow> {
        try await list(fixed: "followee_id", other: "follower_id", user: user, page: page, key: \.follower)
    }

    func following(of user: User.ID, page: PageRequest) async throws -> Page<Follow> {
        try await list(fixed: "follower_id", other: "followee_id", user: user, page: page, key: \.followee)
    }

    private func list(fixed: String, other: String, user: User.ID, page: PageRequest, key: KeyPath<Follow, User.ID>)
        async throws -> Page<Follow>
    {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["\(sql: fixed) = \(user.rawValue)"]
        if let after { conditions.append("(since, \(sql: other)) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let request = SQLRequest<Row>(
            literal: """
                SELECT follower_id, followee_id, since FROM follow WHERE \(conditions.joined(operator: .and))
                ORDER BY since DESC, \(sql: other) DESC LIMIT \(page.limit + 1)
                """)
        let follows = try await database.read { db in
            try Row.fetchAll(db, request).map { row in
                Follow(
                    follower: UserID(row["follower_id"] as Int64), followee: UserID(row["followee_id"] as Int64),
                    since: Date(sqliteMilliseconds: row["since"]))
            }
        }
        return TimeKey.page(follows, limit: page.limit) { $0.timeKey(listing: key) }
    }

    private static func adjustCounts(_ db: Database, follower: User.ID, followee: User.ID, by delta: Int) throws {
        try db.cachedStatement(sql: "UPDATE account SET following_count = following_count + ? WHERE id = ?")
            .execute(arguments: [delta, follower.rawValue])
        try db.cachedStatement(sql: "UPDATE account SET follower_count = follower_count + ? WHERE id = ?")
            .execute(arguments: [delta, followee.rawValue])
    }
}
