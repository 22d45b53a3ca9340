import Foundation
import GRDB
import Search

/// Lets `concurrentPerform` write each result into its own slot.
private struct UnsafeSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Keeps the FTS5 tables in step with the rows they index, inside the writer's transaction.
enum SQLiteSearchIndex {
    /// Marks a column value whose terms were computed already (off the writer's thread).
    static let preparedMark = "\u{1}"

    /// `text` as the tokenizer's already-cut terms: what ``HongshuTokenizer`` would make of `text` itself.
    static func prepared(_ text: String) -> String {
        preparedMark + Segmenter.shared.indexTerms(text).map(\.text).joined(separator: " ")
    }

    /// ``prepared(_:)`` of many texts, cut in parallel.
    static func preparedTexts(_ texts: [[String]]) -> [[String]] {
        guard texts.count > 1 else { return texts.map { $0.map(prepared) } }
        let results = UnsafeMutableBufferPointer<[String]>.allocate(capacity: texts.count)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        let shared = UnsafeSendable(results)
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            shared.value[index] = texts[index].map(prepared)
        }
        return Array(results)
    }

    /// Each tag's searchable words (names, English name, aliases), for the tags among `ids`.
    static func tagNames(_ db: Database, _ ids: some Collection<Int64>) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        let request = SQLRequest<Row>(
            literal:
                "SELECT id, name || ' ' || english_name || ' ' || aliases AS words FROM tag WHERE id IN \(Array(ids))")
        var names: [Int64: String] = [:]
        for row in try request.fetchAll(db) { names[row["id"]] = row["words"] }
        return names
    }

    /// Indexes a note just inserted (with `search_tags` = `tagText`); `title` and `body` are ``prepared(_:)``
    /// terms. Counts its #topics, indexing new ones.
    static func addNote(
        _ db: Database, id: Int64, title: String, body: String, tagText: String, topics: [String], publishedAt: Int64
    ) throws {
        try db.cachedStatement(sql: "INSERT INTO note_fts (rowid, title, body, search_tags) VALUES (?, ?, ?, ?)")
            .execute(arguments: [id, title, body, prepared(tagText)])
        for topic in Set(topics.map { $0.lowercased() }) {
            let created = try Int64.fetchOne(
                db.cachedStatement(
                    sql: """
                        INSERT INTO topic (name, note_count, last_used) VALUES (?1, 1, ?2)
                        ON CONFLICT (name) DO UPDATE SET note_count = note_count + 1, last_used = max(last_used, ?2)
                        RETURNING CASE WHEN note_count = 1 THEN id END
                        """),
                arguments: [topic, publishedAt])
            if let created {
                try db.cachedStatement(sql: "INSERT OR REPLACE INTO topic_fts (rowid, name) VALUES (?, ?)")
                    .execute(arguments: [created, topic])
            }
        }
    }

    /// Takes a note (still holding its text) out of the index.
    static func removeNote(_ db: Database, id: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO note_fts (note_fts, rowid, title, body, search_tags)
                SELECT 'delete', id, title, body, search_tags FROM note WHERE id = ?
                """, arguments: [id])
        let topics = try String.fetchOne(db, sql: "SELECT topics FROM note WHERE id = ?", arguments: [id]) ?? "[]"
        for topic in Set(try JSONColumn.decode([String].self, from: topics).map { $0.lowercased() }) {
            try db.execute(
                sql: "UPDATE topic SET note_count = note_count - 1 WHERE name = ? AND note_count > 0",
                arguments: [topic])
        }
    }

    /// Indexes a product anew (after an insert or an update) from its row, its brand and its tags.
    static func indexProduct(_ db: Database, id: Int64) throws {
        try db.execute(sql: "DELETE FROM product_fts WHERE rowid = ?", arguments: [id])
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT p.name, p.description, p.tag_ids, b.name AS brand FROM product p
                    JOIN brand b ON b.id = p.brand_id WHERE p.id = ?
                    """, arguments: [id])
        else { return }
        let tags = try JSONColumn.decode([Int64].self, from: row["tag_ids"])
        try db.execute(
            sql: "INSERT INTO product_fts (rowid, name, description, brand, tags) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                id, row["name"] as String, row["description"] as String, row["brand"] as String,
                searchableTagText(try tagNames(db, tags), tags: tags, topics: []),
            ])
        try offer(db, [Suggestion(text: row["name"], kind: .product, weight: 5)])
    }

    /// Re-indexes a brand's products (its name is part of them) and offers the name.
    static func indexBrand(_ db: Database, id: Int64) throws {
        guard let name = try String.fetchOne(db, sql: "SELECT name FROM brand WHERE id = ?", arguments: [id]) else {
            return
        }
        try offer(db, [Suggestion(text: name, kind: .brand, weight: 20)])
        for product in try Int64.fetchAll(db, sql: "SELECT id FROM product WHERE brand_id = ?", arguments: [id]) {
            try indexProduct(db, id: product)
        }
    }

    static func indexUser(_ db: Database, id: Int64, handle: String, displayName: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO user_fts (rowid, handle, display_name) VALUES (?, ?, ?)")
            .execute(arguments: [id, handle, prepared(displayName)])
    }

    /// Adds names to complete, keeping the heavier weight of a name offered twice.
    static func offer(_ db: Database, _ suggestions: [Suggestion]) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO search_suggestion (key, text, kind, weight) VALUES (?, ?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET weight = max(weight, excluded.weight)
                """)
        for suggestion in suggestions {
            let key = SuggestionKey.of(suggestion.text)
            guard !key.isEmpty else { continue }
            try statement.execute(arguments: [key, suggestion.text, suggestion.kind.rawValue, suggestion.weight])
        }
    }
}
