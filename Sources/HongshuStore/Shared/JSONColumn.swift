import Foundation

/// Lists kept in one column as JSON text (tag ids, topics, media), the same in both backends.
enum JSONColumn {
    static func encode(_ value: some Encodable) -> String {
        // Encoding arrays of ids, strings and media cannot fail.
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
