import Foundation
import HongshuCore
import Hummingbird

extension Parameters {
    /// A path id, or a 400 naming the parameter.
    func id<Subject>(_ name: String = "id", as type: Identifier<Subject>.Type = Identifier<Subject>.self) throws
        -> Identifier<Subject>
    {
        guard let text = self.get(name), let id = Identifier<Subject>(text) else { throw RequestError.badID(name) }
        return id
    }
}

extension Request {
    /// `?limit=` (1–100, default 20) and `?cursor=` from the query string.
    /// `checksCursor: false` leaves the cursor to the operation (search cursors are not time keys).
    func pageRequest(defaultLimit: Int = 20, cursorName: String = "cursor", checksCursor: Bool = true) throws
        -> PageRequest
    {
        let query = uri.queryParameters
        var limit = defaultLimit
        if let text = query.get("limit") {
            guard let value = Int(text), (1...PageRequest.maximumLimit).contains(value) else {
                throw RequestError.badParameter("limit", "must be a whole number from 1 to \(PageRequest.maximumLimit)")
            }
            limit = value
        }
        let cursor = query.get(cursorName).flatMap { $0.isEmpty ? nil : Cursor(rawValue: $0) }
        if checksCursor, let cursor { _ = try TimeKey(cursor) }  // refuse a foreign cursor before any work
        return PageRequest(limit: limit, after: cursor)
    }

    /// An optional time in the query string (`2026-11-27` or `2026-11-27T08:00:00Z`); a 400 if it is neither.
    func queryDate(_ name: String) throws -> Date? {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        let full = ISO8601DateFormatter()
        let day = ISO8601DateFormatter()
        day.formatOptions = [.withFullDate]
        guard let date = full.date(from: String(text)) ?? day.date(from: String(text)) else {
            throw RequestError.badParameter(name, "must be a date (2026-11-27) or a time (2026-11-27T08:00:00Z)")
        }
        return date
    }

    /// An optional id in the query string; a 400 if present but not an id.
    func queryID<Subject>(_ name: String, as type: Identifier<Subject>.Type = Identifier<Subject>.self) throws
        -> Identifier<Subject>?
    {
        guard let text = uri.queryParameters.get(name), !text.isEmpty else { return nil }
        guard let id = Identifier<Subject>(text) else { throw RequestError.badID(name) }
        return id
    }
}

extension Request {
    /// A JSON body that may be left out: `nil` when the body is empty.
    /// - Throws: a 400 with `problem` as its message when the body is not JSON of that shape.
    func decodeIfPresent<T: Decodable>(as type: T.Type, context: AppRequestContext, problem: String) async throws -> T?
    {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { return nil }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch is DecodingError {
            throw HTTPError(.badRequest, message: problem)
        }
    }
}
