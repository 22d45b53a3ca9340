import PostgresNIO

extension PostgresMigrations {
    /// The search index (`tsvector` columns under GIN) over notes, products, people and #topics; suggestions; the
    /// search log and per-day query counts; read counts of notes. Vectors are made in Swift, so rows stored before
    /// this migration are indexed by ``PostgresSearchIndex/backfill(_:logger:)`` when the backend migrates.
    static let search: [Migration] = [
        Migration(
            name: "2026-11-29 search: index, suggestions, query counts",
            statements: [
                "ALTER TABLE note ADD COLUMN read_count integer NOT NULL DEFAULT 0",
                "ALTER TABLE note ADD COLUMN search_tags text NOT NULL DEFAULT ''",
                "ALTER TABLE note ADD COLUMN search tsvector",
                "CREATE INDEX note_search ON note USING gin (search)",
                "CREATE TABLE search_backfill (done boolean NOT NULL)",
                "INSERT INTO search_backfill (done) VALUES (false)",
                "ALTER TABLE product ADD COLUMN search tsvector",
                "CREATE INDEX product_search ON product USING gin (search)",
                "ALTER TABLE account ADD COLUMN search tsvector",
                "CREATE INDEX account_search ON account USING gin (search)",
                """
                CREATE TABLE topic (
                    name text PRIMARY KEY,
                    note_count integer NOT NULL DEFAULT 0,
                    last_used timestamptz NOT NULL,
                    search tsvector
                )
                """,
                "CREATE INDEX topic_search ON topic USING gin (search)",
                """
                INSERT INTO topic (name, note_count, last_used)
                SELECT lower(t.topic), count(DISTINCT n.id), max(n.published_at)
                FROM note_topic t JOIN note n ON n.id = t.note_id GROUP BY lower(t.topic)
                """,
                """
                CREATE TABLE search_suggestion (
                    key text COLLATE "C" PRIMARY KEY,
                    text text NOT NULL,
                    kind text NOT NULL,
                    weight integer NOT NULL
                )
                """,
                """
                CREATE TABLE search_log (
                    id bigint PRIMARY KEY,
                    query text NOT NULL,
                    kind text NOT NULL,
                    at timestamptz NOT NULL,
                    user_id bigint,
                    hits integer NOT NULL,
                    clicks integer NOT NULL DEFAULT 0
                )
                """,
                """
                CREATE TABLE search_query_day (
                    day integer NOT NULL,
                    query text NOT NULL,
                    searches integer NOT NULL DEFAULT 0,
                    no_hits integer NOT NULL DEFAULT 0,
                    clicks integer NOT NULL DEFAULT 0,
                    PRIMARY KEY (day, query)
                )
                """,
                """
                UPDATE note SET read_count = r.count
                FROM (SELECT subject_id, count(*) AS count FROM event WHERE kind = 'read' AND subject_type = 'note'
                      GROUP BY subject_id) AS r
                WHERE note.id = r.subject_id
                """,
            ])
    ]
}
