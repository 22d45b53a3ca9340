import GRDB
import HongshuCore

/// The SQLite schema, one append-only migration at a time. Never edit a shipped migration:
/// add a new one. Times are integer milliseconds since 1970 (UTC).
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("2026-11-26 community: accounts, sessions, tags, notes, follows") { db in
            try db.execute(
                sql: """
                    CREATE TABLE account (
                        id INTEGER PRIMARY KEY,
                        handle TEXT NOT NULL COLLATE NOCASE UNIQUE,
                        display_name TEXT NOT NULL,
                        password_hash TEXT NOT NULL,
                        joined_at INTEGER NOT NULL,
                        note_count INTEGER NOT NULL DEFAULT 0,
                        follower_count INTEGER NOT NULL DEFAULT 0,
                        following_count INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE session (
                        token_hash TEXT PRIMARY KEY,
                        user_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                        kind TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        expires_at INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX session_expires ON session(expires_at);
                    CREATE TABLE tag (
                        id INTEGER PRIMARY KEY,
                        parent_id INTEGER REFERENCES tag(id),
                        name TEXT NOT NULL,
                        english_name TEXT NOT NULL,
                        position INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX tag_parent ON tag(parent_id, position);
                    CREATE TABLE note (
                        id INTEGER PRIMARY KEY,
                        author_id INTEGER NOT NULL REFERENCES account(id),
                        title TEXT NOT NULL,
                        body TEXT NOT NULL,
                        tag_ids TEXT NOT NULL DEFAULT '[]',
                        topics TEXT NOT NULL DEFAULT '[]',
                        mention_ids TEXT NOT NULL DEFAULT '[]',
                        media TEXT NOT NULL DEFAULT '[]',
                        place_name TEXT,
                        place_city TEXT,
                        place_lat REAL,
                        place_lon REAL,
                        published_at INTEGER NOT NULL,
                        deleted_at INTEGER
                    );
                    CREATE INDEX note_author_published ON note(author_id, published_at DESC, id DESC)
                        WHERE deleted_at IS NULL;
                    CREATE INDEX note_published ON note(published_at DESC, id DESC) WHERE deleted_at IS NULL;
                    CREATE TABLE note_tag (
                        tag_id INTEGER NOT NULL REFERENCES tag(id),
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        published_at INTEGER NOT NULL,
                        PRIMARY KEY (tag_id, note_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX note_tag_latest ON note_tag(tag_id, published_at DESC, note_id DESC);
                    CREATE TABLE note_topic (
                        topic TEXT NOT NULL COLLATE NOCASE,
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        PRIMARY KEY (topic, note_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE follow (
                        follower_id INTEGER NOT NULL REFERENCES account(id),
                        followee_id INTEGER NOT NULL REFERENCES account(id),
                        since INTEGER NOT NULL,
                        PRIMARY KEY (follower_id, followee_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX follow_followers ON follow(followee_id, since DESC, follower_id DESC);
                    CREATE INDEX follow_following ON follow(follower_id, since DESC, followee_id DESC);
                    """)
            for (position, category) in StarterTaxonomy.categories.enumerated() {
                try db.execute(
                    sql: "INSERT INTO tag (id, parent_id, name, english_name, position) VALUES (?, NULL, ?, ?, ?)",
                    arguments: [category.id, category.name, category.englishName, position])
            }
        }
        migrator.registerMigration("2026-11-27 taxonomy: the interest tag tree with aliases") { db in
            try db.execute(sql: "ALTER TABLE tag ADD COLUMN aliases TEXT NOT NULL DEFAULT ''")
            let insert = try db.makeStatement(
                sql: "INSERT INTO tag (id, parent_id, name, english_name, aliases, position) VALUES (?, ?, ?, ?, ?, ?)")
            for entry in try TaxonomyFile.load() {
                let tag = entry.tag
                try insert.execute(arguments: [
                    tag.id.rawValue, tag.parent?.rawValue, tag.name, tag.englishName, tag.aliasColumn, entry.position,
                ])
            }
        }
        migrator.registerMigration("2026-11-27 engagement: likes, boards and collects") { db in
            try db.execute(
                sql: """
                    ALTER TABLE note ADD COLUMN like_count INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE note ADD COLUMN collect_count INTEGER NOT NULL DEFAULT 0;
                    CREATE TABLE note_like (
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        user_id INTEGER NOT NULL REFERENCES account(id),
                        liked_at INTEGER NOT NULL,
                        PRIMARY KEY (note_id, user_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX note_like_user ON note_like(user_id, liked_at DESC);
                    CREATE TABLE board (
                        id INTEGER PRIMARY KEY,
                        owner_id INTEGER NOT NULL REFERENCES account(id),
                        name TEXT NOT NULL,
                        is_private INTEGER NOT NULL DEFAULT 0,
                        is_default INTEGER NOT NULL DEFAULT 0,
                        created_at INTEGER NOT NULL,
                        note_count INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE UNIQUE INDEX board_name ON board(owner_id, name);
                    CREATE UNIQUE INDEX board_default ON board(owner_id) WHERE is_default = 1;
                    CREATE TABLE board_note (
                        board_id INTEGER NOT NULL REFERENCES board(id),
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        user_id INTEGER NOT NULL REFERENCES account(id),
                        collected_at INTEGER NOT NULL,
                        PRIMARY KEY (board_id, note_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX board_note_latest ON board_note(board_id, collected_at DESC, note_id DESC);
                    CREATE INDEX board_note_user ON board_note(user_id, note_id);
                    CREATE TABLE note_collect (
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        user_id INTEGER NOT NULL REFERENCES account(id),
                        collected_at INTEGER NOT NULL,
                        PRIMARY KEY (note_id, user_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("2026-11-27 engagement: comments and replies") { db in
            try db.execute(
                sql: """
                    ALTER TABLE note ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE note ADD COLUMN pinned_comment_id INTEGER;
                    CREATE TABLE comment (
                        id INTEGER PRIMARY KEY,
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        author_id INTEGER NOT NULL REFERENCES account(id),
                        thread_id INTEGER REFERENCES comment(id),
                        replying_to INTEGER REFERENCES account(id),
                        body TEXT NOT NULL,
                        mention_ids TEXT NOT NULL DEFAULT '[]',
                        created_at INTEGER NOT NULL,
                        deleted_at INTEGER,
                        like_count INTEGER NOT NULL DEFAULT 0,
                        reply_count INTEGER NOT NULL DEFAULT 0,
                        rank INTEGER NOT NULL
                    );
                    CREATE INDEX comment_top ON comment(note_id, rank DESC, id DESC) WHERE thread_id IS NULL;
                    CREATE INDEX comment_thread ON comment(thread_id, created_at, id) WHERE thread_id IS NOT NULL;
                    CREATE TABLE comment_like (
                        comment_id INTEGER NOT NULL REFERENCES comment(id),
                        user_id INTEGER NOT NULL REFERENCES account(id),
                        liked_at INTEGER NOT NULL,
                        PRIMARY KEY (comment_id, user_id)
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("2026-11-27 engagement: shares") { db in
            try db.execute(
                sql: """
                    ALTER TABLE note ADD COLUMN share_count INTEGER NOT NULL DEFAULT 0;
                    CREATE TABLE note_share (
                        code TEXT PRIMARY KEY,
                        note_id INTEGER NOT NULL REFERENCES note(id),
                        sharer_id INTEGER NOT NULL REFERENCES account(id),
                        channel TEXT NOT NULL,
                        recipient_id INTEGER REFERENCES account(id),
                        shared_at INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX note_share_note ON note_share(note_id);
                    """)
        }
        migrator.registerMigration("2026-11-27 community: blocks") { db in
            try db.execute(
                sql: """
                    CREATE TABLE user_block (
                        blocker_id INTEGER NOT NULL REFERENCES account(id),
                        blocked_id INTEGER NOT NULL REFERENCES account(id),
                        created_at INTEGER NOT NULL,
                        PRIMARY KEY (blocker_id, blocked_id)
                    ) WITHOUT ROWID;
                    CREATE INDEX user_block_blocked ON user_block(blocked_id, blocker_id);
                    """)
        }
        migrator.registerMigration("2026-11-27 community: notifications") { db in
            try db.execute(
                sql: """
                    CREATE TABLE notice (
                        id INTEGER PRIMARY KEY,
                        recipient_id INTEGER NOT NULL REFERENCES account(id),
                        key TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        actor_id INTEGER NOT NULL REFERENCES account(id),
                        actor_count INTEGER NOT NULL DEFAULT 1,
                        note_id INTEGER,
                        comment_id INTEGER,
                        updated_at INTEGER NOT NULL,
                        read INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE UNIQUE INDEX notice_key ON notice(recipient_id, key);
                    CREATE INDEX notice_latest ON notice(recipient_id, updated_at DESC, id DESC);
                    CREATE INDEX notice_unread ON notice(recipient_id) WHERE read = 0;
                    """)
        }
        migrator.registerMigration("2026-11-27 insights: the event log") { db in
            try db.execute(
                sql: """
                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY,
                        at INTEGER NOT NULL,
                        user_id INTEGER,
                        kind TEXT NOT NULL,
                        subject_type TEXT NOT NULL,
                        subject_id INTEGER NOT NULL,
                        context TEXT NOT NULL DEFAULT '{}'
                    );
                    CREATE INDEX event_user ON event(user_id, at DESC, id DESC) WHERE user_id IS NOT NULL;
                    CREATE INDEX event_subject ON event(subject_type, subject_id, kind);
                    """)
        }
        registerCommerce(&migrator)
        registerSearch(&migrator)
        registerInsights(&migrator)
        registerDiscovery(&migrator)
        registerRecentEvents(&migrator)
        return migrator
    }
}
