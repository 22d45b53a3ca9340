import PostgresNIO

extension PostgresMigrations {
    /// The event log grows up: partitioned by day (a partition a day, made when its first event arrives, dropped
    /// whole by retention), devices and sessions, and client event ids (a retried report is not counted twice).
    static let insights: [Migration] = [
        Migration(
            name: "2026-11-30 insights: the event log by day, devices, sessions, reported events",
            statements: [
                "ALTER TABLE event RENAME TO event_before_partitions",
                "DROP INDEX event_user",
                "DROP INDEX event_subject",
                """
                CREATE TABLE event (
                    id bigint NOT NULL,
                    at timestamptz NOT NULL,
                    user_id bigint,
                    kind text NOT NULL,
                    subject_type text NOT NULL,
                    subject_id bigint NOT NULL,
                    context jsonb NOT NULL DEFAULT '{}',
                    device_id text,
                    session_id text,
                    PRIMARY KEY (at, id)
                ) PARTITION BY RANGE (at)
                """,
                "CREATE INDEX event_user ON event (user_id, at DESC, id DESC) WHERE user_id IS NOT NULL",
                "CREATE INDEX event_subject ON event (subject_type, subject_id, kind)",
                // Makes the partition of one UTC day unless it exists; serialised, so concurrent writers of a
                // new day's first events do not race.
                """
                CREATE FUNCTION event_partition(day date) RETURNS void LANGUAGE plpgsql AS $$
                DECLARE
                    name text := 'event_' || to_char(day, 'YYYYMMDD');
                BEGIN
                    IF to_regclass(name) IS NOT NULL THEN RETURN; END IF;
                    PERFORM pg_advisory_xact_lock(hashtext('event_partition'));
                    -- Whoever held the lock may have made it (an advisory lock does not refresh the catalog
                    -- cache, so ask forgiveness rather than look again).
                    BEGIN
                        EXECUTE format(
                            'CREATE TABLE %I PARTITION OF event FOR VALUES FROM (%L) TO (%L)',
                            name, (day::timestamp AT TIME ZONE 'UTC'), ((day + 1)::timestamp AT TIME ZONE 'UTC'));
                    EXCEPTION WHEN duplicate_table OR unique_violation THEN
                        NULL;
                    END;
                END
                $$
                """,
                """
                SELECT event_partition(day)
                FROM (SELECT DISTINCT (at AT TIME ZONE 'UTC')::date AS day FROM event_before_partitions) AS days
                """,
                """
                INSERT INTO event (id, at, user_id, kind, subject_type, subject_id, context)
                SELECT id, at, user_id, kind, subject_type, subject_id, context FROM event_before_partitions
                """,
                "DROP TABLE event_before_partitions",
                """
                CREATE TABLE event_client_key (
                    actor text NOT NULL,
                    client_id text NOT NULL,
                    event_id bigint NOT NULL,
                    at timestamptz NOT NULL,
                    PRIMARY KEY (actor, client_id)
                )
                """,
                "CREATE INDEX event_client_key_at ON event_client_key (at)",
            ]),
        Migration(
            name: "2026-11-30 insights: attributed purchases and their touches",
            statements: [
                """
                CREATE TABLE attributed_order (
                    order_id bigint PRIMARY KEY,
                    brand_id bigint NOT NULL,
                    buyer_id bigint NOT NULL,
                    at timestamptz NOT NULL,
                    amount bigint NOT NULL,
                    currency text NOT NULL,
                    channel text,
                    refunded_at timestamptz
                )
                """,
                "CREATE INDEX attributed_order_brand ON attributed_order (brand_id, at)",
                "CREATE INDEX attributed_order_buyer ON attributed_order (buyer_id, at)",
                """
                CREATE TABLE attribution_touch (
                    order_id bigint NOT NULL REFERENCES attributed_order (order_id) ON DELETE CASCADE,
                    ordinal integer NOT NULL,
                    event_id bigint NOT NULL,
                    at timestamptz NOT NULL,
                    kind text NOT NULL,
                    channel text NOT NULL,
                    note_id bigint,
                    creator_id bigint,
                    product_id bigint,
                    query text,
                    campaign text,
                    surface text,
                    last_touch bigint NOT NULL,
                    first_touch bigint NOT NULL,
                    linear bigint NOT NULL,
                    time_decay bigint NOT NULL,
                    position_based bigint NOT NULL,
                    PRIMARY KEY (order_id, ordinal)
                )
                """,
                "CREATE INDEX attribution_touch_note ON attribution_touch (note_id) WHERE note_id IS NOT NULL",
                "CREATE INDEX attribution_touch_creator ON attribution_touch (creator_id) WHERE creator_id IS NOT NULL",
            ]),
        Migration(
            // The attribution backfill walks purchases and refunds by time.
            name: "2026-11-30 insights: purchases and refunds by time",
            statements: ["CREATE INDEX event_sale ON event (at, id) WHERE kind IN ('purchase', 'refund')"]),
        Migration(
            // Reports count people by subject, stage and day: the index carries time and person.
            name: "2026-11-30 insights: events by subject cover the funnel",
            statements: [
                "DROP INDEX event_subject",
                """
                CREATE INDEX event_subject_cover ON event (subject_type, subject_id, kind)
                INCLUDE (at, user_id, device_id)
                """,
            ]),
    ]

    /// What brands spend on notes, creators and queries: the cost side of return on spend.
    static let spend: [Migration] = [
        Migration(
            name: "2026-12-02 insights: what brands spend",
            statements: [
                """
                CREATE TABLE brand_spend (
                    id bigint PRIMARY KEY,
                    brand_id bigint NOT NULL REFERENCES brand(id),
                    dimension text NOT NULL CHECK (dimension IN ('note', 'creator', 'query', 'campaign')),
                    key text NOT NULL,
                    amount bigint NOT NULL CHECK (amount > 0),
                    currency text NOT NULL,
                    day timestamptz NOT NULL,
                    label text NOT NULL DEFAULT ''
                )
                """,
                "CREATE INDEX brand_spend_day ON brand_spend (brand_id, day)",
            ]),
        Migration(
            // Events reported signed out, by device: attribution credits what a buyer's devices saw before
            // they signed in.
            name: "2026-12-02 insights: signed-out events by device",
            statements: [
                "CREATE INDEX event_device ON event (device_id, at) WHERE user_id IS NULL AND device_id IS NOT NULL"
            ]),
    ]
}
