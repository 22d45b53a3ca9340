import Community
import Foundation
import HTTPTypes
import HongshuCore
import Hummingbird
import Insights

/// `POST /events`: a batch of what a client saw (impressions, check-ins), by a signed-in person or an anonymous
/// device (`X-Device-Id`).
struct EventsController {
    let events: EventLog

    func addRoutes(public open: RouterGroup<AppRequestContext>) {
        open.post("events", use: report)
    }

    func report(request: Request, context: AppRequestContext) async throws -> ReportOutcomeJSON {
        let body = try await request.decode(as: EventReportJSON.self, context: context)
        var reported: [ReportedEvent] = []
        for (index, event) in body.events.enumerated() {
            guard let id = Int64(event.subject.id) else { throw EventReportError.subjectInvalid(index: index) }
            reported.append(
                ReportedEvent(
                    clientID: event.clientEventId, kind: event.kind,
                    subject: Event.Subject(type: event.subject.type, id: id), context: event.context ?? [:],
                    at: event.at, session: event.sessionId))
        }
        let device = request.headers[.deviceID]
        let outcome = try await events.report(
            EventReport(events: reported, sentAt: body.sentAt), by: context.user?.id, device: device)
        return ReportOutcomeJSON(accepted: outcome.accepted, duplicates: outcome.duplicates, stale: outcome.stale)
    }
}

struct EventReportJSON: Decodable {
    struct Subject: Decodable {
        let type: String
        let id: String
    }

    struct Reported: Decodable {
        let clientEventId: String
        let kind: String
        let subject: Subject
        let context: [String: String]?
        let at: Date
        let sessionId: String?
    }

    let events: [Reported]
    /// The client's clock when it sent the batch.
    let sentAt: Date?
}

struct ReportOutcomeJSON: ResponseCodable {
    let accepted: Int
    let duplicates: Int
    let stale: Int
}

extension HTTPField.Name {
    /// The anonymous device a client reports events from.
    public static let deviceID = HTTPField.Name("X-Device-Id")!
}
