import Community
import HongshuCore
import Hummingbird
import Insights

/// `/notes`: publishing, reading, listing and deleting notes.
struct NotesController {
    let notes: Notes
    let events: EventLog
    let directory: NoteDirectory

    func addRoutes(public open: RouterGroup<AppRequestContext>, members: RouterGroup<AppRequestContext>) {
        open.get("notes", use: latest)
        open.get("notes/:id", use: note)
        members.post("notes", use: publish)
        members.delete("notes/:id", use: delete)
    }

    struct PublishInput: Decodable {
        struct MediaInput: Decodable { let kind: Media.Kind; let url: String; let width: Int; let height: Int }
        struct PlaceInput: Decodable { let name: String; let city: String?; let lat: Double?; let lon: Double? }
        let title: String
        let body: String?
        let tagIds: [String]?
        let topics: [String]?
        let media: [MediaInput]?
        let place: PlaceInput?
        let productIds: [String]?

        func draft() throws -> NoteDraft {
            let tags = try (tagIds ?? []).map { text in
                guard let id = TagID(text) else { throw RequestError.badID("tagIds") }
                return id
            }
            return NoteDraft(
                title: title, body: body ?? "", tags: tags, topics: topics ?? [],
                media: (media ?? []).map { Media(kind: $0.kind, url: $0.url, width: $0.width, height: $0.height) },
                place: place.map { Place(name: $0.name, city: $0.city, latitude: $0.lat, longitude: $0.lon) },
                products: try (productIds ?? []).map { text in
                    guard let id = ProductID(text) else { throw RequestError.badID("productIds") }
                    return id
                })
        }
    }

    func publish(request: Request, context: AppRequestContext) async throws -> EditedResponse<NoteJSON> {
        let input = try await request.decode(as: PublishInput.self, context: context)
        let note = try await notes.publish(try input.draft(), by: try context.requireUser().id)
        return EditedResponse(status: .created, response: try await directory.json(note, viewer: context.user?.id))
    }

    /// A note; reading it is an event (surface `api`).
    func note(request: Request, context: AppRequestContext) async throws -> NoteJSON {
        let note = try await notes.note(try context.parameters.id(as: NoteID.self))
        try await events.record(.read, by: context.user?.id, on: .note(note.id), context: ["surface": "api"])
        return try await directory.json(note, viewer: context.user?.id)
    }

    func latest(request: Request, context: AppRequestContext) async throws -> ListJSON<NoteJSON> {
        let page = try await notes.latest(page: try request.pageRequest())
        return ListJSON(items: try await directory.json(page.items, viewer: context.user?.id), next: page.next)
    }

    func delete(request: Request, context: AppRequestContext) async throws -> HTTPResponse.Status {
        try await notes.delete(try context.parameters.id(as: NoteID.self), by: try context.requireUser().id)
        return .noContent
    }
}
