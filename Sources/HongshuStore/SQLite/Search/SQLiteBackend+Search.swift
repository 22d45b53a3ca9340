import GRDB
import Search

extension SQLiteBackend {
    /// The engine's own ranked query, for benchmarks: FTS5's `bm25()` over every match, best 20. This is what
    /// Hongshu does not do (it scores the newest matches only); `hongshu bench search` reports both.
    public func plainFTS5Search(_ query: SearchQuery, limit: Int = 20) async throws -> [Int64] {
        guard !query.isEmpty else { return [] }
        let match = SQLiteSearchQuery.expression(query)
        return try await writer.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY bm25(note_fts, 3.0, 1.0, 2.0) LIMIT ?
                    """, arguments: [match, limit])
        }
    }
}

extension SQLiteBackend {
    /// For benchmarks: how many of the newest `limit` matches there are, unranked (the match alone).
    public func newestMatches(_ query: SearchQuery, limit: Int) async throws -> Int {
        guard !query.isEmpty else { return 0 }
        let match = SQLiteSearchQuery.expression(query)
        return try await writer.read { db in
            try Int64.fetchAll(
                db,
                sql: "SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
                arguments: [match, limit]
            ).count
        }
    }
}

extension SQLiteBackend {
    /// Merges each search index into one segment (FTS5 `optimize`): after a bulk load, so every term is one
    /// b-tree seek instead of one per segment the load left behind.
    public func optimizeSearchIndex() async throws {
        try await writer.write { db in
            for table in ["note_fts", "product_fts", "user_fts", "topic_fts"] {
                try db.execute(sql: "INSERT INTO \(table) (\(table)) VALUES ('optimize')")
            }
        }
    }
}
