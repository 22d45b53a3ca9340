import HongshuCore
import Hummingbird
import NIOCore

/// The fields of an `application/x-www-form-urlencoded` body; a name may repeat (checkboxes).
struct FormData: Sendable {
    private var pairs: [(String, String)] = []

    init(_ body: String) {
        for part in body.split(separator: "&") where !part.isEmpty {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((Self.decode(kv[0]), kv.count > 1 ? Self.decode(kv[1]) : ""))
        }
    }

    /// The first value of a field, or "" when absent.
    subscript(name: String) -> String { pairs.first { $0.0 == name }?.1 ?? "" }

    /// Whether the form sent a field of this name (possibly empty).
    func has(_ name: String) -> Bool { pairs.contains { $0.0 == name } }

    /// Every value of a repeated field.
    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    private static func decode(_ text: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                if let high = iterator.next(), let low = iterator.next(), let value = hexValue(high, low) {
                    bytes.append(value)
                }
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ high: UInt8, _ low: UInt8) -> UInt8? {
        func nibble(_ c: UInt8) -> UInt8? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        guard let h = nibble(high), let l = nibble(low) else { return nil }
        return h << 4 | l
    }
}

/// A form sent without the page's CSRF token (an old tab, or another site).
struct FormExpiredError: DomainError {
    var kind: DomainErrorKind { .forbidden }
    var code: String { "form.expired" }
    var message: String { "This form has expired. Go back, reload the page and try again." }
}

extension Request {
    /// The submitted form, after checking its CSRF token against the cookie.
    /// - Throws: ``FormExpiredError`` when the token is missing or wrong.
    func form(context: AppRequestContext) async throws -> FormData {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        let form = FormData(String(buffer: buffer))
        guard CSRFMiddleware.matches(form["_csrf"], context.csrfToken) else { throw FormExpiredError() }
        return form
    }
}
