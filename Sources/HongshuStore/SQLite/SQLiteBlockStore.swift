import Community
import Foundation
import GRDB
import HongshuCore

struct SQLiteBlockStore: BlockStore {
    let database: any DatabaseWriter

    func block(_ blocked: User.ID, by blocker: User.ID, at date: Date) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql:
                    "INSERT INTO user_block (blocker_id, blocked_id, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [blocker.rawValue, blocked.rawValue, date.sqliteMilliseconds])
            guard db.changesCount == 1 else { return false }
            // Blocking ends following, both ways, and the counts follow.
            for (follower, followee) in [(blocker, blocked), (blocked, blocker)] {
                try db.execute(
                    sql: "DELETE FROM follow WHERE follower_id = ? AND followee_id = ?",
                    arguments: [follower.rawValue, followee.rawValue])
                guard db.changesCount == 1 else { continue }
                try db.execute(
                    sql: "UPDATE account SET following_count = following_count - 1 WHERE id = ?",
                    arguments: [follower.rawValue])
                try db.execute(
                    sql: "UPDATE account SET follower_count = follower_count - 1 WHERE id = ?",
                    arguments: [followee.rawValue])
            }
            return true
        }
    }

    func unblock(_ blocked: User.ID, by blocker: User.ID) async throws -> Bool {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM user_block WHERE blocker_id = ? AND blocked_id = ?",
                arguments: [blocker.rawValue, blocked.rawValue])
            return db.changesCount == 1
        }
    }

    func blockers(of user: User.ID, among users: [User.ID]) async throws -> Set<User.ID> {
        guard !users.isEmpty else { return [] }
        return try await database.read { db in
            let request = SQLRequest<Int64>(
                literal: """
                    SELECT blocker_id FROM user_block WHERE blocked_id = \(user.rawValue)
                    AND blocker_id IN \(users.map(\.rawValue))
                    """)
            return Set(try request.fetchAll(db).map(UserID.init(rawValue:)))
        }
    }

    func eitherBlocks(_ first: User.ID, _ second: User.ID) async throws -> Bool {
        try await database.read { db in
            try Bool.fetchOne(
                db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM user_block WHERE (blocker_id = ?1 AND blocked_id = ?2)
                                                             OR (blocker_id = ?2 AND blocked_id = ?1))
                    """, arguments: [first.rawValue, second.rawValue]) ?? false
        }
    }

    func blocked(by user: User.ID) async throws -> [User.ID] {
        try await database.read { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT blocked_id FROM user_block WHERE blocker_id = ? ORDER BY created_at DESC, blocked_id DESC",
                arguments: [user.rawValue]
            ).map(UserID.init(rawValue:))
        }
    }
}
