import Foundation
import HongshuCore

/// An event as a client reports it (`POST /api/v1/events`): what only the client can see, such as a note card
/// that was actually on screen. Everything the server sees itself (reads, likes, clicks through its routes,
/// purchases) it records itself, so a client cannot count it twice or forge it.
public struct ReportedEvent: Hashable, Sendable {
    /// The client's own id for the event: a retried batch is not counted twice.
    public var clientID: String
    public var kind: String
    public var subject: Event.Subject
    public var context: [String: String]
    /// When it happened, by the client's clock.
    public var at: Date
    public var session: String?

    public init(
        clientID: String, kind: String, subject: Event.Subject, context: [String: String] = [:], at: Date,
        session: String? = nil
    ) {
        self.clientID = clientID
        self.kind = kind
        self.subject = subject
        self.context = context
        self.at = at
        self.session = session
    }
}

/// A batch of reported events, with the client's clock when it sent them (to correct the client's clock).
public struct EventReport: Hashable, Sendable {
    public var events: [ReportedEvent]
    /// The client's clock when the batch left; the difference from the server's clock is added to every event.
    public var sentAt: Date?

    public init(events: [ReportedEvent], sentAt: Date? = nil) {
        self.events = events
        self.sentAt = sentAt
    }

    public static let limit = 500
    /// What clients may report.
    public static let kinds: Set<Event.Kind> = [.impression, .checkIn]
    public static let subjectTypes: Set<String> = ["note", "product", "user"]
    /// Context keys a client may set, and the longest value.
    public static let contextKeys: Set<String> = ["surface", "position", "searchId", "campaign", "creator", "tag"]
    public static let valueLimit = 100
    /// Events older than this (after clock correction) are not kept: attribution looks back at most this far.
    public static let oldest: TimeInterval = 7 * 86_400
}

/// What became of a report.
public struct ReportOutcome: Hashable, Sendable {
    /// Events appended now.
    public var accepted: Int
    /// Events already reported (the same client id from the same person or device).
    public var duplicates: Int
    /// Events too old to keep (after correcting the client's clock).
    public var stale: Int

    public init(accepted: Int = 0, duplicates: Int = 0, stale: Int = 0) {
        self.accepted = accepted
        self.duplicates = duplicates
        self.stale = stale
    }
}

public enum EventReportError: DomainError, Equatable {
    case empty
    case tooMany
    case noReporter
    case deviceInvalid
    case clientIDInvalid(index: Int)
    case kindNotReported(index: Int, kind: String)
    case subjectInvalid(index: Int)
    case contextInvalid(index: Int, key: String)
    case sessionInvalid(index: Int)

    public var kind: DomainErrorKind { .invalid }

    public var code: String {
        switch self {
        case .empty: "events.empty"
        case .tooMany: "events.too_many"
        case .noReporter: "events.device_required"
        case .deviceInvalid: "events.device_invalid"
        case .clientIDInvalid: "events.client_id_invalid"
        case .kindNotReported: "events.kind_not_reported"
        case .subjectInvalid: "events.subject_invalid"
        case .contextInvalid: "events.context_invalid"
        case .sessionInvalid: "events.session_invalid"
        }
    }

    public var message: String {
        switch self {
        case .empty: "A report has at least one event."
        case .tooMany: "A report has at most \(EventReport.limit) events."
        case .noReporter: "Without signing in, a report names its device (the X-Device-Id header)."
        case .deviceInvalid: "A device id is 8 to 64 letters, digits, '-' or '_'."
        case .clientIDInvalid(let index):
            "Event \(index): clientEventId is 1 to 64 letters, digits, '-', '_', '.' or ':'."
        case .kindNotReported(let index, let kind):
            "Event \(index): clients report \(EventReport.kinds.map(\.rawValue).sorted().joined(separator: ", ")); "
                + "the server records \(kind.isEmpty ? "other kinds" : "'\(kind)'") itself."
        case .subjectInvalid(let index):
            "Event \(index): the subject is a note, product or user with a positive id."
        case .contextInvalid(let index, let key):
            "Event \(index): context '\(key)' is not one of "
                + "\(EventReport.contextKeys.sorted().joined(separator: ", ")), or its value is too long or malformed."
        case .sessionInvalid(let index): "Event \(index): a session id is at most 64 characters."
        }
    }
}

extension EventLog {
    /// Appends what a client reports, once per client event id, with the client's clock corrected by the
    /// server's: each event's time moves by the difference between the server's clock and the batch's `sentAt`,
    /// and never into the future. The whole batch is checked before anything is written.
    /// - Throws: ``EventReportError`` for a malformed batch (nothing is written).
    public func report(_ report: EventReport, by user: UserID?, device: String?) async throws -> ReportOutcome {
        guard !report.events.isEmpty else { throw EventReportError.empty }
        guard report.events.count <= EventReport.limit else { throw EventReportError.tooMany }
        if let device, !Self.isDeviceID(device) { throw EventReportError.deviceInvalid }
        let actor: String
        if let user {
            actor = "u:\(user.rawValue)"
        } else if let device {
            actor = "d:\(device)"
        } else {
            throw EventReportError.noReporter
        }
        let received = now().truncatedToMilliseconds
        let shift = report.sentAt.map { received.timeIntervalSince($0) } ?? 0
        var outcome = ReportOutcome()
        var accepted: [(event: Event, actor: String, clientID: String)] = []
        var seen: Set<String> = []
        for (index, reported) in report.events.enumerated() {
            guard Self.isClientID(reported.clientID) else { throw EventReportError.clientIDInvalid(index: index) }
            guard let kind = Event.Kind(rawValue: reported.kind), EventReport.kinds.contains(kind) else {
                throw EventReportError.kindNotReported(index: index, kind: reported.kind)
            }
            guard EventReport.subjectTypes.contains(reported.subject.type), reported.subject.id > 0 else {
                throw EventReportError.subjectInvalid(index: index)
            }
            for (key, value) in reported.context {
                guard EventReport.contextKeys.contains(key), value.count <= EventReport.valueLimit,
                    key != "position" || Int(value).map({ $0 >= 1 && $0 <= 10_000 }) == true
                else { throw EventReportError.contextInvalid(index: index, key: key) }
            }
            if let session = reported.session, session.isEmpty || session.count > 64 {
                throw EventReportError.sessionInvalid(index: index)
            }
            let at = min(reported.at.addingTimeInterval(shift), received).truncatedToMilliseconds
            guard at >= received.addingTimeInterval(-EventReport.oldest) else {
                outcome.stale += 1
                continue
            }
            guard seen.insert(reported.clientID).inserted else {
                outcome.duplicates += 1
                continue
            }
            let event = Event(
                id: newID(), at: at, user: user, kind: kind, subject: reported.subject, context: reported.context,
                device: device, session: reported.session)
            accepted.append((event, actor, reported.clientID))
        }
        let appended = try await store.append(reported: accepted)
        let fresh = accepted.map(\.event).filter { appended.contains($0.id) }
        await reads.add(fresh)
        await observer?.observe(fresh, lateBefore: received)
        await Self.writeReads(after: reads, store, all: buffer == nil)
        outcome.accepted = appended.count
        outcome.duplicates += accepted.count - appended.count
        return outcome
    }

    /// Removes events older than `age` (the retention setting); returns how many went.
    public func prune(olderThan age: TimeInterval) async throws -> Int {
        try await store.prune(before: now().addingTimeInterval(-age))
    }

    /// 1 to 64 letters, digits and `-_.:`.
    static func isClientID(_ text: String) -> Bool { isToken(text, length: 1...64, punctuation: "-_.:") }

    /// 8 to 64 letters, digits and `-_`.
    static func isDeviceID(_ text: String) -> Bool { isToken(text, length: 8...64, punctuation: "-_") }

    private static func isToken(_ text: String, length: ClosedRange<Int>, punctuation: String) -> Bool {
        let allowed = Set(punctuation.utf8)
        return length.contains(text.utf8.count)
            && text.utf8.allSatisfy { byte in
                byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || allowed.contains(byte)
            }
    }
}
