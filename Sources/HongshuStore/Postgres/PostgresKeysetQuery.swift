import Foundation
import HongshuCore
import PostgresNIO

/// A newest-first page of rows: `SELECT … WHERE conditions [AND (time, id) < cursor]
/// ORDER BY time DESC, id DESC LIMIT n + 1`, with every value bound, never spliced.
struct PostgresKeysetQuery {
    let select: String
    private var conditions: [String] = []
    private var bindings = PostgresBindings()

    /// - Parameter select: `columns FROM table`, written by the store (never user input).
    init(select: String) { self.select = select }

    /// A condition without parameters, such as `deleted_at IS NULL`.
    mutating func filter(_ condition: String) { conditions.append(condition) }

    mutating func filter(_ column: String, equals value: Int64) {
        bindings.append(value)
        conditions.append("\(column) = $\(bindings.count)")
    }

    /// A condition with one text parameter, written `$?` in `condition` (`lower(place_city) = lower($?)`).
    mutating func filter(_ condition: String, text value: String) {
        bindings.append(value)
        conditions.append(condition.replacingOccurrences(of: "$?", with: "$\(bindings.count)"))
    }

    /// The query for one page, ordered by `time` then `id`, both descending.
    /// - Throws: ``CursorError`` for a cursor this server did not make.
    func page(_ page: PageRequest, time: String, id: String) throws -> PostgresQuery {
        var conditions = conditions
        var bindings = bindings
        if let cursor = page.cursor {
            let after = try TimeKey(cursor)
            bindings.append(after.time.exact)
            bindings.append(after.id)
            conditions.append("(\(time), \(id)) < ($\(bindings.count - 1), $\(bindings.count))")
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return PostgresQuery(
            unsafeSQL: "SELECT \(select) \(filter) ORDER BY \(time) DESC, \(id) DESC LIMIT \(page.limit + 1)",
            binds: bindings)
    }
}
