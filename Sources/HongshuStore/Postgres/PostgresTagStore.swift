import HongshuCore
import PostgresNIO

struct PostgresTagStore: TagStore {
    let database: PostgresDatabase

    func tag(_ id: Tag.ID) async throws -> Tag? {
        try await fetch("SELECT id, parent_id, name, english_name FROM tag WHERE id = \(id.rawValue)").first
    }

    func tags(_ ids: [Tag.ID]) async throws -> [Tag] {
        guard !ids.isEmpty else { return [] }
        return try await fetch(
            "SELECT id, parent_id, name, english_name FROM tag WHERE id = ANY(\(ids.map(\.rawValue)))")
    }

    func children(of parent: Tag.ID?) async throws -> [Tag] {
        try await fetch(
            """
            SELECT id, parent_id, name, english_name FROM tag WHERE parent_id IS NOT DISTINCT FROM \(parent?.rawValue)
            ORDER BY position, id
            """)
    }

    func search(_ text: String, limit: Int) async throws -> [Tag] {
        let pattern = "%" + LikePattern.escape(text) + "%"
        return try await fetch(
            """
            SELECT id, parent_id, name, english_name FROM tag
            WHERE name ILIKE \(pattern) ESCAPE '\\' OR english_name ILIKE \(pattern) ESCAPE '\\'
            ORDER BY (name = \(text) OR lower(english_name) = lower(\(text))) DESC, length(name), id LIMIT \(limit)
            """)
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Tag] {
        var tags: [Tag] = []
        for try await (id, parent, name, english) in try await database.query(query).decode(
            (Int64, Int64?, String, String).self)
        {
            tags.append(Tag(id: TagID(id), parent: parent.map(TagID.init(rawValue:)), name: name, englishName: english))
        }
        return tags
    }
}
