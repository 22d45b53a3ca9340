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

    func all() async throws -> [Tag] {
        // Parents before children: a tag's depth is the number of its ancestors.
        try await database.read { db in
            try TagRow.fetchAll(
                db,
                sql: """
                    SELECT tag.* FROM tag LEFT JOIN tag AS parent ON parent.id = tag.parent_id
                    ORDER BY (tag.parent_id IS NOT NULL) + (parent.parent_id IS NOT NULL), tag.parent_id, tag.position, tag.id
                    """
            ).map(\.tag)
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
                    SELECT * FROM tag
                    WHERE name LIKE ?1 ESCAPE '\\' OR english_name LIKE ?1 ESCAPE '\\' OR aliases LIKE ?1 ESCAPE '\\'
                    ORDER BY (name = ?2 OR english_name = ?2 COLLATE NOCASE OR aliases LIKE ?4 ESCAPE '\\') DESC,
                             length(name), id
                    LIMIT ?3
                    """, arguments: [pattern, text, limit, "%|" + LikePattern.escape(text) + "|%"]
            ).map(\.tag)
        }
    }
}

private struct TagRow: FetchableRecord {
    let tag: Tag

    init(row: Row) {
        tag = Tag(
            id: TagID(row["id"] as Int64), parent: (row["parent_id"] as Int64?).map(TagID.init(rawValue:)),
            name: row["name"], englishName: row["english_name"], aliases: Tag.aliases(fromColumn: row["aliases"] ?? ""))
    }
}
