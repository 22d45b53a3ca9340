import Commerce
import Community
import Foundation
import HongshuCore

/// Writes a world as it is stored, read back through the domain: one JSON object a line, in a
/// canonical order (people by id with their counts and whom they follow, then notes by id). Two
/// exports are equal exactly when the worlds are.
public struct WorldExport: Sendable {
    let accounts: Accounts
    let notes: Notes
    let follows: Follows
    let likes: Likes
    let comments: Comments
    let products: Products?

    public init(
        accounts: Accounts, notes: Notes, follows: Follows, likes: Likes, comments: Comments, products: Products? = nil
    ) {
        self.products = products
        self.comments = comments
        self.accounts = accounts
        self.notes = notes
        self.follows = follows
        self.likes = likes
    }

    struct PersonLine: Encodable {
        let id: String, handle: String, displayName: String, joinedAt: Date
        let notes: Int, followers: Int, following: [String]
    }

    struct NoteLine: Encodable {
        let id: String, author: String, title: String, body: String, tags: [String], topics: [String]
        let media: [Media], place: String?, mentions: [String], publishedAt: Date, likes: Int, collects: Int
        let comments: Int, products: [String]
    }

    /// A product with each SKU's price and the stock left (which the world's purchases drew down).
    struct ProductLine: Encodable {
        let id: String, brand: String, name: String, tags: [String], skus: [String]
    }

    public func export(_ write: (String) throws -> Void) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .millisecondsSince1970

        var people: [User] = []
        try await readAll {
            try await accounts.members(page: $0)
        } into: {
            people += $0
        }
        for user in people.sorted(by: { $0.id < $1.id }) {
            let stats = try await accounts.profile(user.id).stats
            var followed: [Follow] = []
            try await readAll {
                try await follows.following(of: user.id, page: $0)
            } into: {
                followed += $0
            }
            let line = PersonLine(
                id: user.id.description, handle: user.handle, displayName: user.displayName, joinedAt: user.joinedAt,
                notes: stats.notes, followers: stats.followers,
                following: followed.map(\.followee).sorted().map(\.description))
            try write(String(decoding: try encoder.encode(["person": line]), as: UTF8.self))
        }

        var all: [Note] = []
        try await readAll {
            try await notes.latest(page: $0)
        } into: {
            all += $0
        }
        let sorted = all.sorted(by: { $0.id < $1.id })
        var stats: [Note.ID: NoteStats] = [:]
        var commentCounts: [Note.ID: Int] = [:]
        for chunk in stride(from: 0, to: sorted.count, by: 500) {
            let ids = sorted[chunk..<min(chunk + 500, sorted.count)].map(\.id)
            stats.merge(try await likes.stats(ids)) { first, _ in first }
            commentCounts.merge(try await comments.counts(ids)) { first, _ in first }
        }
        for note in sorted {
            let place = note.place.map { [$0.name, $0.city ?? ""].joined(separator: ", ") }
            let line = NoteLine(
                id: note.id.description, author: note.author.description, title: note.title, body: note.body,
                tags: note.tags.map(\.description), topics: note.topics, media: note.media, place: place,
                mentions: note.mentions.map(\.description), publishedAt: note.publishedAt,
                likes: stats[note.id]?.likes ?? 0, collects: stats[note.id]?.collects ?? 0,
                comments: commentCounts[note.id] ?? 0, products: note.products.map(\.description))
            try write(String(decoding: try encoder.encode(["note": line]), as: UTF8.self))
        }
        guard let products else { return }
        var onSale: [Product] = []
        try await readAll {
            try await products.active(page: $0)
        } into: {
            onSale += $0
        }
        for product in onSale.sorted(by: { $0.id < $1.id }) {
            let line = ProductLine(
                id: product.id.description, brand: product.brand.description, name: product.name,
                tags: product.tags.map(\.description),
                skus: product.skus.map { "\($0.id) \($0.label) \($0.price.amount) stock \($0.stock)" })
            try write(String(decoding: try encoder.encode(["product": line]), as: UTF8.self))
        }
    }

    private func readAll<Item>(
        _ read: (PageRequest) async throws -> Page<Item>, into collect: ([Item]) -> Void
    ) async throws {
        var page = PageRequest.first(PageRequest.maximumLimit)
        while true {
            let result = try await read(page)
            collect(result.items)
            guard let next = result.next else { return }
            page = PageRequest(limit: PageRequest.maximumLimit, after: next)
        }
    }
}
