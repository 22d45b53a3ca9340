import Foundation
import HongshuCore
import PostgresNIO
import Search

struct PostgresSearchStore: SearchStore {
    let database: PostgresDatabase

    private static func rank(_ column: String) -> String {
        "ts_rank('\(PostgresSearchIndex.rankWeights)', \(column), q)::float8"
    }

    func notes(matching query: SearchQuery, filters: NoteFilters, before: NoteID?, depth: Int) async throws
        -> [NoteMatch]
    {
        guard !query.isEmpty else { return [] }
        let before = before?.rawValue
        let tag = filters.tag?.rawValue
        let since = filters.since?.exact
        let until = filters.until?.exact
        let sql: PostgresQuery = """
            SELECT n.id, \(unescaped: Self.rank("n.search")), n.author_id, n.published_at, n.like_count,
                   n.collect_count, n.comment_count, n.read_count, n.tag_ids::text, a.note_count, a.received_likes,
                   a.received_collects, a.received_comments, a.received_reads
            FROM note n JOIN account a ON a.id = n.author_id, CAST(\(PostgresSearchIndex.query(query)) AS tsquery) AS q
            WHERE n.search @@ q AND n.deleted_at IS NULL
              AND (\(before)::int8 IS NULL OR n.id < \(before))
              AND (\(tag)::int8 IS NULL OR n.id IN (SELECT note_id FROM note_tag WHERE tag_id = \(tag)))
              AND (\(since)::timestamptz IS NULL OR n.published_at >= \(since))
              AND (\(until)::timestamptz IS NULL OR n.published_at < \(until))
              AND (\(filters.city)::text IS NULL OR lower(n.place_city) = lower(\(filters.city)))
            ORDER BY n.id DESC LIMIT \(depth)
            """
        var matches: [NoteMatch] = []
        let rows = try await database.query(sql)
        for try await row in rows {
            let (
                id, relevance, author, published, likes, collects, comments, reads, tags, notes, liked, collected,
                commented, read
            ) = try row.decode(
                (Int64, Double, Int64, Date, Int32, Int32, Int32, Int32, String, Int32, Int64, Int64, Int64, Int64)
                    .self)
            matches.append(
                NoteMatch(
                    id: NoteID(id), author: UserID(author), publishedAt: published.fromPostgres, relevance: relevance,
                    likes: Int(likes), collects: Int(collects), comments: Int(comments), reads: Int(reads),
                    tags: try JSONColumn.decode([Int64].self, from: tags).map(TagID.init(rawValue:)),
                    authorRecord: AuthorRecord(
                        notes: Int(notes), likes: Int(liked), collects: Int(collected), comments: Int(commented),
                        reads: Int(read))))
        }
        return matches
    }

    func firstNoteTime() async throws -> Date? {
        let rows = try await database.query(
            "SELECT published_at FROM note WHERE deleted_at IS NULL ORDER BY published_at LIMIT 1")
        for try await time in rows.decode(Date.self) { return time.fromPostgres }
        return nil
    }

    func engagementReceived() async throws -> AuthorRecord {
        let rows = try await database.query(
            """
            SELECT coalesce(sum(received_likes), 0)::int8, coalesce(sum(received_collects), 0)::int8,
                   coalesce(sum(received_comments), 0)::int8, coalesce(sum(received_reads), 0)::int8
            FROM account
            """)
        for try await (likes, collects, comments, reads) in rows.decode((Int64, Int64, Int64, Int64).self) {
            return AuthorRecord(likes: Int(likes), collects: Int(collects), comments: Int(comments), reads: Int(reads))
        }
        return AuthorRecord()
    }

    func products(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<ProductID>] {
        guard !query.isEmpty else { return [] }
        let rows = try await database.query(
            """
            SELECT p.id, \(unescaped: Self.rank("p.search")), p.created_at,
                   (SELECT count(*) FROM note_product WHERE product_id = p.id)
            FROM product p, CAST(\(PostgresSearchIndex.query(query)) AS tsquery) AS q
            WHERE p.search @@ q AND p.status = 'active'
            ORDER BY p.id DESC LIMIT \(depth)
            """)
        var matches: [OtherMatch<ProductID>] = []
        for try await (id, relevance, created, notes) in rows.decode((Int64, Double, Date, Int64).self) {
            matches.append(
                OtherMatch(id: ProductID(id), relevance: relevance, popularity: Int(notes), time: created.fromPostgres))
        }
        return matches
    }

    func users(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<UserID>] {
        guard !query.isEmpty else { return [] }
        let rows = try await database.query(
            """
            SELECT a.id, \(unescaped: Self.rank("a.search")), a.follower_count, a.joined_at
            FROM account a, CAST(\(PostgresSearchIndex.query(query)) AS tsquery) AS q
            WHERE a.search @@ q ORDER BY a.id DESC LIMIT \(depth)
            """)
        var matches: [OtherMatch<UserID>] = []
        for try await (id, relevance, followers, joined) in rows.decode((Int64, Double, Int32, Date).self) {
            matches.append(
                OtherMatch(id: UserID(id), relevance: relevance, popularity: Int(followers), time: joined.fromPostgres))
        }
        return matches
    }

    func topics(matching query: SearchQuery, depth: Int) async throws -> [OtherMatch<String>] {
        guard !query.isEmpty else { return [] }
        let rows = try await database.query(
            """
            SELECT t.name, \(unescaped: Self.rank("t.search")), t.note_count, t.last_used
            FROM topic t, CAST(\(PostgresSearchIndex.query(query)) AS tsquery) AS q
            WHERE t.search @@ q AND t.note_count > 0 ORDER BY t.last_used DESC LIMIT \(depth)
            """)
        var matches: [OtherMatch<String>] = []
        for try await (name, relevance, notes, used) in rows.decode((String, Double, Int32, Date).self) {
            matches.append(OtherMatch(id: name, relevance: relevance, popularity: Int(notes), time: used.fromPostgres))
        }
        return matches
    }

    func recentLikes(of user: UserID) async throws -> [LikedTags] {
        let rows = try await database.query(
            """
            SELECT n.tag_ids::text, l.liked_at FROM note_like l JOIN note n ON n.id = l.note_id
            WHERE l.user_id = \(user.rawValue) ORDER BY l.liked_at DESC LIMIT 200
            """)
        var likes: [LikedTags] = []
        for try await (tags, at) in rows.decode((String, Date).self) {
            likes.append(
                LikedTags(
                    tags: try JSONColumn.decode([Int64].self, from: tags).map(TagID.init(rawValue:)),
                    at: at.fromPostgres))
        }
        return likes
    }

    func record(_ searches: [SearchRecord]) async throws {
        guard !searches.isEmpty else { return }
        try await database.transaction { connection in
            for search in searches { try await Self.record(search, on: connection, logger: database.logger) }
        }
    }

    private static func record(_ search: SearchRecord, on connection: PostgresConnection, logger: Logger) async throws {
        do {
            try await connection.query(
                """
                INSERT INTO search_log (id, query, kind, at, user_id, hits)
                VALUES (\(search.id), \(search.query), \(search.kind.rawValue), \(search.at.exact),
                        \(search.user?.rawValue), \(search.hits))
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO search_query_day (query, day, searches, no_hits)
                VALUES (\(search.query), \(SearchDay.of(search.at)), 1, \(search.hits == 0 ? 1 : 0))
                ON CONFLICT (day, query) DO UPDATE
                SET searches = search_query_day.searches + 1, no_hits = search_query_day.no_hits + excluded.no_hits
                """, logger: logger)
            if search.hits > 0 && !search.corrected {
                try await connection.query(
                    """
                    INSERT INTO search_suggestion (key, text, kind, weight)
                    VALUES (\(SuggestionKey.of(search.query)), \(search.query), 'query', 1)
                    ON CONFLICT (key) DO UPDATE SET weight = search_suggestion.weight + 1
                    """, logger: logger)
            }
        }
    }

    func recordClick(search id: Int64, at: Date) async throws -> Bool {
        try await database.transaction { connection in
            let rows = try await connection.query(
                "UPDATE search_log SET clicks = clicks + 1 WHERE id = \(id) RETURNING query, at",
                logger: database.logger)
            var found: (String, Date)?
            for try await row in rows.decode((String, Date).self) { found = row }
            guard let (query, time) = found else { return false }
            try await connection.query(
                """
                UPDATE search_query_day SET clicks = clicks + 1
                WHERE day = \(SearchDay.of(time.fromPostgres)) AND query = \(query)
                """, logger: database.logger)
            return true
        }
    }

    func queries(since: Date, until: Date, noHitsOnly: Bool, limit: Int) async throws -> [QueryStats] {
        let having = noHitsOnly ? "HAVING sum(no_hits) > 0" : ""
        let order = noHitsOnly ? "sum(no_hits) DESC, sum(searches) DESC" : "sum(searches) DESC, sum(clicks) DESC"
        let rows = try await database.query(
            """
            SELECT query, sum(searches)::int8, sum(no_hits)::int8, sum(clicks)::int8 FROM search_query_day
            WHERE day >= \(SearchDay.of(since)) AND day <= \(SearchDay.of(until.addingTimeInterval(-0.001)))
            GROUP BY query \(unescaped: having) ORDER BY \(unescaped: order), query COLLATE "C" LIMIT \(limit)
            """)
        var stats: [QueryStats] = []
        for try await (query, searches, noHits, clicks) in rows.decode((String, Int64, Int64, Int64).self) {
            stats.append(QueryStats(query: query, searches: Int(searches), noHits: Int(noHits), clicks: Int(clicks)))
        }
        return stats
    }

    func suggestions(startingWith prefix: String, limit: Int) async throws -> [Suggestion] {
        let rows = try await database.query(
            """
            SELECT text, kind, weight FROM search_suggestion
            WHERE key >= \(prefix) AND key < \(prefix + "\u{10FFFF}")
            ORDER BY weight DESC, length(key), key LIMIT \(limit)
            """)
        var suggestions: [Suggestion] = []
        for try await (text, kind, weight) in rows.decode((String, String, Int32).self) {
            suggestions.append(
                Suggestion(text: text, kind: Suggestion.Kind(rawValue: kind) ?? .query, weight: Int(weight)))
        }
        return suggestions
    }

    func offer(_ suggestions: [Suggestion]) async throws {
        try await database.transaction { connection in
            try await PostgresSearchIndex.offer(suggestions, on: connection, logger: database.logger)
        }
    }

    func names() async throws -> [Suggestion] {
        let rows = try await database.query("SELECT text, kind, weight FROM search_suggestion WHERE kind <> 'query'")
        var names: [Suggestion] = []
        for try await (text, kind, weight) in rows.decode((String, String, Int32).self) {
            names.append(Suggestion(text: text, kind: Suggestion.Kind(rawValue: kind) ?? .query, weight: Int(weight)))
        }
        return names
    }
}
