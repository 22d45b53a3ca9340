import HongshuCore
import Logging
import PostgresNIO

/// The PostgreSQL schema, one append-only migration at a time. Never edit a shipped migration:
/// add a new one. Distribution keys: user id for the social graph, note id for content.
enum PostgresMigrations {
    struct Migration: Sendable {
        let name: String
        /// Made when the migration runs (some read data files).
        let statements: @Sendable () throws -> [PostgresQuery]

        init(name: String, statements: @escaping @Sendable () throws -> [PostgresQuery]) {
            self.name = name
            self.statements = statements
        }

        init(name: String, statements: [PostgresQuery]) {
            self.init(name: name, statements: { statements })
        }
    }

    static var all: [Migration] { foundation + commerce + search + insights + discovery + spend }

    static let foundation: [Migration] = [
        Migration(
            name: "2026-11-26 community: accounts, sessions, tags, notes, follows",
            statements: [
                """
                CREATE TABLE account (
                    id bigint PRIMARY KEY,
                    handle text NOT NULL,
                    display_name text NOT NULL,
                    password_hash text NOT NULL,
                    joined_at timestamptz NOT NULL,
                    note_count integer NOT NULL DEFAULT 0,
                    follower_count integer NOT NULL DEFAULT 0,
                    following_count integer NOT NULL DEFAULT 0
                )
                """,
                "CREATE UNIQUE INDEX account_handle ON account (lower(handle))",
                """
                CREATE TABLE session (
                    token_hash text PRIMARY KEY,
                    user_id bigint NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    kind text NOT NULL,
                    created_at timestamptz NOT NULL,
                    expires_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX session_expires ON session (expires_at)",
                """
                CREATE TABLE tag (
                    id bigint PRIMARY KEY,
                    parent_id bigint REFERENCES tag(id),
                    name text NOT NULL,
                    english_name text NOT NULL,
                    position integer NOT NULL DEFAULT 0
                )
                """,
                "CREATE INDEX tag_parent ON tag (parent_id, position)",
                """
                CREATE TABLE note (
                    id bigint PRIMARY KEY,
                    author_id bigint NOT NULL REFERENCES account(id),
                    title text NOT NULL,
                    body text NOT NULL,
                    tag_ids jsonb NOT NULL DEFAULT '[]',
                    topics jsonb NOT NULL DEFAULT '[]',
                    mention_ids jsonb NOT NULL DEFAULT '[]',
                    media jsonb NOT NULL DEFAULT '[]',
                    place_name text,
                    place_city text,
                    place_lat double precision,
                    place_lon double precision,
                    published_at timestamptz NOT NULL,
                    deleted_at timestamptz
                )
                """,
                """
                CREATE INDEX note_author_published ON note (author_id, published_at DESC, id DESC)
                    WHERE deleted_at IS NULL
                """,
                "CREATE INDEX note_published ON note (published_at DESC, id DESC) WHERE deleted_at IS NULL",
                """
                CREATE TABLE note_tag (
                    tag_id bigint NOT NULL REFERENCES tag(id),
                    note_id bigint NOT NULL REFERENCES note(id),
                    published_at timestamptz NOT NULL,
                    PRIMARY KEY (tag_id, note_id)
                )
                """,
                "CREATE INDEX note_tag_latest ON note_tag (tag_id, published_at DESC, note_id DESC)",
                """
                CREATE TABLE note_topic (
                    topic text NOT NULL,
                    note_id bigint NOT NULL REFERENCES note(id),
                    PRIMARY KEY (topic, note_id)
                )
                """,
                """
                CREATE TABLE follow (
                    follower_id bigint NOT NULL REFERENCES account(id),
                    followee_id bigint NOT NULL REFERENCES account(id),
                    since timestamptz NOT NULL,
                    PRIMARY KEY (follower_id, followee_id)
                )
                """,
                "CREATE INDEX follow_followers ON follow (followee_id, since DESC, follower_id DESC)",
                "CREATE INDEX follow_following ON follow (follower_id, since DESC, followee_id DESC)",
            ]
                + StarterTaxonomy.categories.enumerated().map { position, category -> PostgresQuery in
                    "INSERT INTO tag (id, parent_id, name, english_name, position) VALUES (\(category.id), NULL, \(category.name), \(category.englishName), \(position))"
                }),
        Migration(name: "2026-11-27 taxonomy: the interest tag tree with aliases") {
            let rows = try TaxonomyFile.load().map(TagRecord.init)
            return [
                "ALTER TABLE tag ADD COLUMN aliases text NOT NULL DEFAULT ''",
                """
                INSERT INTO tag (id, parent_id, name, english_name, aliases, position)
                SELECT id, parent_id, name, english_name, aliases, position
                FROM jsonb_to_recordset(\(JSONColumn.encode(rows))::jsonb) AS t(
                    id bigint, parent_id bigint, name text, english_name text, aliases text, position integer)
                """,
            ]
        },
        Migration(
            name: "2026-11-27 engagement: likes, boards and collects",
            statements: [
                "ALTER TABLE note ADD COLUMN like_count integer NOT NULL DEFAULT 0",
                "ALTER TABLE note ADD COLUMN collect_count integer NOT NULL DEFAULT 0",
                """
                CREATE TABLE note_like (
                    note_id bigint NOT NULL REFERENCES note(id),
                    user_id bigint NOT NULL REFERENCES account(id),
                    liked_at timestamptz NOT NULL,
                    PRIMARY KEY (note_id, user_id)
                )
                """,
                "CREATE INDEX note_like_user ON note_like (user_id, liked_at DESC)",
                """
                CREATE TABLE board (
                    id bigint PRIMARY KEY,
                    owner_id bigint NOT NULL REFERENCES account(id),
                    name text NOT NULL,
                    is_private boolean NOT NULL DEFAULT false,
                    is_default boolean NOT NULL DEFAULT false,
                    created_at timestamptz NOT NULL,
                    note_count integer NOT NULL DEFAULT 0
                )
                """,
                "CREATE UNIQUE INDEX board_name ON board (owner_id, name)",
                "CREATE UNIQUE INDEX board_default ON board (owner_id) WHERE is_default",
                """
                CREATE TABLE board_note (
                    board_id bigint NOT NULL REFERENCES board(id),
                    note_id bigint NOT NULL REFERENCES note(id),
                    user_id bigint NOT NULL REFERENCES account(id),
                    collected_at timestamptz NOT NULL,
                    PRIMARY KEY (board_id, note_id)
                )
                """,
                "CREATE INDEX board_note_latest ON board_note (board_id, collected_at DESC, note_id DESC)",
                "CREATE INDEX board_note_user ON board_note (user_id, note_id)",
                """
                CREATE TABLE note_collect (
                    note_id bigint NOT NULL REFERENCES note(id),
                    user_id bigint NOT NULL REFERENCES account(id),
                    collected_at timestamptz NOT NULL,
                    PRIMARY KEY (note_id, user_id)
                )
                """,
            ]),
        Migration(
            name: "2026-11-27 engagement: comments and replies",
            statements: [
                "ALTER TABLE note ADD COLUMN comment_count integer NOT NULL DEFAULT 0",
                "ALTER TABLE note ADD COLUMN pinned_comment_id bigint",
                """
                CREATE TABLE comment (
                    id bigint PRIMARY KEY,
                    note_id bigint NOT NULL REFERENCES note(id),
                    author_id bigint NOT NULL REFERENCES account(id),
                    thread_id bigint REFERENCES comment(id),
                    replying_to bigint REFERENCES account(id),
                    body text NOT NULL,
                    mention_ids jsonb NOT NULL DEFAULT '[]',
                    created_at timestamptz NOT NULL,
                    deleted_at timestamptz,
                    like_count integer NOT NULL DEFAULT 0,
                    reply_count integer NOT NULL DEFAULT 0,
                    rank bigint NOT NULL
                )
                """,
                "CREATE INDEX comment_top ON comment (note_id, rank DESC, id DESC) WHERE thread_id IS NULL",
                "CREATE INDEX comment_thread ON comment (thread_id, created_at, id) WHERE thread_id IS NOT NULL",
                """
                CREATE TABLE comment_like (
                    comment_id bigint NOT NULL REFERENCES comment(id),
                    user_id bigint NOT NULL REFERENCES account(id),
                    liked_at timestamptz NOT NULL,
                    PRIMARY KEY (comment_id, user_id)
                )
                """,
            ]),
        Migration(
            name: "2026-11-27 engagement: shares",
            statements: [
                "ALTER TABLE note ADD COLUMN share_count integer NOT NULL DEFAULT 0",
                """
                CREATE TABLE note_share (
                    code text PRIMARY KEY,
                    note_id bigint NOT NULL REFERENCES note(id),
                    sharer_id bigint NOT NULL REFERENCES account(id),
                    channel text NOT NULL,
                    recipient_id bigint REFERENCES account(id),
                    shared_at timestamptz NOT NULL
                )
                """,
                "CREATE INDEX note_share_note ON note_share (note_id)",
            ]),
        Migration(
            name: "2026-11-27 community: blocks",
            statements: [
                """
                CREATE TABLE user_block (
                    blocker_id bigint NOT NULL REFERENCES account(id),
                    blocked_id bigint NOT NULL REFERENCES account(id),
                    created_at timestamptz NOT NULL,
                    PRIMARY KEY (blocker_id, blocked_id)
                )
                """,
                "CREATE INDEX user_block_blocked ON user_block (blocked_id, blocker_id)",
            ]),
        Migration(
            name: "2026-11-27 community: notifications",
            statements: [
                """
                CREATE TABLE notice (
                    id bigint PRIMARY KEY,
                    recipient_id bigint NOT NULL REFERENCES account(id),
                    key text NOT NULL,
                    kind text NOT NULL,
                    actor_id bigint NOT NULL REFERENCES account(id),
                    actor_count integer NOT NULL DEFAULT 1,
                    note_id bigint,
                    comment_id bigint,
                    updated_at timestamptz NOT NULL,
                    read boolean NOT NULL DEFAULT false
                )
                """,
                "CREATE UNIQUE INDEX notice_key ON notice (recipient_id, key)",
                "CREATE INDEX notice_latest ON notice (recipient_id, updated_at DESC, id DESC)",
                "CREATE INDEX notice_unread ON notice (recipient_id) WHERE NOT read",
            ]),
        Migration(
            name: "2026-11-27 insights: the event log",
            statements: [
                """
                CREATE TABLE event (
                    id bigint PRIMARY KEY,
                    at timestamptz NOT NULL,
                    user_id bigint,
                    kind text NOT NULL,
                    subject_type text NOT NULL,
                    subject_id bigint NOT NULL,
                    context jsonb NOT NULL DEFAULT '{}'
                )
                """,
                "CREATE INDEX event_user ON event (user_id, at DESC, id DESC) WHERE user_id IS NOT NULL",
                "CREATE INDEX event_subject ON event (subject_type, subject_id, kind)",
            ]),
    ]

    static func migrate(_ client: PostgresClient, schema: String?, logger: Logger) async throws {
        if let schema {
            try await client.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
        }
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(7262736875)", logger: logger)  // "hongshu"
            do {
                try await connection.query(
                    """
                    CREATE TABLE IF NOT EXISTS schema_migration (
                        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                var applied = Set<String>()
                for try await name in try await connection.query("SELECT name FROM schema_migration", logger: logger)
                    .decode(String.self)
                { applied.insert(name) }
                for migration in all where !applied.contains(migration.name) {
                    logger.info("Applying migration", metadata: ["migration": "\(migration.name)"])
                    _ = try await connection.withTransaction(logger: logger) { connection in
                        for statement in try migration.statements() {
                            try await connection.query(statement, logger: logger)
                        }
                        try await connection.query(
                            "INSERT INTO schema_migration (name) VALUES (\(migration.name))", logger: logger)
                    }
                }
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(7262736875)", logger: logger)
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock(7262736875)", logger: logger)
        }
    }

    static func applied(_ client: PostgresClient, logger: Logger) async throws -> [String] {
        var names: [String] = []
        let rows = try await client.query("SELECT name FROM schema_migration ORDER BY applied_at, name", logger: logger)
        for try await name in rows.decode(String.self) { names.append(name) }
        return names
    }
}

/// One tag as a row of the taxonomy migration's JSON batch (keys are the column names).
private struct TagRecord: Encodable {
    let id: Int64, parentID: Int64?, name: String, englishName: String, aliases: String, position: Int

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, position
        case parentID = "parent_id", englishName = "english_name"
    }

    init(_ entry: TaxonomyFile.Entry) {
        id = entry.tag.id.rawValue
        parentID = entry.tag.parent?.rawValue
        name = entry.tag.name
        englishName = entry.tag.englishName
        aliases = entry.tag.aliasColumn
        position = entry.position
    }
}
