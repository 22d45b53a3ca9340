import GRDB
import HongshuCore

struct SQLiteTagStore: TagStore {
    let database: any DatabaseWriter

    func tag(_ id: Tag.ID) async throws -> Tag? {
        try await database.read { db in
            try TagRow.fetchOne(db, sql: "SELECT * FROM tag WHERE id = ?", arguments: [id.rawValue])?.tag
        }
    }

    func tags(_ ids: [Tag.ID]) async throws -> [Tag] {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            try TagRow.fetchAll(db, SQLRequest(literal: "SELECT * FROM tag WHERE id IN \(ids.map(\.rawValue))")).map(
                \.tag)
        }
    }

    func children(of parent: Tag.ID?) async throws -> [Tag] {
        try await database.read { db in
            try TagRow.fetchAll(
                db, sql: "SELECT * FROM tag WHERE parent_id IS ? ORDER BY position, id", arguments: [parent?.rawValue]
            ).map(\.tag)
        }
    }

    func search(_ text: String, limit: Int) async throws -> [Tag] {
        let pattern = "%" + LikePattern.escape(text) + "%"
        return try await database.read { db in
            try TagRow.fetchAll(
                db,
                sql: """
                    SELECT * FROM tag WHERE name LIKE ?1 ESCAPE '\\' OR english_name LIKE ?1 ESCAPE '\\'
                    ORDER BY (name = ?2 OR english_name = ?2 COLLATE NOCASE) DESC, length(name), id LIMIT ?3
                    """, arguments: [pattern, text, limit]
            ).map(\.tag)
        }
    }
}

private struct TagRow: FetchableRecord {
    let tag: Tag

    init(row: Row) {
        tag = Tag(
            id: TagID(row["id"] as Int64), parent: (row["parent_id"] as Int64?).map(TagID.init(rawValue:)),
            name: row["name"], englishName: row["english_name"])
    }
}
