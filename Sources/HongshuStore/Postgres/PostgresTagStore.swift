import HongshuCore
import PostgresNIO

struct PostgresTagStore: TagStore {
    let database: PostgresDatabase

    private static let columns = "tag.id, tag.parent_id, tag.name, tag.english_name, tag.aliases"

    func tag(_ id: Tag.ID) async throws -> Tag? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM tag WHERE id = \(id.rawValue)").first
    }

    func tags(_ ids: [Tag.ID]) async throws -> [Tag] {
        guard !ids.isEmpty else { return [] }
        return try await fetch("SELECT \(unescaped: Self.columns) FROM tag WHERE id = ANY(\(ids.map(\.rawValue)))")
    }

    func all() async throws -> [Tag] {
        // Parents before children: a tag's depth is the number of its ancestors.
        try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM tag LEFT JOIN tag AS parent ON parent.id = tag.parent_id
            ORDER BY (tag.parent_id IS NOT NULL)::int + (parent.parent_id IS NOT NULL)::int, tag.parent_id NULLS FIRST,
                     tag.position, tag.id
            """)
    }

    func children(of parent: Tag.ID?) async throws -> [Tag] {
        try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM tag WHERE parent_id IS NOT DISTINCT FROM \(parent?.rawValue)
            ORDER BY position, id
            """)
    }

    func search(_ text: String, limit: Int) async throws -> [Tag] {
        let pattern = "%" + LikePattern.escape(text) + "%"
        let alias = "%|" + LikePattern.escape(text) + "|%"
        return try await fetch(
            """
            SELECT \(unescaped: Self.columns) FROM tag
            WHERE name ILIKE \(pattern) ESCAPE '\\' OR english_name ILIKE \(pattern) ESCAPE '\\'
               OR aliases ILIKE \(pattern) ESCAPE '\\'
            ORDER BY (name = \(text) OR lower(english_name) = lower(\(text)) OR aliases ILIKE \(alias) ESCAPE '\\') DESC,
                     length(name), id
            LIMIT \(limit)
            """)
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Tag] {
        var tags: [Tag] = []
        for try await (id, parent, name, english, aliases) in try await database.query(query).decode(
            (Int64, Int64?, String, String, String).self)
        {
            tags.append(
                Tag(
                    id: TagID(id), parent: parent.map(TagID.init(rawValue:)), name: name, englishName: english,
                    aliases: Tag.aliases(fromColumn: aliases)))
        }
        return tags
    }
}
