import Foundation
import GRDB
import HongshuCore
import Search

extension SQLiteMigrations {
    /// The search index (FTS5 with the `hongshu` tokenizer) over notes, products, people and #topics;
    /// suggestions; the search log and per-day query counts; read counts of notes.
    static func registerSearch(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-29 search: index, suggestions, query counts") { db in
            try db.execute(
                sql: """
                    ALTER TABLE note ADD COLUMN read_count INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE note ADD COLUMN search_tags TEXT NOT NULL DEFAULT '';
                    CREATE VIRTUAL TABLE note_fts USING fts5(
                        title, body, search_tags, content = 'note', content_rowid = 'id', tokenize = 'hongshu');
                    CREATE VIRTUAL TABLE product_fts USING fts5(name, description, brand, tags, tokenize = 'hongshu');
                    CREATE VIRTUAL TABLE user_fts USING fts5(handle, display_name, tokenize = 'hongshu');
                    CREATE TABLE topic (
                        id INTEGER PRIMARY KEY,
                        name TEXT NOT NULL UNIQUE,
                        note_count INTEGER NOT NULL DEFAULT 0,
                        last_used INTEGER NOT NULL
                    );
                    CREATE VIRTUAL TABLE topic_fts USING fts5(name, tokenize = 'hongshu');
                    CREATE TABLE search_suggestion (
                        key TEXT PRIMARY KEY,
                        text TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        weight INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE TABLE search_log (
                        id INTEGER PRIMARY KEY,
                        query TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        at INTEGER NOT NULL,
                        user_id INTEGER,
                        hits INTEGER NOT NULL,
                        clicks INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE search_query_day (
                        query TEXT NOT NULL,
                        day INTEGER NOT NULL,
                        searches INTEGER NOT NULL DEFAULT 0,
                        no_hits INTEGER NOT NULL DEFAULT 0,
                        clicks INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (day, query)
                    ) WITHOUT ROWID;
                    UPDATE note SET read_count = (
                        SELECT count(*) FROM event
                        WHERE event.subject_type = 'note' AND event.subject_id = note.id AND event.kind = 'read');
                    """)
            // What was stored before the index existed.
            let notes = try Row.fetchAll(
                db, sql: "SELECT id, title, body, tag_ids, topics, published_at FROM note WHERE deleted_at IS NULL")
            let tagNames = try SQLiteSearchIndex.tagNames(db, try Int64.fetchAll(db, sql: "SELECT id FROM tag"))
            for row in notes {
                let topics = try JSONColumn.decode([String].self, from: row["topics"])
                let tagText = searchableTagText(
                    tagNames, tags: try JSONColumn.decode([Int64].self, from: row["tag_ids"]), topics: topics)
                try db.execute(
                    sql: "UPDATE note SET search_tags = ? WHERE id = ?", arguments: [tagText, row["id"] as Int64])
                try SQLiteSearchIndex.addNote(
                    db, id: row["id"], title: SQLiteSearchIndex.prepared(row["title"]),
                    body: SQLiteSearchIndex.prepared(row["body"]), tagText: tagText, topics: topics,
                    publishedAt: row["published_at"])
            }
            for product in try Int64.fetchAll(db, sql: "SELECT id FROM product") {
                try SQLiteSearchIndex.indexProduct(db, id: product)
            }
            for brand in try Int64.fetchAll(db, sql: "SELECT id FROM brand") {
                try SQLiteSearchIndex.indexBrand(db, id: brand)
            }
            for row in try Row.fetchAll(db, sql: "SELECT id, handle, display_name FROM account") {
                try SQLiteSearchIndex.indexUser(
                    db, id: row["id"], handle: row["handle"], displayName: row["display_name"])
            }
            try SQLiteSearchIndex.offer(db, try tagSuggestions(db))
        }
    }

    /// Every tag's Chinese and English name and aliases, to complete.
    static func tagSuggestions(_ db: Database) throws -> [Suggestion] {
        try Row.fetchAll(db, sql: "SELECT name, english_name, aliases FROM tag").flatMap { row -> [Suggestion] in
            let names =
                [row["name"] as String, row["english_name"] as String]
                + Tag.aliases(fromColumn: row["aliases"])
            return names.filter { !$0.isEmpty }.map { Suggestion(text: $0, kind: .tag, weight: 10) }
        }
    }
}
