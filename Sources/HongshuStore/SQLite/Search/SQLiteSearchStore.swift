import Foundation
import GRDB
import HongshuCore
import Search

/// Every query keeps its FTS5 table the outer loop (`CROSS JOIN`): driven by the other table, SQLite would probe
/// the index once for every row of it.
struct SQLiteSearchStore: SearchStore {
    let database: any DatabaseWriter
    let frequencies: SQLiteDocumentFrequencies

    /// Column weights: a title counts three times the body, tags and topics twice.
    static let noteWeights = [3.0, 1.0, 2.0]
    static let productWeights = [3.0, 1.0, 2.0, 2.0]
    static let userWeights = [2.0, 1.0]

    /// `hongshu_rank(table, weights…, df…)` and the MATCH expression for a query. A clause's document count is
    /// estimated as that of its rarest term (a phrase is at most as frequent as any of its bigrams): counting the
    /// phrase itself means reading the positions of every occurrence of common bigrams.
    private func ranking(_ query: SearchQuery, table: String, base: String, weights: [Double], db: Database) throws
        -> (rank: SQL, match: String)
    {
        let counts = try query.clauses.map { clause -> Double in
            switch clause {
            case .phrase(let terms):
                try terms.map {
                    try frequencies.frequency(
                        of: SQLiteSearchQuery.expression(.phrase([$0])), in: table, base: base, db: db)
                }.min() ?? 1
            case .prefix:
                try frequencies.frequency(of: SQLiteSearchQuery.expression(clause), in: table, base: base, db: db)
            }
        }
        let arguments = (weights + counts).map { "\($0)" }.joined(separator: ", ")
        return (
            "\(sql: HongshuRankFunction.name)(\(sql: table), \(sql: arguments))", SQLiteSearchQuery.expression(query)
        )
    }

    func notes(matching query: SearchQuery, filters: NoteFilters, before: NoteID?, depth: Int) async throws
        -> [NoteMatch]
    {
        guard !query.isEmpty else { return [] }
        return try await database.read { db in
            let (rank, match) = try ranking(query, table: "note_fts", base: "note", weights: Self.noteWeights, db: db)
            var conditions: [SQL] = ["note_fts MATCH \(match)"]
            if let before { conditions.append("note_fts.rowid < \(before.rawValue)") }
            if let tag = filters.tag {
                conditions.append("note_fts.rowid IN (SELECT note_id FROM note_tag WHERE tag_id = \(tag.rawValue))")
            }
            if let since = filters.since { conditions.append("n.published_at >= \(since.sqliteMilliseconds)") }
            if let until = filters.until { conditions.append("n.published_at < \(until.sqliteMilliseconds)") }
            if let city = filters.city { conditions.append("n.place_city = \(city) COLLATE NOCASE") }
            let request = SQLRequest<Row>(
                literal: """
                    SELECT note_fts.rowid AS id, \(rank) AS relevance, n.author_id, n.published_at, n.like_count,
                           n.collect_count, n.comment_count, n.read_count, n.tag_ids, a.note_count,
                           a.received_likes, a.received_collects, a.received_comments, a.received_reads
                    FROM note_fts CROSS JOIN note n ON n.id = note_fts.rowid CROSS JOIN account a ON a.id = n.author_id
                    WHERE \(conditions.joined(operator: .and))
                    ORDER BY note_fts.rowid DESC LIMIT \(depth)
                    """)
            return try request.fetchAll(db).map { row in
                NoteMatch(
                    id: NoteID(row["id"] as Int64), author: UserID(row["author_id"] as Int64),
                    publishedAt: Date(sqliteMilliseconds: row["published_at"]), relevance: row["relevance"],
                    likes: row["like_count"], collects: row["collect_count"], comments: row["comment_count"],
                    reads: row["read_count"],
                    tags: try JSONColumn.decode([Int64].self, from: row["tag_ids"]).map(TagID.init(rawValue:)),
                    authorRecord: AuthorRecord(
                        notes: row["note_count"], likes: row["received_likes"], collects: row["received_collects"],
                        comments: row["received_comments"], reads: row["received_reads"]))
            }
        }
    }

    func firstNoteTime() async throws -> Date? {
        try await database.read { db in
            try Int64.fetchOne(
                db, sql: "SELECT published_at FROM note WHERE deleted_at IS NULL ORDER BY published_at LIMIT 1"
            ).map(Date.init(sqliteMilliseconds:))
        }
    }

    func engagementReceived() async throws -> AuthorRecord {
        try await database.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT total(received_likes), total(received_collects), total(received_comments),
                           total(received_reads)
                    FROM account
                    """)
            return AuthorRecord(
                likes: Int(row?[0] ?? 0.0), collects: Int(row?[1] ?? 0.0), comments: Int(row?[2] ?? 0.0),
                reads: Int(row?[3] ?? 0.0))
        }
    }

    func products(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<ProductID>] {
        guard !query.isEmpty else { return [] }
        return try await database.read { db in
            let (rank, match) = try ranking(
                query, table: "product_fts", base: "product", weights: Self.productWeights, db: db)
            let request = SQLRequest<Row>(
                literal: """
                    SELECT p.id, \(rank) AS relevance, p.created_at,
                           (SELECT count(*) FROM note_product WHERE product_id = p.id) AS notes
                    FROM product_fts CROSS JOIN product p ON p.id = product_fts.rowid
                    WHERE product_fts MATCH \(match) AND p.status = 'active'
                    ORDER BY product_fts.rowid DESC LIMIT \(depth)
                    """)
            return try request.fetchAll(db).map {
                OtherMatch(
                    id: ProductID($0["id"] as Int64), relevance: $0["relevance"], popularity: $0["notes"],
                    time: Date(sqliteMilliseconds: $0["created_at"]))
            }
        }
    }

    func users(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<UserID>] {
        guard !query.isEmpty else { return [] }
        return try await database.read { db in
            let (rank, match) = try ranking(
                query, table: "user_fts", base: "account", weights: Self.userWeights, db: db)
            let request = SQLRequest<Row>(
                literal: """
                    SELECT a.id, \(rank) AS relevance, a.follower_count, a.joined_at
                    FROM user_fts CROSS JOIN account a ON a.id = user_fts.rowid
                    WHERE user_fts MATCH \(match)
                    ORDER BY user_fts.rowid DESC LIMIT \(depth)
                    """)
            return try request.fetchAll(db).map {
                OtherMatch(
                    id: UserID($0["id"] as Int64), relevance: $0["relevance"], popularity: $0["follower_count"],
                    time: Date(sqliteMilliseconds: $0["joined_at"]))
            }
        }
    }

    func topics(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<String>] {
        guard !query.isEmpty else { return [] }
        return try await database.read { db in
            let (rank, match) = try ranking(query, table: "topic_fts", base: "topic", weights: [1], db: db)
            let request = SQLRequest<Row>(
                literal: """
                    SELECT t.name, \(rank) AS relevance, t.note_count, t.last_used
                    FROM topic_fts CROSS JOIN topic t ON t.id = topic_fts.rowid
                    WHERE topic_fts MATCH \(match) AND t.note_count > 0
                    ORDER BY topic_fts.rowid DESC LIMIT \(depth)
                    """)
            return try request.fetchAll(db).map {
                OtherMatch(
                    id: $0["name"], relevance: $0["relevance"], popularity: $0["note_count"],
                    time: Date(sqliteMilliseconds: $0["last_used"]))
            }
        }
    }

    func recentLikes(of user: UserID) async throws -> [LikedTags] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT n.tag_ids, l.liked_at FROM note_like l JOIN note n ON n.id = l.note_id
                    WHERE l.user_id = ? ORDER BY l.liked_at DESC LIMIT 200
                    """, arguments: [user.rawValue]
            ).map {
                LikedTags(
                    tags: try JSONColumn.decode([Int64].self, from: $0["tag_ids"]).map(TagID.init(rawValue:)),
                    at: Date(sqliteMilliseconds: $0["liked_at"]))
            }
        }
    }

    func record(_ searches: [SearchRecord]) async throws {
        guard !searches.isEmpty else { return }
        try await database.write { db in
            for search in searches { try Self.record(search, db) }
        }
    }

    private static func record(_ search: SearchRecord, _ db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO search_log (id, query, kind, at, user_id, hits) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            search.id, search.query, search.kind.rawValue, search.at.sqliteMilliseconds, search.user?.rawValue,
            search.hits,
        ])
        try db.cachedStatement(
            sql: """
                INSERT INTO search_query_day (query, day, searches, no_hits) VALUES (?, ?, 1, ?)
                ON CONFLICT (day, query) DO UPDATE SET searches = searches + 1, no_hits = no_hits + excluded.no_hits
                """
        ).execute(arguments: [search.query, SearchDay.of(search.at), search.hits == 0 ? 1 : 0])
        if search.hits > 0 && !search.corrected {
            try db.cachedStatement(
                sql: """
                    INSERT INTO search_suggestion (key, text, kind, weight) VALUES (?, ?, 'query', 1)
                    ON CONFLICT (key) DO UPDATE SET weight = weight + 1
                    """
            ).execute(arguments: [SuggestionKey.of(search.query), search.query])
        }
    }

    func recordClick(search id: Int64, at: Date) async throws -> Bool {
        try await database.write { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "UPDATE search_log SET clicks = clicks + 1 WHERE id = ? RETURNING query, at",
                    arguments: [id])
            else { return false }
            try db.execute(
                sql: "UPDATE search_query_day SET clicks = clicks + 1 WHERE day = ? AND query = ?",
                arguments: [SearchDay.of(Date(sqliteMilliseconds: row["at"])), row["query"] as String])
            return true
        }
    }

    func queries(since: Date, until: Date, noHitsOnly: Bool, limit: Int) async throws -> [QueryStats] {
        let order: SQL = noHitsOnly ? "sum(no_hits) DESC, sum(searches) DESC" : "sum(searches) DESC, sum(clicks) DESC"
        let having: SQL = noHitsOnly ? "HAVING sum(no_hits) > 0" : ""
        let request = SQLRequest<Row>(
            literal: """
                SELECT query, sum(searches) AS searches, sum(no_hits) AS no_hits, sum(clicks) AS clicks
                FROM search_query_day WHERE day >= \(SearchDay.of(since)) AND day <= \(SearchDay.of(until.addingTimeInterval(-0.001)))
                GROUP BY query \(having) ORDER BY \(order), query LIMIT \(limit)
                """)
        return try await database.read { db in
            try request.fetchAll(db).map {
                QueryStats(query: $0["query"], searches: $0["searches"], noHits: $0["no_hits"], clicks: $0["clicks"])
            }
        }
    }

    func suggestions(startingWith prefix: String, limit: Int) async throws -> [Suggestion] {
        try await database.read { db in
            try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT text, kind, weight FROM search_suggestion WHERE key >= ?1 AND key < ?1 || x'f48fbfbf'
                        ORDER BY weight DESC, length(key), key LIMIT ?2
                        """), arguments: [prefix, limit]
            ).map {
                Suggestion(
                    text: $0["text"], kind: Suggestion.Kind(rawValue: $0["kind"]) ?? .query, weight: $0["weight"])
            }
        }
    }

    func offer(_ suggestions: [Suggestion]) async throws {
        try await database.write { db in try SQLiteSearchIndex.offer(db, suggestions) }
    }

    func names() async throws -> [Suggestion] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT text, kind, weight FROM search_suggestion WHERE kind != 'query'").map {
                Suggestion(
                    text: $0["text"], kind: Suggestion.Kind(rawValue: $0["kind"]) ?? .query, weight: $0["weight"])
            }
        }
    }
}
