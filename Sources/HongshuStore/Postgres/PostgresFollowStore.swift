import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresFollowStore: FollowStore {
    let database: PostgresDatabase

    func insert(_ follow: Follow) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                INSERT INTO follow (follower_id, followee_id, since)
                VALUES (\(follow.follower.rawValue), \(follow.followee.rawValue), \(follow.since.exact))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: database.logger)
            guard try await rows.collect().count == 1 else { return false }
            try await adjustCounts(connection, follower: follow.follower, followee: follow.followee, by: 1)
            return true
        }
    }

    func delete(follower: User.ID, followee: User.ID) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                DELETE FROM follow WHERE follower_id = \(follower.rawValue) AND followee_id = \(followee.rawValue) RETURNING 1
                """, logger: database.logger)
            guard try await rows.collect().count == 1 else { return false }
            try await adjustCounts(connection, follower: follower, followee: followee, by: -1)
            return true
        }
    }

    func isFollowing(_ follower: User.ID, _ followee: User.ID) async throws -> Bool {
        let rows = try await database.query(
            """
            SELECT 1 FROM follow WHERE follower_id = \(follower.rawValue) AND followee_id = \(followee.rawValue)
            """)
        return try await rows.collect().count == 1
    }

    func followers(of user: User.ID, page: PageRequest) async throws -> Page<Follow> {
        try await list(fixed: "followee_id", listing: "follower_id", user: user, page: page, side: \.follower)
    }

    func following(of user: User.ID, page: PageRequest) async throws -> Page<Follow> {
        try await list(fixed: "follower_id", listing: "followee_id", user: user, page: page, side: \.followee)
    }

    /// One side of a user's edges, newest first; the cursor's id is the listed user.
    private func list(
        fixed: String, listing: String, user: User.ID, page: PageRequest, side: KeyPath<Follow, User.ID>
    ) async throws -> Page<Follow> {
        var query = PostgresKeysetQuery(select: "follower_id, followee_id, since FROM follow")
        query.filter(fixed, equals: user.rawValue)
        let follows = try await fetch(query.page(page, time: "since", id: listing))
        return TimeKey.page(follows, limit: page.limit) { $0.timeKey(listing: side) }
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Follow] {
        var follows: [Follow] = []
        for try await (follower, followee, since) in try await database.query(query).decode((Int64, Int64, Date).self) {
            follows.append(Follow(follower: UserID(follower), followee: UserID(followee), since: since.fromPostgres))
        }
        return follows
    }

    private func adjustCounts(_ connection: PostgresConnection, follower: User.ID, followee: User.ID, by delta: Int32)
        async throws
    {
        try await connection.query(
            "UPDATE account SET following_count = following_count + \(delta) WHERE id = \(follower.rawValue)",
            logger: database.logger)
        try await connection.query(
            "UPDATE account SET follower_count = follower_count + \(delta) WHERE id = \(followee.rawValue)",
            logger: database.logger)
    }
}
