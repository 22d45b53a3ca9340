import Foundation

/// Which database to open, from one `--db` URL:
/// `sqlite:PATH`, `sqlite::memory:` or `postgres://user:pass@host:port/db`.
public enum DatabaseURL: Hashable, Sendable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(PostgresSettings)

    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public init(parsing text: String) throws {
        if text == "sqlite::memory:" || text == ":memory:" {
            self = .sqliteMemory
        } else if text.hasPrefix("sqlite:") {
            var path = String(text.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path.removeFirst(2) }  // sqlite://PATH
            guard !path.isEmpty else {
                throw ParseError(description: "sqlite: needs a file path, as in sqlite:hongshu.sqlite")
            }
            self = .sqliteFile(path: path)
        } else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(try PostgresSettings(url: text))
        } else if !text.contains("://") && !text.isEmpty {
            self = .sqliteFile(path: text)  // a bare path is a SQLite file
        } else {
            throw ParseError(
                description: "--db takes sqlite:PATH, sqlite::memory: or postgres://user:pass@host:port/db")
        }
    }

    /// The URL with any password hidden, for logs.
    public var description: String {
        switch self {
        case .sqliteFile(let path): "sqlite:\(path)"
        case .sqliteMemory: "sqlite::memory:"
        case .postgres(let settings): settings.description
        }
    }
}

/// Where a PostgreSQL server is and how to sign in to it.
public struct PostgresSettings: Hashable, Sendable, CustomStringConvertible {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// `require` when the URL asks for `sslmode=require`; otherwise TLS is not used.
    public var requireTLS: Bool
    /// The schema to create tables in (`search_path`); `nil` for the server's default.
    public var schema: String?

    public init(url text: String) throws {
        guard let components = URLParts(text) else {
            throw DatabaseURL.ParseError(
                description: "Cannot read the PostgreSQL URL (postgres://user:pass@host:port/db)")
        }
        host = components.host.isEmpty ? "localhost" : components.host
        port = components.port ?? 5432
        user = components.user ?? "postgres"
        password = components.password
        database = components.path.isEmpty ? user : components.path
        requireTLS = components.query["sslmode"] == "require"
        schema = components.query["schema"]
    }

    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }
}

/// A minimal URL reader (Foundation's URL rejects some valid passwords), percent-decoding parts.
struct URLParts {
    var user: String?
    var password: String?
    var host = ""
    var port: Int?
    var path = ""
    var query: [String: String] = [:]

    init?(_ text: String) {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        var rest = Substring(text[schemeEnd.upperBound...])
        if let q = rest.firstIndex(of: "?") {
            for pair in rest[rest.index(after: q)...].split(separator: "&") {
                let kv = pair.split(separator: "=", maxSplits: 1)
                query[String(kv[0]).removingPercentEncodingSafely] =
                    kv.count > 1 ? String(kv[1]).removingPercentEncodingSafely : ""
            }
            rest = rest[..<q]
        }
        if let slash = rest.firstIndex(of: "/") {
            path = String(rest[rest.index(after: slash)...]).removingPercentEncodingSafely
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            if let colon = credentials.firstIndex(of: ":") {
                user = String(credentials[..<colon]).removingPercentEncodingSafely
                password = String(credentials[credentials.index(after: colon)...]).removingPercentEncodingSafely
            } else {
                user = String(credentials).removingPercentEncodingSafely
            }
            rest = rest[rest.index(after: at)...]
        }
        if let colon = rest.lastIndex(of: ":"), !rest.hasSuffix("]") {
            guard let number = Int(rest[rest.index(after: colon)...]) else { return nil }
            port = number
            rest = rest[..<colon]
        }
        host = String(rest).trimmingBrackets
    }
}

extension String {
    fileprivate var removingPercentEncodingSafely: String {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    fileprivate var trimmingBrackets: String {
        hasPrefix("[") && hasSuffix("]") ? String(dropFirst().dropLast()) : self
    }
}
