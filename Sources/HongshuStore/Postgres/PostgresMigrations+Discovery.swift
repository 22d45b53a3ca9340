import PostgresNIO

extension PostgresMigrations {
    /// Discovery: interest profiles (keyed by person first: the distribution key of a sharded deployment), what
    /// feeds showed, kept feeds, and notes by place.
    static let discovery: [Migration] = [
        Migration(
            name: "2026-12-01 discovery: interests, shown notes, kept feeds, notes by place",
            statements: [
                """
                CREATE TABLE interest (
                    user_id bigint NOT NULL,
                    kind text NOT NULL,
                    key text NOT NULL,
                    weight double precision NOT NULL,
                    at timestamptz NOT NULL,
                    PRIMARY KEY (user_id, kind, key)
                )
                """,
                """
                CREATE TABLE feed_seen (
                    user_id bigint NOT NULL,
                    note_id bigint NOT NULL,
                    at timestamptz NOT NULL,
                    PRIMARY KEY (user_id, note_id)
                )
                """,
                "CREATE INDEX feed_seen_at ON feed_seen (at)",
                """
                CREATE TABLE feed (
                    id bigint PRIMARY KEY,
                    user_id bigint,
                    created_at timestamptz NOT NULL,
                    note_ids jsonb NOT NULL
                )
                """,
                "CREATE INDEX feed_created ON feed (created_at)",
                """
                CREATE INDEX note_city ON note (lower(place_city), published_at DESC, id DESC)
                    WHERE deleted_at IS NULL AND place_city IS NOT NULL
                """,
                """
                CREATE INDEX note_place ON note (place_lat, place_lon)
                    WHERE deleted_at IS NULL AND place_lat IS NOT NULL
                """,
            ]),
        // The re-search rate reads the searches of a brand's readers (a small index instead of every event of each).
        Migration(
            name: "2026-12-01 insights: searches by person",
            statements: ["CREATE INDEX event_search ON event (user_id, at) WHERE kind = 'search'"]),
    ]
}
