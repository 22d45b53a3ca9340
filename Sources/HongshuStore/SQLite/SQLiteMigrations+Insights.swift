import GRDB

extension SQLiteMigrations {
    /// The event log grows up: devices and sessions, client event ids (a retried report is not counted twice),
    /// and an index by time (reports, retention).
    static func registerInsights(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-11-30 insights: devices, sessions, reported events") { db in
            try db.execute(
                sql: """
                    ALTER TABLE event ADD COLUMN device_id TEXT;
                    ALTER TABLE event ADD COLUMN session_id TEXT;
                    CREATE INDEX event_at ON event(at);
                    CREATE TABLE event_client_key (
                        actor TEXT NOT NULL,
                        client_id TEXT NOT NULL,
                        event_id INTEGER NOT NULL,
                        at INTEGER NOT NULL,
                        PRIMARY KEY (actor, client_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX event_client_key_at ON event_client_key(at);
                    """)
        }
        migrator.registerMigration("2026-11-30 insights: attributed purchases and their touches") { db in
            try db.execute(
                sql: """
                    CREATE TABLE attributed_order (
                        order_id INTEGER PRIMARY KEY,
                        brand_id INTEGER NOT NULL,
                        buyer_id INTEGER NOT NULL,
                        at INTEGER NOT NULL,
                        amount INTEGER NOT NULL,
                        currency TEXT NOT NULL,
                        channel TEXT,
                        refunded_at INTEGER
                    );
                    CREATE INDEX attributed_order_brand ON attributed_order(brand_id, at);
                    CREATE INDEX attributed_order_buyer ON attributed_order(buyer_id, at);
                    CREATE TABLE attribution_touch (
                        order_id INTEGER NOT NULL REFERENCES attributed_order(order_id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        event_id INTEGER NOT NULL,
                        at INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        channel TEXT NOT NULL,
                        note_id INTEGER,
                        creator_id INTEGER,
                        product_id INTEGER,
                        query TEXT,
                        campaign TEXT,
                        surface TEXT,
                        last_touch INTEGER NOT NULL,
                        first_touch INTEGER NOT NULL,
                        linear INTEGER NOT NULL,
                        time_decay INTEGER NOT NULL,
                        position_based INTEGER NOT NULL,
                        PRIMARY KEY (order_id, ordinal)
                    ) WITHOUT ROWID;
                    CREATE INDEX attribution_touch_note ON attribution_touch(note_id) WHERE note_id IS NOT NULL;
                    CREATE INDEX attribution_touch_creator ON attribution_touch(creator_id) WHERE creator_id IS NOT NULL;
                    """)
        }
        migrator.registerMigration("2026-11-30 insights: purchases and refunds by time, events not") { db in
            // An index of every event by time cost a sixth of the ingest rate (BENCHMARKS.md); only the backfill
            // walks events by time, and only purchases and refunds.
            try db.execute(
                sql: """
                    DROP INDEX IF EXISTS event_at;
                    CREATE INDEX event_sale ON event(at, id) WHERE kind IN ('purchase', 'refund');
                    """)
        }
        migrator.registerMigration("2026-11-30 insights: events by subject cover the funnel") { db in
            // Reports count people by subject, stage and day: with time and person in the index, a brand's report
            // over 10M events reads no table rows (p50 323 → 120 ms; BENCHMARKS.md).
            try db.execute(
                sql: """
                    DROP INDEX IF EXISTS event_subject;
                    CREATE INDEX IF NOT EXISTS event_subject_cover
                        ON event(subject_type, subject_id, kind, at, user_id, device_id);
                    """)
        }
    }

    /// The newest events in a small table of their own, with the log's indexes, moved into the log in bulk
    /// (``SQLiteRecentEvents``): appending to the log's large indexes dirtied about one page per event per index
    /// (BENCHMARKS.md). `event_all` reads both.
    static func registerRecentEvents(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("2026-12-02 insights: what brands spend") { db in
            try db.execute(
                sql: """
                    CREATE TABLE brand_spend (
                        id INTEGER PRIMARY KEY,
                        brand_id INTEGER NOT NULL REFERENCES brand(id),
                        dimension TEXT NOT NULL CHECK (dimension IN ('note', 'creator', 'query', 'campaign')),
                        key TEXT NOT NULL,
                        amount INTEGER NOT NULL CHECK (amount > 0),
                        currency TEXT NOT NULL,
                        day INTEGER NOT NULL,
                        label TEXT NOT NULL DEFAULT ''
                    );
                    CREATE INDEX brand_spend_day ON brand_spend(brand_id, day);
                    """)
        }
        migrator.registerMigration("2026-12-02 insights: recent events beside the log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE event_recent (
                        id INTEGER PRIMARY KEY,
                        at INTEGER NOT NULL,
                        user_id INTEGER,
                        kind TEXT NOT NULL,
                        subject_type TEXT NOT NULL,
                        subject_id INTEGER NOT NULL,
                        context TEXT NOT NULL DEFAULT '{}',
                        device_id TEXT,
                        session_id TEXT
                    );
                    CREATE INDEX event_recent_user ON event_recent(user_id, at DESC, id DESC) WHERE user_id IS NOT NULL;
                    CREATE INDEX event_recent_subject_cover
                        ON event_recent(subject_type, subject_id, kind, at, user_id, device_id);
                    CREATE INDEX event_recent_sale ON event_recent(at, id) WHERE kind IN ('purchase', 'refund');
                    CREATE INDEX event_recent_search ON event_recent(user_id, at) WHERE kind = 'search';
                    CREATE VIEW event_all AS
                        SELECT id, at, user_id, kind, subject_type, subject_id, context, device_id, session_id FROM event
                        UNION ALL
                        SELECT id, at, user_id, kind, subject_type, subject_id, context, device_id, session_id
                        FROM event_recent;
                    """)
        }
        migrator.registerMigration("2026-12-02 insights: signed-out events by device") { db in
            // Attribution finds a buyer's devices among their own events and credits what those devices saw
            // signed out, before the buyer signed up or in.
            try db.execute(
                sql: """
                    CREATE INDEX event_device ON event(device_id, at) WHERE user_id IS NULL AND device_id IS NOT NULL;
                    CREATE INDEX event_recent_device ON event_recent(device_id, at)
                        WHERE user_id IS NULL AND device_id IS NOT NULL;
                    """)
        }
    }
}
