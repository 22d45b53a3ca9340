import Community
import Foundation
import HongshuCore
import PostgresNIO
import Search

struct PostgresNoteStore: NoteStore {
    let database: PostgresDatabase

    /// A batch row's publish time, from whole milliseconds by exact interval arithmetic.
    private static let publishedAt = "to_timestamp(0) + n.published_ms * interval '1 millisecond'"

    private static let columns = """
        note.id, note.author_id, note.title, note.body, note.tag_ids::text, note.topics::text,
        note.mention_ids::text, note.media::text, note.place_name, note.place_city, note.place_lat, note.place_lon,
        note.published_at, note.product_ids::text
        """

    func insert(contentsOf notes: [Note]) async throws {
        guard !notes.isEmpty else { return }
        // The whole batch travels as one JSON parameter, unpacked by jsonb_to_recordset: one
        // round trip per statement however many notes there are.
        let batch = JSONColumn.encode(notes.map(NoteRecord.init))
        let logger = database.logger
        try await database.transaction { connection in
            let tagNames = try await PostgresSearchIndex.tagNames(
                notes.flatMap { $0.tags.map(\.rawValue) }, on: connection, logger: logger)
            let index = JSONColumn.encode(
                notes.map { note in
                    let tags = searchableTagText(
                        tagNames, tags: note.tags.map(\.rawValue), topics: note.topics)
                    return SearchRecord(
                        id: note.id.rawValue, tags: tags,
                        search: PostgresSearchIndex.vector([(note.title, "A"), (tags, "B"), (note.body, "C")]))
                })
            let topics = JSONColumn.encode(
                Set(notes.flatMap { $0.topics.map { $0.lowercased() } }).map {
                    TopicRecord(name: $0, search: PostgresSearchIndex.vector([($0, "A")]))
                })
            try await connection.query(
                """
                INSERT INTO note (id, author_id, title, body, tag_ids, topics, mention_ids, media,
                                  place_name, place_city, place_lat, place_lon, published_at, product_ids)
                SELECT id, author_id, title, body, tag_ids, topics, mention_ids, media,
                       place_name, place_city, place_lat, place_lon, \(unescaped: Self.publishedAt), product_ids
                FROM jsonb_to_recordset(\(batch)::jsonb) AS n(
                    id bigint, author_id bigint, title text, body text, tag_ids jsonb, topics jsonb, mention_ids jsonb,
                    media jsonb, place_name text, place_city text, place_lat float8, place_lon float8,
                    published_ms bigint, product_ids jsonb)
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO note_product (product_id, note_id, published_at)
                SELECT p.product::bigint, n.id, \(unescaped: Self.publishedAt)
                FROM jsonb_to_recordset(\(batch)::jsonb) AS n(id bigint, published_ms bigint, product_ids jsonb),
                     jsonb_array_elements_text(n.product_ids) AS p(product)
                """, logger: logger)
            // Listed under each tag and every ancestor of it (a category page shows its sub-tags' notes).
            try await connection.query(
                """
                INSERT INTO note_tag (tag_id, note_id, published_at)
                WITH RECURSIVE listed(note_id, published_at, tag_id) AS (
                    SELECT n.id, \(unescaped: Self.publishedAt), t.tag::bigint
                    FROM jsonb_to_recordset(\(batch)::jsonb) AS n(id bigint, published_ms bigint, tag_ids jsonb),
                         jsonb_array_elements_text(n.tag_ids) AS t(tag)
                    UNION
                    SELECT listed.note_id, listed.published_at, tag.parent_id
                    FROM listed JOIN tag ON tag.id = listed.tag_id WHERE tag.parent_id IS NOT NULL)
                SELECT tag_id, note_id, published_at FROM listed
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO note_topic (topic, note_id)
                SELECT t.topic, n.id FROM jsonb_to_recordset(\(batch)::jsonb) AS n(id bigint, topics jsonb),
                     jsonb_array_elements_text(n.topics) AS t(topic)
                """, logger: logger)
            try await connection.query(
                """
                UPDATE note SET search = s.search::tsvector, search_tags = s.tags
                FROM jsonb_to_recordset(\(index)::jsonb) AS s(id bigint, tags text, search text)
                WHERE note.id = s.id
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO topic (name, note_count, last_used, search)
                SELECT t.name, count(DISTINCT n.id), max(\(unescaped: Self.publishedAt)), min(t.search)::tsvector
                FROM jsonb_to_recordset(\(batch)::jsonb) AS n(id bigint, published_ms bigint, topics jsonb),
                     jsonb_array_elements_text(n.topics) AS u(topic)
                JOIN jsonb_to_recordset(\(topics)::jsonb) AS t(name text, search text) ON t.name = lower(u.topic)
                GROUP BY t.name
                ON CONFLICT (name) DO UPDATE SET note_count = topic.note_count + excluded.note_count,
                    last_used = greatest(topic.last_used, excluded.last_used)
                """, logger: logger)
            try await connection.query(
                """
                UPDATE account SET note_count = note_count + added.count
                FROM (SELECT author_id, count(*) AS count FROM jsonb_to_recordset(\(batch)::jsonb) AS n(author_id bigint)
                      GROUP BY author_id) AS added
                WHERE account.id = added.author_id
                """, logger: logger)
        }
    }

    func note(_ id: Note.ID) async throws -> Note? {
        try await fetch("SELECT \(unescaped: Self.columns) FROM note WHERE id = \(id.rawValue) AND deleted_at IS NULL")
            .first
    }

    func author(of note: Note.ID) async throws -> User.ID? {
        let rows = try await database.query(
            "SELECT author_id FROM note WHERE id = \(note.rawValue) AND deleted_at IS NULL")
        for try await id in rows.decode(Int64.self) { return UserID(id) }
        return nil
    }

    func notes(_ ids: [Note.ID]) async throws -> [Note] {
        guard !ids.isEmpty else { return [] }
        return try await fetch(
            "SELECT \(unescaped: Self.columns) FROM note WHERE id = ANY(\(ids.map(\.rawValue))) AND deleted_at IS NULL")
    }

    func live(_ ids: [Note.ID]) async throws -> Set<Note.ID> {
        guard !ids.isEmpty else { return [] }
        var live = Set<Note.ID>()
        let rows = try await database.query(
            "SELECT id FROM note WHERE deleted_at IS NULL AND id = ANY(\(ids.map(\.rawValue)))")
        for try await id in rows.decode(Int64.self) { live.insert(NoteID(id)) }
        return live
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
                """
                UPDATE topic SET note_count = note_count - 1
                WHERE note_count > 0 AND name IN (
                    SELECT DISTINCT lower(t) FROM note, jsonb_array_elements_text(note.topics) AS t
                    WHERE note.id = \(id.rawValue))
                """, logger: database.logger)
            try await connection.query(
                "UPDATE note SET search = NULL WHERE id = \(id.rawValue)", logger: database.logger)
            try await connection.query(
                "UPDATE account SET note_count = note_count - 1 WHERE id = \(author)", logger: database.logger)
            // The tag and topic listings are indexes, not records: a deleted note leaves them.
            try await connection.query("DELETE FROM note_tag WHERE note_id = \(id.rawValue)", logger: database.logger)
            try await connection.query("DELETE FROM note_topic WHERE note_id = \(id.rawValue)", logger: database.logger)
            try await connection.query(
                "DELETE FROM note_product WHERE note_id = \(id.rawValue)", logger: database.logger)
            // A deleted note leaves the boards it was saved in (their counts stay exact).
            try await connection.query(
                """
                WITH removed AS (DELETE FROM board_note WHERE note_id = \(id.rawValue) RETURNING board_id)
                UPDATE board SET note_count = note_count - 1 WHERE id IN (SELECT board_id FROM removed)
                """, logger: database.logger)
            return true
        }
    }

    func notes(by author: User.ID, page: PageRequest) async throws -> Page<Note> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM note")
        query.filter("deleted_at IS NULL")
        query.filter("author_id", equals: author.rawValue)
        return try await list(query, page: page)
    }

    func notes(tagged tag: Tag.ID, page: PageRequest) async throws -> Page<Note> {
        var query = PostgresKeysetQuery(select: "\(Self.columns) FROM note_tag JOIN note ON note.id = note_tag.note_id")
        query.filter("note_tag.tag_id", equals: tag.rawValue)
        let notes = try await fetch(query.page(page, time: "note_tag.published_at", id: "note_tag.note_id"))
        return TimeKey.page(notes, limit: page.limit, key: \.timeKey)
    }

    func notes(featuring product: ProductID, page: PageRequest) async throws -> Page<Note> {
        var query = PostgresKeysetQuery(
            select: "\(Self.columns) FROM note_product JOIN note ON note.id = note_product.note_id")
        query.filter("note_product.product_id", equals: product.rawValue)
        let notes = try await fetch(query.page(page, time: "note_product.published_at", id: "note_product.note_id"))
        return TimeKey.page(notes, limit: page.limit, key: \.timeKey)
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
                    products: try JSONColumn.decode([Int64].self, from: cells["product_ids"].decode(String.self))
                        .map(ProductID.init(rawValue:)),
                    publishedAt: try cells["published_at"].decode(Date.self).fromPostgres))
        }
        return notes
    }
}

/// One note as a row of the JSON batch `insert(contentsOf:)` sends (keys are the column names).
private struct NoteRecord: Encodable {
    let id: Int64, authorID: Int64, title: String, body: String
    let tagIDs: [Int64], topics: [String], mentionIDs: [Int64], media: [Media], productIDs: [Int64]
    let placeName: String?, placeCity: String?, placeLat: Double?, placeLon: Double?
    /// Milliseconds since 1970: the domain's times are whole milliseconds.
    let publishedMs: Int64

    enum CodingKeys: String, CodingKey {
        case id, title, body, topics, media
        case authorID = "author_id", tagIDs = "tag_ids", mentionIDs = "mention_ids", placeName = "place_name"
        case placeCity = "place_city", placeLat = "place_lat", placeLon = "place_lon", publishedMs = "published_ms"
        case productIDs = "product_ids"
    }

    init(_ note: Note) {
        id = note.id.rawValue
        authorID = note.author.rawValue
        title = note.title
        body = note.body
        tagIDs = note.tags.map(\.rawValue)
        topics = note.topics
        mentionIDs = note.mentions.map(\.rawValue)
        media = note.media
        productIDs = note.products.map(\.rawValue)
        placeName = note.place?.name
        placeCity = note.place?.city
        placeLat = note.place?.latitude
        placeLon = note.place?.longitude
        publishedMs = Int64((note.publishedAt.timeIntervalSince1970 * 1000).rounded())
    }
}

/// A note's search vector and the tag words it was made from.
private struct SearchRecord: Encodable {
    let id: Int64
    let tags: String
    let search: String
}

/// A #topic and its search vector.
private struct TopicRecord: Encodable {
    let name: String
    let search: String
}
