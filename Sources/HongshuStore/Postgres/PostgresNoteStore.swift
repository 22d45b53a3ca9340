import Community
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresNoteStore: NoteStore {
    let database: PostgresDatabase

    private static let columns = """
        id, author_id, title, body, tag_ids::text, topics::text, mention_ids::text, media::text,
        place_name, place_city, place_lat, place_lon, published_at
        """

    func insert(_ note: Note) async throws {
        try await database.transaction { connection in
            try await connection.query(
                """
                INSERT INTO note (id, author_id, title, body, tag_ids, topics, mention_ids, media,
                                  place_name, place_city, place_lat, place_lon, published_at)
                VALUES (\(note.id.rawValue), \(note.author.rawValue), \(note.title), \(note.body),
                        \(JSONColumn.encode(note.tags.map(\.rawValue)))::jsonb, \(JSONColumn.encode(note.topics))::jsonb,
                        \(JSONColumn.encode(note.mentions.map(\.rawValue)))::jsonb, \(JSONColumn.encode(note.media))::jsonb,
                        \(note.place?.name), \(note.place?.city), \(note.place?.latitude), \(note.place?.longitude),
                        \(note.publishedAt.exact))
                """, logger: database.logger)
            if !note.tags.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO note_tag (tag_id, note_id) SELECT unnest(\(note.tags.map(\.rawValue))::bigint[]), \(note.id.rawValue)
                    """, logger: database.logger)
            }
            if !note.topics.isEmpty {
                try await connection.query(
                    """
                    INSERT INTO note_topic (topic, note_id) SELECT unnest(\(note.topics)::text[]), \(note.id.rawValue)
                    """, logger: database.logger)
            }
            try await connection.query(
                "UPDATE account SET note_count = note_count + 1 WHERE id = \(note.author.rawValue)",
                logger: database.logger)
        }
    }

    func note(_ id: Note.ID) async throws -> Note? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM note WHERE id = \(id.rawValue) AND deleted_at IS NULL")
            .first
    }

    func markDeleted(_ id: Note.ID, at date: Date) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                """
                UPDATE note SET deleted_at = \(date.exact) WHERE id = \(id.rawValue) AND deleted_at IS NULL RETURNING author_id
                """, logger: database.logger)
            var author: Int64?
            for try await value in rows.decode(Int64.self) { author = value }
            guard let author else { return false }
            try await connection.query(
                "UPDATE account SET note_count = note_count - 1 WHERE id = \(author)", logger: database.logger)
            return true
        }
    }

    func notes(by author: User.ID, page: PageRequest) async throws -> Page<Note> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM note")
        query.filter("deleted_at IS NULL")
        query.filter("author_id", equals: author.rawValue)
        return try await list(query, page: page)
    }

    func latest(page: PageRequest) async throws -> Page<Note> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM note")
        query.filter("deleted_at IS NULL")
        return try await list(query, page: page)
    }

    private func list(_ query: PostgresKeysetQuery, page: PageRequest) async throws -> Page<Note> {
        let notes = try await fetch(query.page(page, time: "published_at", id: "id"))
        return TimeKey.page(notes, limit: page.limit, key: \.timeKey)
    }

    private func fetch(_ query: PostgresQuery) async throws -> [Note] {
        var notes: [Note] = []
        let rows = try await database.query(query)
        for try await row in rows {
            let cells = row.makeRandomAccess()
            let place = try cells["place_name"].decode(String?.self).map {
                Place(
                    name: $0, city: try cells["place_city"].decode(String?.self),
                    latitude: try cells["place_lat"].decode(Double?.self),
                    longitude: try cells["place_lon"].decode(Double?.self))
            }
            notes.append(
                Note(
                    id: NoteID(try cells["id"].decode(Int64.self)),
                    author: UserID(try cells["author_id"].decode(Int64.self)),
                    title: try cells["title"].decode(String.self), body: try cells["body"].decode(String.self),
                    tags: try JSONColumn.decode([Int64].self, from: cells["tag_ids"].decode(String.self)).map(
                        TagID.init(rawValue:)),
                    topics: try JSONColumn.decode([String].self, from: cells["topics"].decode(String.self)),
                    media: try JSONColumn.decode([Media].self, from: cells["media"].decode(String.self)),
                    place: place,
                    mentions: try JSONColumn.decode([Int64].self, from: cells["mention_ids"].decode(String.self))
                        .map(UserID.init(rawValue:)),
                    publishedAt: try cells["published_at"].decode(Date.self).fromPostgres))
        }
        return notes
    }
}
