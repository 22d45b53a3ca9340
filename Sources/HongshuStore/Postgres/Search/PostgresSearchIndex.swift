import Foundation
import PostgresNIO
import Search

/// The search index on PostgreSQL: a `tsvector` of the same terms FTS5 holds (``Segmenter/indexTerms(_:)``),
/// built here in Swift and stored with its positions and weights (A title or name, B tags and topics, C body), under
/// a GIN index. Queries are `tsquery`s of phrases (`<->`) and prefixes (`:*`).
enum PostgresSearchIndex {
    /// The weights `ts_rank` gives D, C, B, A: body 1, tags 2, title 3 (as FTS5's BM25F weights).
    static let rankWeights = "{0.1, 0.33, 0.67, 1.0}"

    /// A `tsvector` literal of fields in order; a gap of one position between fields keeps phrases inside one.
    static func vector(_ fields: [(text: String, weight: Character)]) -> String {
        var positions: [String: [String]] = [:]
        var order: [String] = []
        var next = 1
        for field in fields {
            let terms = Segmenter.shared.indexTerms(field.text)
            for term in terms {
                let position = min(next + term.position, 16_383)
                if positions[term.text] == nil { order.append(term.text) }
                positions[term.text, default: []].append("\(position)\(field.weight)")
            }
            next += (terms.last?.position ?? -1) + 2
        }
        return order.map { "\(quoted($0)):\(positions[$0]!.joined(separator: ","))" }.joined(separator: " ")
    }

    /// The `tsquery` literal for a query: every clause must match.
    static func query(_ query: SearchQuery) -> String {
        query.clauses.map { clause in
            switch clause {
            case .phrase(let terms): "(" + terms.map(quoted).joined(separator: " <-> ") + ")"
            case .prefix(let text): quoted(text) + ":*"
            }
        }.joined(separator: " & ")
    }

    private static func quoted(_ term: String) -> String {
        "'" + term.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Each tag's searchable words, for the tags among `ids`.
    static func tagNames(_ ids: [Int64], on connection: PostgresConnection, logger: Logger) async throws
        -> [Int64: String]
    {
        guard !ids.isEmpty else { return [:] }
        var names: [Int64: String] = [:]
        let rows = try await connection.query(
            "SELECT id, name || ' ' || english_name || ' ' || aliases FROM tag WHERE id = ANY(\(Array(Set(ids))))",
            logger: logger)
        for try await (id, text) in rows.decode((Int64, String).self) { names[id] = text }
        return names
    }

    /// Indexes a product anew from its row, brand and tags, and offers its name to complete.
    static func indexProduct(_ id: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        let rows = try await connection.query(
            """
            SELECT p.name, p.description, b.name, p.tag_ids::text FROM product p JOIN brand b ON b.id = p.brand_id
            WHERE p.id = \(id)
            """, logger: logger)
        for try await (name, description, brand, tagIDs) in rows.decode((String, String, String, String).self) {
            let tags = try JSONColumn.decode([Int64].self, from: tagIDs)
            let tagText = searchableTagText(
                try await tagNames(tags, on: connection, logger: logger), tags: tags, topics: [])
            let vector = vector([(name, "A"), (brand, "B"), (tagText, "B"), (description, "C")])
            try await connection.query(
                "UPDATE product SET search = \(vector)::tsvector WHERE id = \(id)", logger: logger)
            try await offer([Suggestion(text: name, kind: .product, weight: 5)], on: connection, logger: logger)
        }
    }

    /// Re-indexes a brand's products (its name is part of them) and offers the name.
    static func indexBrand(_ id: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        var products: [Int64] = []
        var name: String?
        for try await value in try await connection.query("SELECT name FROM brand WHERE id = \(id)", logger: logger)
            .decode(String.self)
        {
            name = value
        }
        guard let name else { return }
        try await offer([Suggestion(text: name, kind: .brand, weight: 20)], on: connection, logger: logger)
        let rows = try await connection.query("SELECT id FROM product WHERE brand_id = \(id)", logger: logger)
        for try await product in rows.decode(Int64.self) { products.append(product) }
        for product in products { try await indexProduct(product, on: connection, logger: logger) }
    }

    /// Adds names to complete, keeping the heavier weight of a name offered twice.
    static func offer(_ suggestions: [Suggestion], on connection: PostgresConnection, logger: Logger) async throws {
        let rows = suggestions.compactMap { suggestion -> SuggestionRecord? in
            let key = SuggestionKey.of(suggestion.text)
            return key.isEmpty
                ? nil
                : SuggestionRecord(
                    key: key, text: suggestion.text, kind: suggestion.kind.rawValue, weight: suggestion.weight)
        }
        guard !rows.isEmpty else { return }
        try await connection.query(
            """
            INSERT INTO search_suggestion (key, text, kind, weight)
            SELECT DISTINCT ON (key) key, text, kind, weight
            FROM jsonb_to_recordset(\(JSONColumn.encode(rows))::jsonb) AS s(key text, text text, kind text, weight int)
            ORDER BY key, weight DESC
            ON CONFLICT (key) DO UPDATE SET weight = greatest(search_suggestion.weight, excluded.weight)
            """, logger: logger)
    }

    struct SuggestionRecord: Encodable {
        let key: String
        let text: String
        let kind: String
        let weight: Int
    }

    /// Indexes what was stored before the index existed (rows whose vector is missing), once: the migration leaves
    /// a marker, taken under a row lock so two servers starting together do it once.
    static func backfill(_ client: PostgresClient, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            var done = true
            for try await value in try await connection.query(
                "SELECT done FROM search_backfill FOR UPDATE", logger: logger
            ).decode(Bool.self) {
                done = value
            }
            guard !done else { return }
            try await connection.query("UPDATE search_backfill SET done = true", logger: logger)
            var notes: [(Int64, String, String, String, String)] = []
            let rows = try await connection.query(
                """
                SELECT id, title, body, tag_ids::text, topics::text FROM note
                WHERE search IS NULL AND deleted_at IS NULL
                """, logger: logger)
            for try await row in rows.decode((Int64, String, String, String, String).self) { notes.append(row) }
            for (id, title, body, tagIDs, topics) in notes {
                let tags = try JSONColumn.decode([Int64].self, from: tagIDs)
                let topicNames = try JSONColumn.decode([String].self, from: topics)
                let text = searchableTagText(
                    try await tagNames(tags, on: connection, logger: logger), tags: tags, topics: topicNames)
                let vector = vector([(title, "A"), (text, "B"), (body, "C")])
                try await connection.query(
                    "UPDATE note SET search = \(vector)::tsvector, search_tags = \(text) WHERE id = \(id)",
                    logger: logger)
            }
            var accounts: [(Int64, String, String)] = []
            for try await row in try await connection.query(
                "SELECT id, handle, display_name FROM account WHERE search IS NULL", logger: logger
            ).decode((Int64, String, String).self) {
                accounts.append(row)
            }
            for (id, handle, name) in accounts {
                try await connection.query(
                    "UPDATE account SET search = \(vector([(handle, "A"), (name, "B")]))::tsvector WHERE id = \(id)",
                    logger: logger)
            }
            var products: [Int64] = []
            for try await id in try await connection.query(
                "SELECT id FROM product WHERE search IS NULL", logger: logger
            )
            .decode(Int64.self) {
                products.append(id)
            }
            for product in products { try await indexProduct(product, on: connection, logger: logger) }
            var brands: [Suggestion] = []
            for try await name in try await connection.query("SELECT name FROM brand", logger: logger)
                .decode(String.self)
            {
                brands.append(Suggestion(text: name, kind: .brand, weight: 20))
            }
            try await offer(brands, on: connection, logger: logger)
            var topics: [String] = []
            for try await name in try await connection.query(
                "SELECT name FROM topic WHERE search IS NULL", logger: logger
            )
            .decode(String.self) {
                topics.append(name)
            }
            for name in topics {
                try await connection.query(
                    "UPDATE topic SET search = \(vector([(name, "A")]))::tsvector WHERE name = \(name)", logger: logger)
            }
            var tagNames: [Suggestion] = []
            let tags = try await connection.query(
                """
                SELECT name, english_name, aliases FROM tag
                WHERE NOT EXISTS (SELECT 1 FROM search_suggestion WHERE kind = 'tag')
                """, logger: logger)
            for try await (name, english, aliases) in tags.decode((String, String, String).self) {
                for text in [name, english] + aliases.split(separator: "|").map(String.init) where !text.isEmpty {
                    tagNames.append(Suggestion(text: text, kind: .tag, weight: 10))
                }
            }
            try await offer(tagNames, on: connection, logger: logger)
        }
    }
}
