import Foundation
import HTTPTypes
import HongshuCore
import Hummingbird
import NIOCore

/// An error as the API shows it: a status and `{"error": {"code", "message"}}`.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let code: String
    let message: String
    var retryAfterSeconds: Int?

    init(status: HTTPResponse.Status, code: String, message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// The one place domain errors become HTTP statuses.
    init(_ error: any DomainError) {
        var retryAfter: Int?
        let status: HTTPResponse.Status
        switch error.kind {
        case .invalid: status = .unprocessableContent
        case .malformed: status = .badRequest
        case .unauthenticated: status = .unauthorized
        case .forbidden: status = .forbidden
        case .notFound: status = .notFound
        case .conflict: status = .conflict
        case .paymentRequired: status = HTTPResponse.Status(code: 402, reasonPhrase: "Payment Required")
        case .unavailable: status = .serviceUnavailable
        case .rateLimited(let seconds):
            status = .tooManyRequests
            retryAfter = seconds
        }
        self.init(status: status, code: error.code, message: error.message, retryAfterSeconds: retryAfter)
    }

    /// Errors raised by Hummingbird itself (no route, unreadable body, body too large).
    init(_ error: any HTTPResponseError) {
        let status = error.status
        let code =
            switch status {
            case .notFound: "route.not_found"
            case .contentTooLarge: "request.too_large"
            case .badRequest: "request.malformed"
            case .methodNotAllowed: "route.method_not_allowed"
            case .unsupportedMediaType: "request.unsupported_media_type"
            default: status.code < 500 ? "request.rejected" : "server.error"
            }
        let message =
            switch status {
            case .notFound: "There is nothing at this address."
            case .contentTooLarge: "The request body is too large."
            case .badRequest: (error as? HTTPError)?.body ?? "The request could not be read."
            default: status.reasonPhrase
            }
        self.init(status: status, code: code, message: message)
    }

    static let `internal` = APIError(
        status: .internalServerError, code: "server.error", message: "Something went wrong on our side.")

    private struct Body: Encodable {
        struct Detail: Encodable { let code: String; let message: String }
        let error: Detail
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(Body(error: .init(code: code, message: message)))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let retryAfterSeconds { headers[.retryAfter] = String(retryAfterSeconds) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// A malformed part of a request (a path id, a query parameter, a cursor).
struct RequestError: DomainError {
    let code: String
    let message: String
    var kind: DomainErrorKind { .malformed }

    static func badID(_ name: String) -> RequestError {
        RequestError(
            code: "request.bad_id", message: "The \(name) must be a positive 64-bit number written in decimal.")
    }

    static func badParameter(_ name: String, _ rule: String) -> RequestError {
        RequestError(code: "request.bad_parameter", message: "The parameter \(name) \(rule).")
    }
}
