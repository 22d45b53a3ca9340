import Foundation
import GRDB
import GRDBSQLite
import Search

/// The FTS5 tokenizer `hongshu`: documents are cut into ``Segmenter/indexTerms(_:)`` (Latin words, Chinese
/// bigrams); queries are terms Hongshu already made (``SQLiteSearchQuery``), separated by spaces.
final class HongshuTokenizer: FTS5CustomTokenizer {
    static let name = "hongshu"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?, nText: CInt,
        tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeRawBufferPointer(start: pText, count: Int(nText))
        let text = String(decoding: bytes, as: UTF8.self)
        let terms: [String]
        if tokenization.contains(.query) {
            terms = text.split(separator: " ").map(String.init)
        } else if text.hasPrefix(SQLiteSearchIndex.preparedMark) {
            // Terms computed before the write transaction (``SQLiteSearchIndex/prepared(_:)``).
            terms = text.dropFirst().split(separator: " ").map(String.init)
        } else {
            terms = Segmenter.shared.indexTerms(text).map(\.text)
        }
        for term in terms {
            var term = term
            let code = term.withUTF8 { utf8 in
                utf8.withMemoryRebound(to: CChar.self) { chars in
                    tokenCallback(context, 0, chars.baseAddress, CInt(chars.count), 0, CInt(nText))
                }
            }
            if code != SQLITE_OK { return code }
        }
        return SQLITE_OK
    }
}

/// The FTS5 auxiliary function `hongshu_rank(table, w₁…wₙ, df₁…dfₘ)`: BM25F over the table's n columns weighted
/// by w, with each of the query's m phrases weighted by an inverse document frequency made from its document count
/// df (estimated by ``SQLiteDocumentFrequencies``: FTS5's own `bm25()` counts every match of every phrase, which
/// is what makes common words slow). Only the rows a query returns are scored.
enum HongshuRankFunction {
    static let name = "hongshu_rank"
    static let k1 = 1.2
    static let b = 0.75

    static func register(in db: Database) {
        let api = FTS5.api(db)
        guard let create = api.pointee.xCreateFunction else { return }
        _ = create(UnsafeMutablePointer(mutating: api), name, nil, rank, nil)
    }

    private static let rank: fts5_extension_function = { api, fts, context, count, values in
        guard let api = api?.pointee, let fts, let values else { return }
        let columns = Int(api.xColumnCount(fts))
        let phrases = Int(api.xPhraseCount(fts))
        var rows: Int64 = 0
        _ = api.xRowCount(fts, &rows)
        var weights = [Double](repeating: 1, count: columns)
        var frequencies = [Double](repeating: 1, count: phrases)
        for index in 0..<Int(count) {
            let value = sqlite3_value_double(values[index])
            if index < columns {
                weights[index] = value
            } else if index - columns < phrases {
                frequencies[index - columns] = value
            }
        }
        // Lengths, normalised by each column's average.
        var normalisers = [Double](repeating: 1, count: columns)
        for column in 0..<columns {
            var total: Int64 = 0
            var size: CInt = 0
            _ = api.xColumnTotalSize(fts, CInt(column), &total)
            _ = api.xColumnSize(fts, CInt(column), &size)
            let average = rows > 0 ? max(Double(total) / Double(rows), 1) : 1
            normalisers[column] = 1 - b + b * Double(size) / average
        }
        var hits = [Double](repeating: 0, count: phrases)
        var instances: CInt = 0
        _ = api.xInstCount(fts, &instances)
        for instance in 0..<instances {
            var phrase: CInt = 0
            var column: CInt = 0
            var offset: CInt = 0
            guard api.xInst(fts, instance, &phrase, &column, &offset) == SQLITE_OK else { continue }
            hits[Int(phrase)] += weights[Int(column)] / normalisers[Int(column)]
        }
        var score = 0.0
        let documents = Double(max(rows, 1))
        for phrase in 0..<phrases where hits[phrase] > 0 {
            let df = min(max(frequencies[phrase], 1), documents)
            let idf = log(1 + (documents - df + 0.5) / (df + 0.5))
            score += idf * hits[phrase] * (k1 + 1) / (hits[phrase] + k1)
        }
        sqlite3_result_double(context, score)
    }
}

/// Turns a ``SearchQuery`` into an FTS5 query expression.
enum SQLiteSearchQuery {
    /// Every clause must match: phrases of quoted terms, and prefix queries. Terms are Hongshu's own (letters,
    /// digits and CJK characters only), quoted anyway.
    static func expression(_ query: SearchQuery) -> String {
        query.clauses.map(expression).joined(separator: " AND ")
    }

    static func expression(_ clause: SearchQuery.Clause) -> String {
        switch clause {
        case .phrase(let terms): "\"\(terms.map(quoted).joined(separator: " "))\""
        case .prefix(let text): "\"\(quoted(text))\" *"
        }
    }

    private static func quoted(_ term: String) -> String { term.replacingOccurrences(of: "\"", with: "\"\"") }
}

/// Document counts of query clauses, for IDF: exact up to a cap; beyond it, extrapolated from how far back in
/// rowid (time, for snowflake ids) the newest `cap` matches reach. Kept for ten minutes.
final class SQLiteDocumentFrequencies: @unchecked Sendable {
    private let lock = NSLock()
    private var cache: [String: (count: Double, at: Date)] = [:]
    let cap = 1_000

    /// `table` is the FTS5 table, `base` the table whose integer primary key its rowids are.
    func frequency(of clause: String, in table: String, base: String, db: Database) throws -> Double {
        let key = table + "\u{1}" + clause
        lock.lock()
        if let hit = cache[key], hit.at.timeIntervalSinceNow > -600 {
            lock.unlock()
            return hit.count
        }
        lock.unlock()
        // Table names are the store's own constants, never input.
        let rowids = try Int64.fetchAll(
            db.cachedStatement(
                sql: "SELECT rowid FROM \(table) WHERE \(table) MATCH ? ORDER BY rowid DESC LIMIT \(cap)"),
            arguments: [clause])
        var count = Double(rowids.count)
        if rowids.count >= cap, let high = rowids.first, let low = rowids.last, high > low {
            // Two subqueries: SQLite answers a lone min() or max() from the index, but both in one SELECT by a scan.
            let bounds = try Row.fetchOne(
                db, sql: "SELECT (SELECT min(id) FROM \(base)) AS low, (SELECT max(id) FROM \(base)) AS high")
            if let first = bounds?["low"] as Int64?, let last = bounds?["high"] as Int64? {
                count = count * Double(last - first) / Double(high - low)
            }
        }
        lock.lock()
        if cache.count > 50_000 { cache.removeAll() }
        cache[key] = (count, Date())
        lock.unlock()
        return count
    }
}
