import Commerce
import Community
import HongshuCore

/// Turns notes into what clients see, fetching their authors, mentioned users, tags, counts and
/// (for a signed-in viewer) their own likes and collects in one batch per page, never one
/// query per note.
struct NoteDirectory: Sendable {
    let accounts: Accounts
    let taxonomy: Taxonomy
    let likes: Likes
    let boards: Boards
    let products: ProductDirectory
    let reviews: Reviews

    func json(_ notes: [Note], viewer: User.ID? = nil) async throws -> [NoteJSON] {
        let ids = notes.map(\.id)
        let users = try await accounts.users(notes.flatMap { [$0.author] + $0.mentions })
        let tags = Dictionary(
            uniqueKeysWithValues: try await taxonomy.tags(Array(Set(notes.flatMap(\.tags)))).map { ($0.id, $0) })
        let stats = try await likes.stats(ids)
        let liked = try await viewer.asyncMap { try await likes.liked(ids, by: $0) }
        let collected = try await viewer.asyncMap { try await boards.collected(ids, by: $0) }
        let cards = try await products.cards(Array(Set(notes.flatMap(\.products))))
        let purchases = try await reviews.reviews(notes: ids)
        return notes.compactMap { note in
            guard let author = users[note.author] else { return nil }
            return NoteJSON(
                id: note.id.description, author: UserSummaryJSON(author), title: note.title, body: note.body,
                tags: note.tags.compactMap { tags[$0].map(TagJSON.init) }, topics: note.topics,
                media: note.media.map {
                    MediaJSON(kind: $0.kind.rawValue, url: $0.url, width: $0.width, height: $0.height)
                },
                place: note.place.map { PlaceJSON(name: $0.name, city: $0.city, lat: $0.latitude, lon: $0.longitude) },
                mentions: note.mentions.compactMap { users[$0].map(UserSummaryJSON.init) },
                publishedAt: note.publishedAt, stats: NoteStatsJSON(stats[note.id] ?? NoteStats()),
                likedByMe: liked.map { $0.contains(note.id) }, collectedByMe: collected.map { $0.contains(note.id) },
                products: note.products.compactMap { cards[$0] },
                purchase: purchases[note.id].map {
                    PurchaseJSON(orderId: $0.order.description, productId: $0.product.description, rating: $0.rating)
                })
        }
    }

    func json(_ note: Note, viewer: User.ID? = nil) async throws -> NoteJSON {
        guard let json = try await json([note], viewer: viewer).first else {
            throw AccountError.userNotFound(note.author)
        }
        return json
    }

    func cards(_ notes: [Note]) async throws -> [NoteCard] {
        let authors = try await accounts.users(notes.map(\.author))
        let stats = try await likes.stats(notes.map(\.id))
        return notes.compactMap { note in
            authors[note.author].map { NoteCard(note: note, author: $0, likes: stats[note.id]?.likes ?? 0) }
        }
    }
}
