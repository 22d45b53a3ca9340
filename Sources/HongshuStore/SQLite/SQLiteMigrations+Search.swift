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
        migrator.registerMigration("2026-11-30 search: the engagement an author's notes have received") { db in
            // An author's record: the likes, collects, comments and reads their notes ever received (deleted
            // notes too: deleting a note does not erase its history). Kept by a trigger, so every write path that
            // counts engagement on a note counts it for the author in the same statement.
            try db.execute(
                sql: """
                    ALTER TABLE account ADD COLUMN received_likes INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE account ADD COLUMN received_collects INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE account ADD COLUMN received_comments INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE account ADD COLUMN received_reads INTEGER NOT NULL DEFAULT 0;
                    UPDATE account SET received_likes = r.likes, received_collects = r.collects,
                        received_comments = r.comments, received_reads = r.reads
                    FROM (SELECT author_id, sum(like_count) AS likes, sum(collect_count) AS collects,
                                 sum(comment_count) AS comments, sum(read_count) AS reads
                          FROM note GROUP BY author_id) AS r
                    WHERE account.id = r.author_id;
                    CREATE TRIGGER note_engagement_received
                    AFTER UPDATE OF like_count, collect_count, comment_count, read_count ON note
                    BEGIN
                        UPDATE account SET
                            received_likes = received_likes + NEW.like_count - OLD.like_count,
                            received_collects = received_collects + NEW.collect_count - OLD.collect_count,
                            received_comments = received_comments + NEW.comment_count - OLD.comment_count,
                            received_reads = received_reads + NEW.read_count - OLD.read_count
                        WHERE id = NEW.author_id;
                    END;
                    """)
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
