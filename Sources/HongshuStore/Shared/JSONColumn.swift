import Foundation

/// Lists kept in one column as JSON text (tag ids, topics, media), the same in both backends.
enum JSONColumn {
    static func encode(_ value: some Encodable) -> String {
        // Encoding arrays of ids, strings and media cannot fail.
        String(decoding: (try? JSONEncoder().encode(value)) ?? Data("[]".utf8), as: UTF8.self)
    }

    /// An object of strings (an event's context), written directly: keys sorted, strings escaped as JSON
    /// requires. The event log writes one a row, and a `JSONEncoder` a row was most of an append's cost.
    static func encode(_ object: [String: String]) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, key) in object.keys.sorted().enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(key, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            appendString(object[key]!, to: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Ids as a JSON array (`[1,2,3]`), for `json_each(?)`: one prepared statement for lists of any length.
    static func ids(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// An array: an empty one without a `JSONDecoder` (most of a note's lists are empty).
    static func decode<Element: Decodable>(_ type: [Element].Type, from text: String) throws -> [Element] {
        text == "[]" ? [] : try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// An array of ids as this module writes them (`[1,-2,3]`), read directly: a page of notes holds a few
    /// lists each, and a `JSONDecoder` for each was a measurable part of a search's time. Anything else
    /// (spaces, another writer's JSON) takes the decoder.
    static func decode(_ type: [Int64].Type, from text: String) throws -> [Int64] {
        var values: [Int64] = []
        var utf8 = text.utf8.makeIterator()
        guard utf8.next() == UInt8(ascii: "[") else { return try JSONDecoder().decode(type, from: Data(text.utf8)) }
        var current: Int64 = 0
        var negative = false
        var digits = 0
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < 18 && (digits == 0 || current > 0):
                current = current * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-") where digits == 0 && !negative:
                negative = true
            case UInt8(ascii: ","), UInt8(ascii: "]"):
                if digits > 0 {
                    values.append(negative ? -current : current)
                } else if byte == UInt8(ascii: ",") || negative || !values.isEmpty {
                    return try JSONDecoder().decode(type, from: Data(text.utf8))
                }
                if byte == UInt8(ascii: "]") {
                    guard utf8.next() == nil else { return try JSONDecoder().decode(type, from: Data(text.utf8)) }
                    return values
                }
                current = 0
                negative = false
                digits = 0
            default:
                return try JSONDecoder().decode(type, from: Data(text.utf8))
            }
        }
        return try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
