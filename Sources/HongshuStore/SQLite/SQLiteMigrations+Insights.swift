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
    }
}
