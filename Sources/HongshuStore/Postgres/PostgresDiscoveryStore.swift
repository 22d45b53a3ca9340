import Discovery
import Foundation
import HongshuCore
import PostgresNIO

struct PostgresDiscoveryStore: DiscoveryStore {
    let database: PostgresDatabase

    // MARK: Interests

    func addInterests(_ increments: [InterestIncrement], halfLife: TimeInterval) async throws {
        guard !increments.isEmpty else { return }
        // Increments for one key within a batch are summed first (``DecayedWeight/adding``): one upsert may not
        // touch a row twice.
        var summed: [String: (user: UserID, key: InterestKey, weight: DecayedWeight)] = [:]
        for increment in increments {
            let id = "\(increment.user.rawValue)|\(increment.key.kind)|\(increment.key.key)"
            if let current = summed[id] {
                summed[id] = (current.user, current.key, current.weight.adding(increment.weight, halfLife: halfLife))
            } else {
                summed[id] = (increment.user, increment.key, increment.weight)
            }
        }
        let batch = JSONColumn.encode(
            summed.values.sorted {
                ($0.user.rawValue, $0.key.kind, $0.key.key) < ($1.user.rawValue, $1.key.kind, $1.key.key)
            }
            .map { InterestRecord(user: $0.user, key: $0.key, weight: $0.weight) })
        let seconds = max(halfLife, 1)
        try await database.query(
            """
            INSERT INTO interest (user_id, kind, key, weight, at)
            SELECT user_id, kind, key, weight, to_timestamp(0) + at_ms * interval '1 millisecond'
            FROM jsonb_to_recordset(\(batch)::jsonb)
                 AS i(user_id bigint, kind text, key text, weight double precision, at_ms bigint)
            ON CONFLICT (user_id, kind, key) DO UPDATE SET
                weight = interest.weight
                    * power(0.5, extract(epoch FROM greatest(interest.at, excluded.at) - interest.at) / \(seconds))
                    + excluded.weight
                    * power(0.5, extract(epoch FROM greatest(interest.at, excluded.at) - excluded.at) / \(seconds)),
                at = greatest(interest.at, excluded.at)
            """)
    }

    func interests(of user: UserID) async throws -> [InterestWeight] {
        let rows = try await database.query(
            "SELECT kind, key, weight, at FROM interest WHERE user_id = \(user.rawValue)")
        var weights: [InterestWeight] = []
        for try await (kind, key, weight, at) in rows.decode((String, String, Double, Date).self) {
            if let key = InterestKey(kind: kind, key: key) {
                weights.append(InterestWeight(key: key, weight: DecayedWeight(value: weight, at: at.fromPostgres)))
            }
        }
        return weights
    }

    func replaceInterests(_ weights: [(user: UserID, interest: InterestWeight)], clear: Bool) async throws {
        let batch = JSONColumn.encode(
            weights.map { InterestRecord(user: $0.user, key: $0.interest.key, weight: $0.interest.weight) })
        let logger = database.logger
        try await database.transaction { connection in
            if clear { try await connection.query("DELETE FROM interest", logger: logger) }
            try await connection.query(
                """
                INSERT INTO interest (user_id, kind, key, weight, at)
                SELECT user_id, kind, key, weight, to_timestamp(0) + at_ms * interval '1 millisecond'
                FROM jsonb_to_recordset(\(batch)::jsonb)
                     AS i(user_id bigint, kind text, key text, weight double precision, at_ms bigint)
                ON CONFLICT (user_id, kind, key) DO UPDATE SET weight = excluded.weight, at = excluded.at
                """, logger: logger)
        }
    }

    func pruneInterests(below threshold: Double, now: Date, halfLife: TimeInterval) async throws -> Int {
        let rows = try await database.query(
            """
            WITH gone AS (
                DELETE FROM interest
                WHERE abs(weight) * power(0.5, greatest(extract(epoch FROM \(now.exact) - at), 0) / \(max(halfLife, 1)))
                    < \(threshold)
                RETURNING 1)
            SELECT count(*) FROM gone
            """)
        for try await count in rows.decode(Int64.self) { return Int(count) }
        return 0
    }

    // MARK: Facts

    static let factColumns = """
        n.id, n.author_id, n.tag_ids::text, n.topics::text, n.published_at, n.place_city, n.like_count,
        n.collect_count, n.comment_count, n.read_count, a.note_count, a.received_likes, a.received_collects,
        a.received_comments, a.received_reads
        """

    static func facts(_ rows: PostgresRowSequence) async throws -> [NoteFacts] {
        var facts: [NoteFacts] = []
        for try await row in rows {
            let (
                id, author, tags, topics, published, city, likes, collects, comments, reads, notes, liked, collected,
                commented, read
            ) = try row.decode(
                (
                    Int64, Int64, String, String, Date, String?, Int32, Int32, Int32, Int32, Int32, Int64, Int64,
                    Int64, Int64
                ).self)
            facts.append(
                NoteFacts(
                    id: NoteID(id), author: UserID(author),
                    tags: try JSONColumn.decode([Int64].self, from: tags).map(TagID.init(rawValue:)),
                    topics: try JSONColumn.decode([String].self, from: topics), publishedAt: published.fromPostgres,
                    city: city, likes: Int(likes), collects: Int(collects), comments: Int(comments), reads: Int(reads),
                    authorRecord: AuthorRecord(
                        notes: Int(notes), likes: Int(liked), collects: Int(collected), comments: Int(commented),
                        reads: Int(read))))
        }
        return facts
    }

    func noteFacts(_ ids: [NoteID]) async throws -> [NoteFacts] {
        guard !ids.isEmpty else { return [] }
        return try await Self.facts(
            try await database.query(
                """
                SELECT \(unescaped: Self.factColumns) FROM note n JOIN account a ON a.id = n.author_id
                WHERE n.deleted_at IS NULL AND n.id = ANY(\(ids.map(\.rawValue)))
                """))
    }

    func noteFacts(after id: NoteID?, limit: Int) async throws -> [NoteFacts] {
        try await Self.facts(
            try await database.query(
                """
                SELECT \(unescaped: Self.factColumns) FROM note n JOIN account a ON a.id = n.author_id
                WHERE n.deleted_at IS NULL AND n.id > \(id?.rawValue ?? Int64.min) ORDER BY n.id LIMIT \(limit)
                """))
    }

    func productTags(_ ids: [ProductID]) async throws -> [ProductID: [TagID]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.query(
            "SELECT id, tag_ids::text FROM product WHERE id = ANY(\(ids.map(\.rawValue)))")
        var tags: [ProductID: [TagID]] = [:]
        for try await (id, list) in rows.decode((Int64, String).self) {
            tags[ProductID(id)] = try JSONColumn.decode([Int64].self, from: list).map(TagID.init(rawValue:))
        }
        return tags
    }

    func orderProducts(_ ids: [OrderID]) async throws -> [OrderID: [ProductID]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.query(
            """
            SELECT order_id, product_id FROM order_line WHERE order_id = ANY(\(ids.map(\.rawValue)))
            ORDER BY order_id, position
            """)
        var products: [OrderID: [ProductID]] = [:]
        for try await (order, product) in rows.decode((Int64, Int64).self) {
            products[OrderID(order), default: []].append(ProductID(product))
        }
        return products
    }

    func platformRecord() async throws -> AuthorRecord {
        let rows = try await database.query(
            """
            SELECT coalesce(sum(note_count), 0)::int8, coalesce(sum(received_likes), 0)::int8,
                   coalesce(sum(received_collects), 0)::int8, coalesce(sum(received_comments), 0)::int8,
                   coalesce(sum(received_reads), 0)::int8
            FROM account
            """)
        for try await (notes, likes, collects, comments, reads) in rows.decode((Int64, Int64, Int64, Int64, Int64).self)
        {
            return AuthorRecord(
                notes: Int(notes), likes: Int(likes), collects: Int(collects), comments: Int(comments),
                reads: Int(reads))
        }
        return AuthorRecord()
    }

    // MARK: Candidates

    func latest(tagged tag: TagID, in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await ids(
            """
            SELECT note_id FROM note_tag WHERE tag_id = \(tag.rawValue)
              AND published_at BETWEEN \(window.lowerBound.exact) AND \(window.upperBound.exact)
            ORDER BY published_at DESC, note_id DESC LIMIT \(limit)
            """)
    }

    func latest(by authors: [UserID], in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        guard !authors.isEmpty else { return [] }
        return try await ids(
            """
            SELECT id FROM note WHERE deleted_at IS NULL AND author_id = ANY(\(authors.map(\.rawValue)))
              AND published_at BETWEEN \(window.lowerBound.exact) AND \(window.upperBound.exact)
            ORDER BY published_at DESC, id DESC LIMIT \(limit)
            """)
    }

    func latest(in window: ClosedRange<Date>, limit: Int) async throws -> [NoteID] {
        try await ids(
            """
            SELECT id FROM note WHERE deleted_at IS NULL
              AND published_at BETWEEN \(window.lowerBound.exact) AND \(window.upperBound.exact)
            ORDER BY published_at DESC, id DESC LIMIT \(limit)
            """)
    }

    func trending(since: Date, limit: Int) async throws -> [(note: NoteID, engagements: Int)] {
        // By time: only the partitions of the window are read.
        let rows = try await database.query(
            """
            SELECT subject_id, count(*) AS engaged FROM event
            WHERE at >= \(since.exact) AND subject_type = 'note' AND kind IN ('like', 'collect', 'comment', 'share')
            GROUP BY subject_id ORDER BY engaged DESC, subject_id DESC LIMIT \(limit)
            """)
        var notes: [(note: NoteID, engagements: Int)] = []
        for try await (id, count) in rows.decode((Int64, Int64).self) { notes.append((NoteID(id), Int(count))) }
        return notes
    }

    func followees(of user: UserID, limit: Int) async throws -> [UserID] {
        let rows = try await database.query(
            """
            SELECT followee_id FROM follow WHERE follower_id = \(user.rawValue)
            ORDER BY since DESC, followee_id DESC LIMIT \(limit)
            """)
        var users: [UserID] = []
        for try await id in rows.decode(Int64.self) { users.append(UserID(id)) }
        return users
    }

    func blocked(around user: UserID) async throws -> Set<UserID> {
        let rows = try await database.query(
            """
            SELECT blocked_id FROM user_block WHERE blocker_id = \(user.rawValue)
            UNION SELECT blocker_id FROM user_block WHERE blocked_id = \(user.rawValue)
            """)
        var users = Set<UserID>()
        for try await id in rows.decode(Int64.self) { users.insert(UserID(id)) }
        return users
    }

    private func ids(_ query: PostgresQuery) async throws -> [NoteID] {
        var notes: [NoteID] = []
        for try await id in try await database.query(query).decode(Int64.self) { notes.append(NoteID(id)) }
        return notes
    }

    // MARK: Following and nearby

    func following(of user: UserID, page: PageRequest) async throws -> Page<NoteID> {
        var query = PostgresKeysetQuery(select: "id, published_at FROM note")
        query.filter("deleted_at IS NULL")
        query.filter("author_id IN (SELECT followee_id FROM follow WHERE follower_id = \(user.rawValue))")
        return try await keys(query.page(page, time: "published_at", id: "id"), limit: page.limit)
    }

    func notes(inCity city: String, page: PageRequest) async throws -> Page<NoteID> {
        var query = PostgresKeysetQuery(select: "id, published_at FROM note")
        query.filter("deleted_at IS NULL AND place_city IS NOT NULL")
        query.filter("lower(place_city) = lower($?)", text: city)
        return try await keys(query.page(page, time: "published_at", id: "id"), limit: page.limit)
    }

    private func keys(_ query: PostgresQuery, limit: Int) async throws -> Page<NoteID> {
        var keys: [TimeKey] = []
        for try await (id, at) in try await database.query(query).decode((Int64, Date).self) {
            keys.append(TimeKey(time: at.fromPostgres, id: id))
        }
        return TimeKey.page(keys, limit: limit) { $0 }.map { NoteID($0.id) }
    }

    func notes(within box: GeoBox, limit: Int) async throws -> [(note: NoteID, latitude: Double, longitude: Double)] {
        let rows = try await database.query(
            """
            SELECT id, place_lat, place_lon FROM note
            WHERE deleted_at IS NULL AND place_lat BETWEEN \(box.latitudes.lowerBound) AND \(box.latitudes.upperBound)
              AND place_lon BETWEEN \(box.longitudes.lowerBound) AND \(box.longitudes.upperBound)
            LIMIT \(limit)
            """)
        var notes: [(note: NoteID, latitude: Double, longitude: Double)] = []
        for try await (id, latitude, longitude) in rows.decode((Int64, Double, Double).self) {
            notes.append((NoteID(id), latitude, longitude))
        }
        return notes
    }

    // MARK: What feeds showed

    func markSeen(_ notes: [NoteID], by user: UserID, at: Date) async throws {
        guard !notes.isEmpty else { return }
        try await database.query(
            """
            INSERT INTO feed_seen (user_id, note_id, at)
            SELECT \(user.rawValue), note_id, \(at.exact) FROM unnest(\(Array(Set(notes)).map(\.rawValue))::int8[]) AS s(note_id)
            ON CONFLICT (user_id, note_id) DO UPDATE SET at = excluded.at
            """)
    }

    func seen(by user: UserID, since: Date) async throws -> Set<NoteID> {
        Set(
            try await ids(
                "SELECT note_id FROM feed_seen WHERE user_id = \(user.rawValue) AND at >= \(since.exact)"))
    }

    func saveFeed(_ feed: RankedFeed) async throws {
        try await database.query(
            """
            INSERT INTO feed (id, user_id, created_at, note_ids)
            VALUES (\(feed.id), \(feed.user?.rawValue), \(feed.createdAt.exact), \(JSONColumn.encode(feed.notes.map(\.rawValue)))::jsonb)
            """)
    }

    func feed(_ id: Int64, of user: UserID?) async throws -> RankedFeed? {
        let rows = try await database.query(
            """
            SELECT created_at, note_ids::text FROM feed
            WHERE id = \(id) AND user_id IS NOT DISTINCT FROM \(user?.rawValue)::int8
            """)
        for try await (created, notes) in rows.decode((Date, String).self) {
            return RankedFeed(
                id: id, user: user, createdAt: created.fromPostgres,
                notes: try JSONColumn.decode([Int64].self, from: notes).map(NoteID.init(rawValue:)))
        }
        return nil
    }

    func pruneFeeds(madeBefore made: Date, shownBefore shown: Date) async throws -> Int {
        let rows = try await database.query(
            """
            WITH feeds AS (DELETE FROM feed WHERE created_at < \(made.exact) RETURNING 1),
                 seen AS (DELETE FROM feed_seen WHERE at < \(shown.exact) RETURNING 1)
            SELECT (SELECT count(*) FROM feeds) + (SELECT count(*) FROM seen)
            """)
        for try await count in rows.decode(Int64.self) { return Int(count) }
        return 0
    }
}

/// One interest as a row of a JSON batch (keys are the column names).
private struct InterestRecord: Encodable {
    let userID: Int64, kind: String, key: String, weight: Double, atMs: Int64

    init(user: UserID, key: InterestKey, weight: DecayedWeight) {
        userID = user.rawValue
        kind = key.kind
        self.key = key.key
        self.weight = weight.value
        atMs = Int64((weight.at.timeIntervalSince1970 * 1000).rounded())
    }

    enum CodingKeys: String, CodingKey {
        case kind, key, weight
        case userID = "user_id", atMs = "at_ms"
    }
}
