import GRDB

extension SQLiteMigrations {
    /// Discovery: interest profiles, what feeds showed, kept feeds, and notes by place.
    static func registerDiscovery(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12-01 discovery: interests, shown notes, kept feeds, notes by place") { db in
            try db.execute(
                sql: """
                    CREATE TABLE interest (
                        user_id INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        weight REAL NOT NULL,
                        at INTEGER NOT NULL,
                        PRIMARY KEY (user_id, kind, key)
                    ) WITHOUT ROWID;
                    CREATE TABLE feed_seen (
                        user_id INTEGER NOT NULL,
                        note_id INTEGER NOT NULL,
                        at INTEGER NOT NULL,
                        PRIMARY KEY (user_id, note_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX feed_seen_at ON feed_seen(at);
                    CREATE TABLE feed (
                        id INTEGER PRIMARY KEY,
                        user_id INTEGER,
                        created_at INTEGER NOT NULL,
                        note_ids TEXT NOT NULL
                    );
                    CREATE INDEX feed_created ON feed(created_at);
                    CREATE INDEX note_city ON note(place_city COLLATE NOCASE, published_at DESC, id DESC)
                        WHERE deleted_at IS NULL AND place_city IS NOT NULL;
                    CREATE INDEX note_place ON note(place_lat, place_lon)
                        WHERE deleted_at IS NULL AND place_lat IS NOT NULL;
                    """)
        }
        // The re-search rate reads the searches of a brand's readers: through the index of everyone's events by
        // person it read every event of each reader to find the few searches (minutes at 12M events).
        migrator.registerMigration("2026-12-01 insights: searches by person") { db in
            try db.execute(sql: "CREATE INDEX event_search ON event(user_id, at) WHERE kind = 'search'")
        }
    }
}
