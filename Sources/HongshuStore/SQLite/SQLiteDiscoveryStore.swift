import Discovery
import Foundation
import GRDB
import HongshuCore

struct SQLiteDiscoveryStore: DiscoveryStore {
    let database: any DatabaseWriter

    // MARK: Interests

    func addInterests(_ increments: [InterestIncrement], halfLife: TimeInterval) async throws {
        guard !increments.isEmpty else { return }
        try await database.write { db in
            // Both weights are brought to the later time, then added (``DecayedWeight/adding``).
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO interest (user_id, kind, key, weight, at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, kind, key) DO UPDATE SET
                        weight = interest.weight * pow(0.5, (max(interest.at, excluded.at) - interest.at) / ?)
                            + excluded.weight * pow(0.5, (max(interest.at, excluded.at) - excluded.at) / ?),
                        at = max(interest.at, excluded.at)
                    """)
            let halfLife = max(halfLife, 1) * 1000
            for increment in increments {
                try upsert.execute(arguments: [
                    increment.user.rawValue, increment.key.kind, increment.key.key, increment.weight.value,
                    increment.weight.at.sqliteMilliseconds, halfLife, halfLife,
                ])
            }
        }
    }

    func interests(of user: UserID) async throws -> [InterestWeight] {
        try await database.read { db in
            try Row.fetchAll(
                try db.cachedStatement(sql: "SELECT kind, key, weight, at FROM interest WHERE user_id = ?"),
                arguments: [user.rawValue]
            ).compactMap { row in
                InterestKey(kind: row["kind"], key: row["key"]).map {
                    InterestWeight(
                        key: $0, weight: DecayedWeight(value: row["weight"], at: Date(sqliteMilliseconds: row["at"])))
                }
            }
        }
    }

    func replaceInterests(_ weights: [(user: UserID, interest: InterestWeight)], clear: Bool) async throws {
        try await database.write { db in
            if clear { try db.execute(sql: "DELETE FROM interest") }
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO interest (user_id, kind, key, weight, at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (user_id, kind, key) DO UPDATE SET weight = excluded.weight, at = excluded.at
                    """)
            for (user, interest) in weights {
                try insert.execute(arguments: [
                    user.rawValue, interest.key.kind, interest.key.key, interest.weight.value,
                    interest.weight.at.sqliteMilliseconds,
                ])
            }
        }
    }

    func pruneInterests(below threshold: Double, now: Date, halfLife: TimeInterval) async throws -> Int {
        try await database.write { db in
            try db.execute(
                sql: "DELETE FROM interest WHERE abs(weight) * pow(0.5, max(? - at, 0) / ?) < ?",
                arguments: [now.sqliteMilliseconds, max(halfLife, 1) * 1000, threshold])
            return db.changesCount
        }
    }

    // MARK: Facts

    static let factColumns = """
        n.id, n.author_id, n.tag_ids, n.topics, n.published_at, n.place_city, n.like_count, n.collect_count,
        n.comment_count, n.read_count, a.note_count, a.received_likes, a.received_collects, a.received_comments,
        a.received_reads
        """

    static func facts(_ row: Row) throws -> NoteFacts {
        NoteFacts(
            id: NoteID(row[0]), author: UserID(row[1]),
            tags: try JSONColumn.decode([Int64].self, from: row[2]).map(TagID.init(rawValue:)),
            topics: try JSONColumn.decode([String].self, from: row[3]),
            publishedAt: Date(sqliteMilliseconds: row[4]), city: row[5], likes: row[6], collects: row[7],
            comments: row[8], reads: row[9],
            authorRecord: AuthorRecord(
                notes: row[10], likes: row[11], collects: row[12], comments: row[13], reads: row[14]))
    }

    func noteFacts(_ ids: [NoteID]) async throws -> [NoteFacts] {
        guard !ids.isEmpty else { return [] }
        return try await database.read { db in
            try Row.fetchAll(
                db,
                SQLRequest<Row>(
                    literal: """
                        SELECT \(sql: Self.factColumns) FROM note n JOIN account a ON a.id = n.author_id
                        WHERE n.deleted_at IS NULL AND n.id IN \(ids.map(\.rawValue))
                        """)
            ).map(Self.facts)
        }
    }

    func noteFacts(after id: NoteID?, limit: Int) async throws -> [NoteFacts] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.factColumns) FROM note n JOIN account a ON a.id = n.author_id
                    WHERE n.deleted_at IS NULL AND n.id > ? ORDER BY n.id LIMIT ?
                    """, arguments: [id?.rawValue ?? Int64.min, limit]
            ).map(Self.facts)
        }
    }

    func productTags(_ ids: [ProductID]) async throws -> [ProductID: [TagID]] {
        guard !ids.isEmpty else { return [:] }
        return try await database.read { db in
            var tags: [ProductID: [TagID]] = [:]
            for row in try Row.fetchAll(
                db, SQLRequest<Row>(literal: "SELECT id, tag_ids FROM product WHERE id IN \(ids.map(\.rawValue))"))
            {
                tags[ProductID(row[0])] = try JSONColumn.decode([Int64].self, from: row[1]).map(TagID.init(rawValue:))
            }
            return tags
        }
    }

    func orderProducts(_ ids: [OrderID]) async throws -> [OrderID: [ProductID]] {
        guard !ids.isEmpty else { return [:] }
        return try await database.read { db in
            var products: [OrderID: [ProductID]] = [:]
            for row in try Row.fetchAll(
                db,
                SQLRequest<Row>(
                    literal:
                        "SELECT order_id, product_id FROM order_line WHERE order_id IN \(ids.map(\.rawValue)) ORDER BY order_id, position"
                ))
            {
                products[OrderID(row[0]), default: []].append(ProductID(row[1]))
            }
            return products
        }
    }

    func platformRecord() async throws -> AuthorRecord {
        try await database.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT total(note_count), total(received_likes), total(received_collects),
                           total(received_comments), total(received_reads)
                    FROM account
                    """)
            return AuthorRecord(
                notes: Int(row?[0] ?? 0.0), likes: Int(row?[1] ?? 0.0), collects: Int(row?[2] ?? 0.0),
                comments: Int(row?[3] ?? 0.0), reads: Int(row?[4] ?? 0.0))
        }
    }

    // MARK: Candidates

    func latest(tagged tag: TagID, in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await ids(
            """
            SELECT note_id FROM note_tag WHERE tag_id = ? AND published_at BETWEEN ? AND ?
            ORDER BY published_at DESC, note_id DESC LIMIT ?
            """,
            [tag.rawValue, window.lowerBound.sqliteMilliseconds, window.upperBound.sqliteMilliseconds, limit])
    }

    func latest(by authors: [UserID], in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        guard !authors.isEmpty else { return [] }
        return try await database.read { db in
            try Int64.fetchAll(
                db,
                SQLRequest<Int64>(
                    literal: """
                        SELECT id FROM note WHERE deleted_at IS NULL AND author_id IN \(authors.map(\.rawValue))
                          AND published_at BETWEEN \(window.lowerBound.sqliteMilliseconds) AND \(window.upperBound.sqliteMilliseconds)
                        ORDER BY published_at DESC, id DESC LIMIT \(limit)
                        """)
            ).map(NoteID.init(rawValue:))
        }
    }

    func latest(in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await ids(
            """
            SELECT id FROM note WHERE deleted_at IS NULL AND published_at BETWEEN ? AND ?
            ORDER BY published_at DESC, id DESC LIMIT ?
            """, [window.lowerBound.sqliteMilliseconds, window.upperBound.sqliteMilliseconds, limit])
    }

    func trending(since: Date, limit: Int) async throws -> [(note: NoteID, engagements: Int)] {
        // Ids grow with time: the log's own key finds the window without an index on time (`+` keeps SQLite
        // from walking every note event of the index by subject instead).
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT subject_id, count(*) AS engaged FROM event_all
                    WHERE id >= ? AND at >= ? AND +subject_type = 'note'
                      AND +kind IN ('like', 'collect', 'comment', 'share')
                    GROUP BY subject_id ORDER BY engaged DESC, subject_id DESC LIMIT ?
                    """, arguments: [Snowflake.firstID(at: since), since.sqliteMilliseconds, limit]
            ).map { (NoteID($0[0]), $0[1]) }
        }
    }

    func followees(of user: UserID, limit: Int) async throws -> [UserID] {
        try await database.read { db in
            try Int64.fetchAll(
                try db.cachedStatement(
                    sql: "SELECT followee_id FROM follow WHERE follower_id = ? ORDER BY since DESC LIMIT ?"),
                arguments: [user.rawValue, limit]
            ).map(UserID.init(rawValue:))
        }
    }

    func blocked(around user: UserID) async throws -> Set<UserID> {
        try await database.read { db in
            Set(
                try Int64.fetchAll(
                    try db.cachedStatement(
                        sql: """
                            SELECT blocked_id FROM user_block WHERE blocker_id = ?
                            UNION SELECT blocker_id FROM user_block WHERE blocked_id = ?
                            """), arguments: [user.rawValue, user.rawValue]
                ).map(UserID.init(rawValue:)))
        }
    }

    private func ids(_ sql: String, _ arguments: StatementArguments) async throws -> [NoteID] {
        try await database.read { db in
            try Int64.fetchAll(try db.cachedStatement(sql: sql), arguments: arguments).map(NoteID.init(rawValue:))
        }
    }

    // MARK: Following and nearby

    func following(of user: UserID, page: PageRequest) async throws -> Page<NoteID> {
        try await notes(
            where: "author_id IN (SELECT followee_id FROM follow WHERE follower_id = \(user.rawValue))", page: page)
    }

    func notes(inCity city: String, page: PageRequest) async throws -> Page<NoteID> {
        try await notes(where: "place_city = \(city) COLLATE NOCASE AND place_city IS NOT NULL", page: page)
    }

    private func notes(where filter: SQL, page: PageRequest) async throws -> Page<NoteID> {
        let after = try page.cursor.map(TimeKey.init)
        var conditions: [SQL] = ["deleted_at IS NULL", filter]
        if let after {
            conditions.append("(published_at, id) < (\(after.time.sqliteMilliseconds), \(after.id))")
        }
        let rows = try await database.read { db in
            try Row.fetchAll(
                db,
                SQLRequest<Row>(
                    literal: """
                        SELECT id, published_at FROM note WHERE \(conditions.joined(operator: .and))
                        ORDER BY published_at DESC, id DESC LIMIT \(page.limit + 1)
                        """))
        }
        let keys = rows.map { TimeKey(time: Date(sqliteMilliseconds: $0[1]), id: $0[0]) }
        return TimeKey.page(keys, limit: page.limit) { $0 }.map { NoteID($0.id) }
    }

    func notes(within box: GeoBox, limit: Int) async throws -> [(note: NoteID, latitude: Double, longitude: Double)] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, place_lat, place_lon FROM note
                    WHERE deleted_at IS NULL AND place_lat BETWEEN ? AND ? AND place_lon BETWEEN ? AND ?
                    LIMIT ?
                    """,
                arguments: [
                    box.latitudes.lowerBound, box.latitudes.upperBound, box.longitudes.lowerBound,
                    box.longitudes.upperBound, limit,
                ]
            ).map { (NoteID($0[0]), $0[1], $0[2]) }
        }
    }

    // MARK: What feeds showed

    func markSeen(_ notes: [NoteID], by user: UserID, at: Date) async throws {
        guard !notes.isEmpty else { return }
        try await database.write { db in
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO feed_seen (user_id, note_id, at) VALUES (?, ?, ?)
                    ON CONFLICT (user_id, note_id) DO UPDATE SET at = excluded.at
                    """)
            for note in notes { try upsert.execute(arguments: [user.rawValue, note.rawValue, at.sqliteMilliseconds]) }
        }
    }

    func seen(by user: UserID, since: Date) async throws -> Set<NoteID> {
        Set(
            try await ids(
                "SELECT note_id FROM feed_seen WHERE user_id = ? AND at >= ?",
                [user.rawValue, since.sqliteMilliseconds]
            ))
    }

    func saveFeed(_ feed: RankedFeed) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO feed (id, user_id, created_at, note_ids) VALUES (?, ?, ?, ?)",
                arguments: [
                    feed.id, feed.user?.rawValue, feed.createdAt.sqliteMilliseconds,
                    JSONColumn.encode(feed.notes.map(\.rawValue)),
                ])
        }
    }

    func feed(_ id: Int64, of user: UserID?) async throws -> RankedFeed? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    try db.cachedStatement(
                        sql: "SELECT created_at, note_ids FROM feed WHERE id = ? AND user_id IS ?"),
                    arguments: [id, user?.rawValue])
            else { return nil }
            return RankedFeed(
                id: id, user: user, createdAt: Date(sqliteMilliseconds: row[0]),
                notes: try JSONColumn.decode([Int64].self, from: row[1]).map(NoteID.init(rawValue:)))
        }
    }

    func pruneFeeds(madeBefore made: Date, shownBefore shown: Date) async throws -> Int {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM feed WHERE created_at < ?", arguments: [made.sqliteMilliseconds])
            let feeds = db.changesCount
            try db.execute(sql: "DELETE FROM feed_seen WHERE at < ?", arguments: [shown.sqliteMilliseconds])
            return feeds + db.changesCount
        }
    }
}
