import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresFollowStore: FollowStore {
    let database: PostgresDatabase

    func insert(contentsOf follows: [Follow]) async throws -> Int {
        guard !follows.isEmpty else { return 0 }
        let batch = JSONColumn.encode(follows.map(FollowRecord.init))
        let logger = database.logger
        return try await database.transaction { connection in
            let rows = try await connection.query(
                """
                INSERT INTO follow (follower_id, followee_id, since)
                SELECT follower_id, followee_id, to_timestamp(0) + since_ms * interval '1 millisecond'
                FROM jsonb_to_recordset(\(batch)::jsonb) AS f(follower_id bigint, followee_id bigint, since_ms bigint)
                ON CONFLICT DO NOTHING RETURNING follower_id, followee_id
                """, logger: logger)
            var following: [Int64: Int32] = [:]
            var followers: [Int64: Int32] = [:]
            for try await (follower, followee) in rows.decode((Int64, Int64).self) {
                following[follower, default: 0] += 1
                followers[followee, default: 0] += 1
            }
            // Two statements, not one: a user may be on both sides of the batch.
            try await adjust("following_count", by: following, connection)
            try await adjust("follower_count", by: followers, connection)
            return followers.values.reduce(0) { $0 + Int($1) }
        }
    }

    func delete(follower: User.ID, followee: User.ID) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                DELETE FROM follow WHERE follower_id = \(follower.rawValue) AND followee_id = \(followee.rawValue) RETURNING 1
                """, logger: database.logger)
            guard try await rows.collect().count == 1 else { return false }
            try await adjust("following_count", by: [follower.rawValue: -1], connection)
            try await adjust("follower_count", by: [followee.rawValue: -1], connection)
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

    private func adjust(_ column: String, by deltas: [Int64: Int32], _ connection: PostgresConnection) async throws {
        guard !deltas.isEmpty else { return }
        var bindings = PostgresBindings()
        bindings.append(Array(deltas.keys))
        bindings.append(Array(deltas.values))
        try await connection.query(
            PostgresQuery(
                unsafeSQL: """
                    UPDATE account SET \(column) = \(column) + delta.amount
                    FROM unnest($1::bigint[], $2::integer[]) AS delta(id, amount) WHERE account.id = delta.id
                    """, binds: bindings), logger: database.logger)
    }
}

/// One edge as a row of the JSON batch `insert(contentsOf:)` sends (keys are the column names).
private struct FollowRecord: Encodable {
    let followerID: Int64, followeeID: Int64, sinceMs: Int64

    enum CodingKeys: String, CodingKey {
        case followerID = "follower_id", followeeID = "followee_id", sinceMs = "since_ms"
    }

    init(_ follow: Follow) {
        followerID = follow.follower.rawValue
        followeeID = follow.followee.rawValue
        sinceMs = Int64((follow.since.timeIntervalSince1970 * 1000).rounded())
    }
}
