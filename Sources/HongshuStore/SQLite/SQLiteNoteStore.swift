import Community
import Foundation
import GRDB
import HongshuCore
import Search

struct SQLiteNoteStore: NoteStore {
    let database: any DatabaseWriter

    func insert(contentsOf notes: [Note]) async throws {
        guard !notes.isEmpty else { return }
        // The index terms are cut here, on both cores, not on the writer's thread.
        let terms = SQLiteSearchIndex.preparedTexts(notes.map { [$0.title, $0.body] })
        try await database.write { db in
            let insertNote = try db.cachedStatement(
                sql: """
                    INSERT INTO note (id, author_id, title, body, tag_ids, topics, mention_ids, media,
                                      place_name, place_city, place_lat, place_lon, published_at, product_ids,
                                      search_tags)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let indexProduct = try db.cachedStatement(
                sql: "INSERT INTO note_product (product_id, note_id, published_at) VALUES (?, ?, ?)")
            // A note is listed under its tags and every ancestor of them (a category page shows
            // the notes of its sub-tags).
            let indexTags = try db.cachedStatement(
                sql: """
                    WITH RECURSIVE up(id) AS (
                        SELECT value FROM json_each(?1)
                        UNION SELECT tag.parent_id FROM tag JOIN up ON tag.id = up.id WHERE tag.parent_id IS NOT NULL)
                    INSERT INTO note_tag (tag_id, note_id, published_at) SELECT id, ?2, ?3 FROM up
                    """)
            let indexTopic = try db.cachedStatement(sql: "INSERT INTO note_topic (topic, note_id) VALUES (?, ?)")
            let tagNames = try SQLiteSearchIndex.tagNames(db, Set(notes.flatMap { $0.tags.map(\.rawValue) }))
            var perAuthor: [Int64: Int] = [:]
            for (index, note) in notes.enumerated() {
                let tagText = searchableTagText(tagNames, tags: note.tags.map(\.rawValue), topics: note.topics)
                let tags = JSONColumn.encode(note.tags.map(\.rawValue))
                try insertNote.execute(arguments: [
                    note.id.rawValue, note.author.rawValue, note.title, note.body, tags, JSONColumn.encode(note.topics),
                    JSONColumn.encode(note.mentions.map(\.rawValue)), JSONColumn.encode(note.media),
                    note.place?.name, note.place?.city, note.place?.latitude, note.place?.longitude,
                    note.publishedAt.sqliteMilliseconds, JSONColumn.encode(note.products.map(\.rawValue)), tagText,
                ])
                for product in note.products {
                    try indexProduct.execute(arguments: [
                        product.rawValue, note.id.rawValue, note.publishedAt.sqliteMilliseconds,
                    ])
                }
                if !note.tags.isEmpty {
                    try indexTags.execute(arguments: [tags, note.id.rawValue, note.publishedAt.sqliteMilliseconds])
                }
                for topic in note.topics { try indexTopic.execute(arguments: [topic, note.id.rawValue]) }
                try SQLiteSearchIndex.addNote(
                    db, id: note.id.rawValue, title: terms[index][0], body: terms[index][1], tagText: tagText,
                    topics: note.topics, publishedAt: note.publishedAt.sqliteMilliseconds)
                perAuthor[note.author.rawValue, default: 0] += 1
            }
            let count = try db.cachedStatement(sql: "UPDATE account SET note_count = note_count + ? WHERE id = ?")
            for (author, added) in perAuthor { try count.execute(arguments: [added, author]) }
        }
    }

    func note(_ id: Note.ID) async throws -> Note? {
        try await database.read { db in
            try NoteRow.fetchOne(
                db, sql: "SELECT * FROM note WHERE id = ? AND deleted_at IS NULL", arguments: [id.rawValue])?.note
        }
    }

    func author(of note: Note.ID) async throws -> User.ID? {
        try await database.read { db in
            try Int64.fetchOne(
                try db.cachedStatement(sql: "SELECT author_id FROM note WHERE id = ? AND deleted_at IS NULL"),
                arguments: [note.rawValue]
            ).map(UserID.init(rawValue:))
        }
    }

    func notes(_ ids: [Note.ID]) async throws -> [Note] {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            // One prepared statement for any number of ids (a page of search results or a feed).
            let request = SQLRequest<Row>(
                sql: "SELECT * FROM note WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))",
                arguments: [JSONColumn.ids(ids.map(\.rawValue))], cached: true)
            return try NoteRow.fetchAll(db, request).map(\.note)
        }
    }

    func live(_ ids: [Note.ID]) async throws -> Set<Note.ID> {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            let request = SQLRequest<Int64>(
                literal: "SELECT id FROM note WHERE deleted_at IS NULL AND id IN \(ids.map(\.rawValue))")
            return Set(try request.fetchAll(db).map(NoteID.init(rawValue:)))
        }
    }

    func markDeleted(_ id: Note.ID, at date: Date) async throws -> Bool {
        try await database.write { db in
            guard
                let author = try Int64.fetchOne(
                    db, sql: "UPDATE note SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL RETURNING author_id",
                    arguments: [date.sqliteMilliseconds, id.rawValue])
            else { return false }
            try SQLiteSearchIndex.removeNote(db, id: id.rawValue)
            try db.execute(sql: "UPDATE account SET note_count = note_count - 1 WHERE id = ?", arguments: [author])
            // The tag and topic listings are indexes, not records: a deleted note leaves them.
            try db.execute(sql: "DELETE FROM note_tag WHERE note_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM note_topic WHERE note_id = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM note_product WHERE note_id = ?", arguments: [id.rawValue])
            // A deleted note leaves the boards it was saved in (their counts stay exact).
            try db.execute(
                sql: """
                    UPDATE board SET note_count = note_count - 1
                    WHERE id IN (SELECT board_id FROM board_note WHERE note_id = ?)
                    """, arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM board_note WHERE note_id = ?", arguments: [id.rawValue])
            return true
        }
    }

    func notes(by author: User.ID, page: PageRequest) async throws -> Page<Note> {
        try await list(page: page, filter: "author_id = \(author.rawValue)")
    }

    func notes(tagged tag: Tag.ID, page: PageRequest) async throws -> Page<Note> {
        try await listed(in: "note_tag", by: "tag_id", tag.rawValue, page: page)
    }

    func notes(featuring product: ProductID, page: PageRequest) async throws -> Page<Note> {
        try await listed(in: "note_product", by: "product_id", product.rawValue, page: page)
    }

    /// Live notes listed in an index table (`note_tag`, `note_product`: a key, `note_id` and
    /// `published_at`), newest first. Deleted notes have left the listings already.
    private func listed(in table: String, by key: String, _ value: Int64, page: PageRequest) async throws
        -> Page<Note>
    {
        let after = try page.cursor.map(TimeKey.init)
        // Table and column names are the store's own constants, never input.
        var conditions: [SQL] = ["\(sql: table).\(sql: key) = \(value)"]
        if let after {
            conditions.append(
                "(\(sql: table).published_at, \(sql: table).note_id) < (\(after.time.sqliteMilliseconds), \(after.id))")
        }
        let request = SQLRequest<Row>(
            literal: """
                SELECT note.* FROM \(sql: table) JOIN note ON note.id = \(sql: table).note_id
                WHERE \(conditions.joined(operator: .and))
                ORDER BY \(sql: table).published_at DESC, \(sql: table).note_id DESC LIMIT \(page.limit + 1)
                """)
        let notes = try await database.read { db in try NoteRow.fetchAll(db, request).map(\.note) }
        return TimeKey.page(notes, limit: page.limit, key: \.timeKey)
    }

    func latest(page: PageRequest) async throws -> Page<Note> {
        try await list(page: page, filter: nil)
    }

    /// Live notes newest first, keyset-paginated on (published_at, id).
    private func list(page: PageRequest, filter: SQL?) async throws -> Page<Note> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["deleted_at IS NULL"]
        if let filter { conditions.append(filter) }
        if let after { conditions.append("(published_at, id) < (\(after.time.sqliteMilliseconds), \(after.id))") }
        let request = SQLRequest<Row>(
            literal: """
                SELECT * FROM note WHERE \(conditions.joined(operator: .and))
                ORDER BY published_at DESC, id DESC LIMIT \(page.limit + 1)
                """)
        let notes = try await database.read { db in try NoteRow.fetchAll(db, request).map(\.note) }
        return TimeKey.page(notes, limit: page.limit, key: \.timeKey)
    }
}

private struct NoteRow: FetchableRecord {
    let note: Note

    init(row: Row) throws {
        let place: Place? = (row["place_name"] as String?).map {
            Place(name: $0, city: row["place_city"], latitude: row["place_lat"], longitude: row["place_lon"])
        }
        note = Note(
            id: NoteID(row["id"] as Int64), author: UserID(row["author_id"] as Int64),
            title: row["title"], body: row["body"],
            tags: try JSONColumn.decode([Int64].self, from: row["tag_ids"]).map(TagID.init(rawValue:)),
            topics: try JSONColumn.decode([String].self, from: row["topics"]),
            media: try JSONColumn.decode([Media].self, from: row["media"]),
            place: place,
            mentions: try JSONColumn.decode([Int64].self, from: row["mention_ids"]).map(UserID.init(rawValue:)),
            products: try JSONColumn.decode([Int64].self, from: row["product_ids"]).map(ProductID.init(rawValue:)),
            publishedAt: Date(sqliteMilliseconds: row["published_at"]))
    }
}
