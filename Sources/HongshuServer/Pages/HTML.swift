import HongshuCore
import Hummingbird
import NIOCore

/// A fragment of HTML that is safe to send, escaped by construction: the literal parts of
/// `"<p>\(text)</p>"` are markup written by us (they must be `StaticString`s), and every
/// interpolated `String` is escaped. Only another `HTML` value is inserted as is.
///
/// Fragments are UTF-8 bytes, so a page is assembled with memory copies and never goes
/// through `String` (ANCHORS.md: bytes serve 3.5× the pages of a built `String`).
struct HTML: ExpressibleByStringInterpolation, Sendable {
    typealias StringLiteralType = StaticString
    private(set) var bytes: [UInt8]

    init(stringLiteral literal: StaticString) {
        bytes = literal.withUTF8Buffer { Array($0) }
    }

    init(stringInterpolation: StringInterpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Text shown as text: `<`, `&` and quotes are escaped.
    init(text: some StringProtocol) {
        bytes = []
        bytes.reserveCapacity(text.utf8.count)
        Self.appendEscaped(text, to: &bytes)
    }

    static let empty: HTML = ""

    /// Joins fragments, as `<li>` items.
    init(_ fragments: some Sequence<HTML>) {
        bytes = []
        for fragment in fragments { bytes.append(contentsOf: fragment.bytes) }
    }

    struct StringInterpolation: StringInterpolationProtocol {
        typealias StringLiteralType = StaticString
        var bytes: [UInt8]

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes = []
            bytes.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ text: String) { HTML.appendEscaped(text, to: &bytes) }
        mutating func appendInterpolation(_ text: Substring) { HTML.appendEscaped(text, to: &bytes) }
        mutating func appendInterpolation(_ html: HTML) { bytes.append(contentsOf: html.bytes) }
        mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { bytes.append(contentsOf: fragment.bytes) }
        }
        mutating func appendInterpolation(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }
        mutating func appendInterpolation<Subject>(_ id: Identifier<Subject>) {
            bytes.append(contentsOf: String(id.rawValue).utf8)
        }
        mutating func appendInterpolation(_ link: Link) { HTML.appendEscaped(link.path, to: &bytes) }
        /// `nil` writes nothing.
        mutating func appendInterpolation(_ html: HTML?) { if let html { bytes.append(contentsOf: html.bytes) } }
    }

    static func appendEscaped(_ text: some StringProtocol, to bytes: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
    }
}

extension Response {
    /// An HTML page response.
    static func html(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: html.bytes)))
    }
}
