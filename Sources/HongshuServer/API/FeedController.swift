import Community
import Discovery
import Foundation
import HongshuCore
import Hummingbird

/// `/feed`: the discovery feed (personal when signed in), following, nearby, "why am I seeing this?",
/// "not interested"; `/me/interests`: the interest profile and onboarding picks.
struct FeedController {
    let feeds: Feeds
    let directory: NoteDirectory
    let feedDirectory: FeedDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("feed", use: discover)
        members.get("feed/following", use: following)
        open.get("feed/nearby", use: nearby)
        open.get("feed/explain/:id", use: explain)
        members.post("feed/not-interested", use: notInterested)
        members.get("me/interests", use: interests)
        members.put("me/interests", use: pick)
    }

    func discover(request: Request, context: AppRequestContext) async throws -> ListJSON<NoteJSON> {
        let viewer = context.user?.id
        let page = try await feeds.discover(for: viewer, page: try request.pageRequest(checksCursor: false))
        let notes = try await feedDirectory.notes(page.items)
        return ListJSON(items: try await directory.json(notes, viewer: viewer), next: page.next)
    }

    func following(request: Request, context: AppRequestContext) async throws -> ListJSON<NoteJSON> {
        let viewer = try context.requireUser().id
        let page = try await feeds.following(for: viewer, page: try request.pageRequest())
        let notes = try await feedDirectory.notes(page.items)
        return ListJSON(items: try await directory.json(notes, viewer: viewer), next: page.next)
    }

    func nearby(request: Request, context: AppRequestContext) async throws -> ListJSON<NearbyNoteJSON> {
        let place = try request.nearbyPlace()
        let page = try await feeds.nearby(
            place, page: try request.pageRequest(checksCursor: { if case .city = place { true } else { false } }()))
        let notes = try await feedDirectory.notes(page.items.map(\.note))
        let meters = Dictionary(uniqueKeysWithValues: page.items.map { ($0.note, $0.meters) })
        let json = try await directory.json(notes, viewer: context.user?.id)
        return ListJSON(
            items: zip(notes, json).map { NearbyNoteJSON(note: $1, distanceMeters: meters[$0.id] ?? nil) },
            next: page.next)
    }

    func explain(request: Request, context: AppRequestContext) async throws -> FeedExplanationJSON {
        let note = try context.parameters.id(as: NoteID.self)
        let explanation = try await feeds.explain(note, for: context.user?.id)
        return FeedExplanationJSON(explanation, reasons: try await feedDirectory.reasons(explanation))
    }

    func notInterested(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        let body = try await request.decode(as: NotInterestedJSON.self, context: context)
        guard let note = NoteID(body.noteId) else { throw RequestError.badID("noteId") }
        let reason: NotInterestedReason
        if let text = body.reason {
            guard let known = NotInterestedReason(rawValue: text) else {
                throw RequestError.badParameter("reason", "must be note, tag or author")
            }
            reason = known
        } else {
            reason = .note
        }
        try await feeds.profiles.notInterested(in: note, because: reason, by: try context.requireUser().id)
        return .noContent
    }

    func interests(request: Request, context: AppRequestContext) async throws -> InterestsJSON {
        try await interestsJSON(try await feeds.profiles.profile(of: try context.requireUser().id))
    }

    func pick(request: Request, context: AppRequestContext) async throws -> InterestsJSON {
        let body = try await request.decode(as: PickJSON.self, context: context)
        var tags: [TagID] = []
        for text in body.tagIds {
            guard let id = TagID(text) else { throw RequestError.badID("tagIds") }
            tags.append(id)
        }
        return try await interestsJSON(try await feeds.profiles.pick(tags, by: try context.requireUser().id))
    }

    private func interestsJSON(_ profile: InterestProfile) async throws -> InterestsJSON {
        let tags = profile.top("tag", 50)
        let authors = profile.top("author", 20)
        let known = Dictionary(
            uniqueKeysWithValues: try await feedDirectory.taxonomy.tags(
                tags.compactMap { if case .tag(let id) = $0.key { id } else { nil } }
            ).map { ($0.id, $0) })
        let users = try await feedDirectory.accounts.users(
            authors.compactMap { if case .author(let id) = $0.key { id } else { nil } })
        return InterestsJSON(
            tags: tags.compactMap { item in
                guard case .tag(let id) = item.key, let tag = known[id] else { return nil }
                return .init(tag: TagJSON(tag), weight: item.weight)
            },
            topics: profile.top("topic", 20).map { .init(topic: $0.key.key, weight: $0.weight) },
            authors: authors.compactMap { item in
                guard case .author(let id) = item.key, let user = users[id] else { return nil }
                return .init(user: UserSummaryJSON(user), weight: item.weight)
            })
    }
}

extension Request {
    /// `?city=` or `?lat=&lon=[&radius=]` (metres, default 5,000); a 400 when neither is given or a number is not one.
    func nearbyPlace() throws -> NearbyPlace {
        let query = uri.queryParameters
        if let city = query.get("city"), !city.isEmpty { return .city(String(city)) }
        guard let latText = query.get("lat"), let lonText = query.get("lon") else {
            throw RequestError.badParameter("city", "give a city, or lat and lon")
        }
        guard let latitude = Double(String(latText)), latitude.isFinite else {
            throw RequestError.badParameter("lat", "must be a number of degrees")
        }
        guard let longitude = Double(String(lonText)), longitude.isFinite else {
            throw RequestError.badParameter("lon", "must be a number of degrees")
        }
        var radius = NearbyPlace.defaultRadius
        if let text = query.get("radius"), !text.isEmpty {
            guard let value = Double(String(text)), value.isFinite else {
                throw RequestError.badParameter("radius", "must be a number of metres")
            }
            radius = value
        }
        return .point(latitude: latitude, longitude: longitude, radius: radius)
    }
}

struct NearbyNoteJSON: ResponseCodable {
    let note: NoteJSON
    let distanceMeters: Double?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(note, forKey: .note)
        try container.encode(distanceMeters, forKey: .distanceMeters)  // null for a city, not absent
    }
}

struct NotInterestedJSON: Decodable {
    let noteId: String
    let reason: String?
}

struct PickJSON: Decodable {
    let tagIds: [String]
}

struct InterestsJSON: ResponseCodable {
    struct TagWeight: Codable, Sendable {
        let tag: TagJSON
        let weight: Double
    }
    struct TopicWeight: Codable, Sendable {
        let topic: String
        let weight: Double
    }
    struct AuthorWeight: Codable, Sendable {
        let user: UserSummaryJSON
        let weight: Double
    }
    let tags: [TagWeight]
    let topics: [TopicWeight]
    let authors: [AuthorWeight]
}

struct FeedExplanationJSON: ResponseCodable {
    struct Part: Codable, Sendable {
        let name: String
        let value: Double
        let raw: Double
    }
    struct Reason: Codable, Sendable {
        let kind: String
        let weight: Double
        let text: String
        let tag: TagJSON?
        let user: UserSummaryJSON?
        let topic: String?
    }
    let noteId: String
    let score: Double
    let personal: Bool
    let parts: [Part]
    let reasons: [Reason]

    init(_ explanation: FeedExplanation, reasons: [ExplainedReason]) {
        noteId = explanation.note.id.description
        score = explanation.score.total
        personal = explanation.personal
        parts = explanation.score.parts.map { Part(name: $0.name, value: $0.value, raw: $0.raw) }
        self.reasons = reasons.map {
            Reason(
                kind: $0.kind, weight: $0.weight, text: $0.text, tag: $0.tag.map(TagJSON.init),
                user: $0.user.map(UserSummaryJSON.init), topic: $0.topic)
        }
    }
}
