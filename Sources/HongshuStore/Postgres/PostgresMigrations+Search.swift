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
            ]),
        Migration(
            // An author's record: the likes, collects, comments and reads their notes ever received (deleted notes
            // too). Kept by a trigger, so every write path that counts engagement on a note counts it for the author.
            name: "2026-11-30 search: the engagement an author's notes have received",
            statements: [
                """
                ALTER TABLE account ADD COLUMN received_likes bigint NOT NULL DEFAULT 0,
                    ADD COLUMN received_collects bigint NOT NULL DEFAULT 0,
                    ADD COLUMN received_comments bigint NOT NULL DEFAULT 0,
                    ADD COLUMN received_reads bigint NOT NULL DEFAULT 0
                """,
                """
                UPDATE account SET received_likes = r.likes, received_collects = r.collects,
                    received_comments = r.comments, received_reads = r.reads
                FROM (SELECT author_id, sum(like_count) AS likes, sum(collect_count) AS collects,
                             sum(comment_count) AS comments, sum(read_count) AS reads
                      FROM note GROUP BY author_id) AS r
                WHERE account.id = r.author_id
                """,
                """
                CREATE FUNCTION note_engagement_received() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE account SET
                        received_likes = received_likes + NEW.like_count - OLD.like_count,
                        received_collects = received_collects + NEW.collect_count - OLD.collect_count,
                        received_comments = received_comments + NEW.comment_count - OLD.comment_count,
                        received_reads = received_reads + NEW.read_count - OLD.read_count
                    WHERE id = NEW.author_id;
                    RETURN NULL;
                END
                $$
                """,
                """
                CREATE TRIGGER note_engagement_received
                AFTER UPDATE OF like_count, collect_count, comment_count, read_count ON note
                FOR EACH ROW WHEN (NEW.like_count <> OLD.like_count OR NEW.collect_count <> OLD.collect_count
                    OR NEW.comment_count <> OLD.comment_count OR NEW.read_count <> OLD.read_count)
                EXECUTE FUNCTION note_engagement_received()
                """,
            ]),
    ]
}
