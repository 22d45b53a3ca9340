import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresBlockStore: BlockStore {
    let database: PostgresDatabase

    func block(_ blocked: User.ID, by blocker: User.ID, at date: Date) async throws -> Bool {
        let logger = database.logger
        return try await database.transaction { connection in
            let added = try await connection.query(
                """
                INSERT INTO user_block (blocker_id, blocked_id, created_at)
                VALUES (\(blocker.rawValue), \(blocked.rawValue), \(date.exact)) ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger)
            guard try await added.collect().count == 1 else { return false }
            // Blocking ends following, both ways, and the counts follow.
            for (follower, followee) in [(blocker, blocked), (blocked, blocker)] {
                let removed = try await connection.query(
                    """
                    DELETE FROM follow WHERE follower_id = \(follower.rawValue) AND followee_id = \(followee.rawValue)
                    RETURNING 1
                    """, logger: logger)
                guard try await removed.collect().count == 1 else { continue }
                try await connection.query(
                    "UPDATE account SET following_count = following_count - 1 WHERE id = \(follower.rawValue)",
                    logger: logger)
                try await connection.query(
                    "UPDATE account SET follower_count = follower_count - 1 WHERE id = \(followee.rawValue)",
                    logger: logger)
            }
            return true
        }
    }

    func unblock(_ blocked: User.ID, by blocker: User.ID) async throws -> Bool {
        let rows = try await database.query(
            """
            DELETE FROM user_block WHERE blocker_id = \(blocker.rawValue) AND blocked_id = \(blocked.rawValue) RETURNING 1
            """)
        return try await rows.collect().count == 1
    }

    func blockers(of user: User.ID, among users: [User.ID]) async throws -> Set<User.ID> {
        guard !users.isEmpty else { return [] }
        var found = Set<User.ID>()
        let rows = try await database.query(
            """
            SELECT blocker_id FROM user_block WHERE blocked_id = \(user.rawValue) AND blocker_id = ANY(\(users.map(\.rawValue)))
            """)
        for try await id in rows.decode(Int64.self) { found.insert(UserID(id)) }
        return found
    }

    func eitherBlocks(_ first: User.ID, _ second: User.ID) async throws -> Bool {
        let rows = try await database.query(
            """
            SELECT 1 FROM user_block WHERE (blocker_id = \(first.rawValue) AND blocked_id = \(second.rawValue))
                                        OR (blocker_id = \(second.rawValue) AND blocked_id = \(first.rawValue))
            LIMIT 1
            """)
        return try await rows.collect().count == 1
    }

    func blocked(by user: User.ID) async throws -> [User.ID] {
        var ids: [User.ID] = []
        let rows = try await database.query(
            "SELECT blocked_id FROM user_block WHERE blocker_id = \(user.rawValue) ORDER BY created_at DESC, blocked_id DESC"
        )
        for try await id in rows.decode(Int64.self) { ids.append(UserID(id)) }
        return ids
    }
}
