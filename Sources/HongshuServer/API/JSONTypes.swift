import Community
import Foundation
import HongshuCore
import Hummingbird

/// The wire types of the API. Handlers return these, never domain values, so every change
/// to what clients see is deliberate. Ids are strings; times are ISO 8601.
struct UserSummaryJSON: Codable, Equatable, Sendable {
    let id: String
    let handle: String
    let displayName: String

    init(_ user: User) {
        id = user.id.description
        handle = user.handle
        displayName = user.displayName
    }
}

struct UserStatsJSON: Codable, Equatable, Sendable {
    let notes: Int
    let followers: Int
    let following: Int

    init(_ stats: UserStats) {
        notes = stats.notes
        followers = stats.followers
        following = stats.following
    }
}

struct UserJSON: ResponseCodable, Equatable {
    let id: String
    let handle: String
    let displayName: String
    let joinedAt: Date
    let stats: UserStatsJSON?
    /// Whether the signed-in caller follows this user (absent when nobody is signed in).
    let followedByMe: Bool?

    init(_ user: User, stats: UserStats? = nil, followedByMe: Bool? = nil) {
        id = user.id.description
        handle = user.handle
        displayName = user.displayName
        joinedAt = user.joinedAt
        self.stats = stats.map(UserStatsJSON.init)
        self.followedByMe = followedByMe
    }
}

struct SessionJSON: ResponseCodable {
    let token: String
    let expiresAt: Date
    let user: UserJSON
}

struct TagJSON: ResponseCodable, Equatable {
    let id: String
    let parentId: String?
    let name: String
    let englishName: String
    let aliases: [String]

    init(_ tag: Tag) {
        id = tag.id.description
        parentId = tag.parent?.description
        name = tag.name
        englishName = tag.englishName
        aliases = tag.aliases
    }
}

struct TagDetailJSON: ResponseCodable {
    let tag: TagJSON
    let children: [TagJSON]
}

struct MediaJSON: Codable, Equatable, Sendable {
    let kind: String
    let url: String
    let width: Int
    let height: Int
}

struct PlaceJSON: Codable, Equatable, Sendable {
    let name: String
    let city: String?
    let lat: Double?
    let lon: Double?
}

struct NoteJSON: ResponseCodable, Equatable {
    let id: String
    let author: UserSummaryJSON
    let title: String
    let body: String
    let tags: [TagJSON]
    let topics: [String]
    let media: [MediaJSON]
    let place: PlaceJSON?
    let mentions: [UserSummaryJSON]
    let publishedAt: Date
    let stats: NoteStatsJSON
    /// Whether the signed-in caller likes / has collected it (absent when nobody is signed in).
    let likedByMe: Bool?
    let collectedByMe: Bool?
    /// The products shown as cards under the note.
    let products: [ProductCardJSON]
    /// Set when the note is a buyer's review of a product they bought (the "purchased" badge).
    let purchase: PurchaseJSON?
}

struct NoteStatsJSON: Codable, Equatable, Sendable {
    let likes: Int
    let collects: Int
    let comments: Int
    let shares: Int

    init(_ stats: NoteStats) {
        likes = stats.likes
        collects = stats.collects
        comments = stats.comments
        shares = stats.shares
    }
}

struct ShareJSON: ResponseCodable {
    let code: String
    /// The address that opens the note.
    let url: String
    let channel: String
    let recipientId: String?
    let shares: Int
}

struct LikeStateJSON: ResponseCodable {
    let liked: Bool
    let likes: Int
}

struct CollectStateJSON: ResponseCodable {
    let collected: Bool
    let collects: Int
    /// The caller's boards that hold the note.
    let boardIds: [String]
}

struct BoardJSON: ResponseCodable, Equatable {
    let id: String
    let owner: String
    let name: String
    let isPrivate: Bool
    let isDefault: Bool
    let noteCount: Int
    let createdAt: Date

    init(_ board: Board) {
        id = board.id.description
        owner = board.owner.description
        name = board.name
        isPrivate = board.isPrivate
        isDefault = board.isDefault
        noteCount = board.noteCount
        createdAt = board.createdAt
    }
}

struct BoardDetailJSON: ResponseCodable {
    let board: BoardJSON
    let notes: ListJSON<NoteJSON>
}

struct FollowJSON: ResponseCodable {
    let user: UserSummaryJSON
    let since: Date
}

struct FollowStateJSON: ResponseCodable {
    let following: Bool
    let followers: Int
}

/// A page of a list: `{"items": [...], "nextCursor": "..." | null}`.
struct ListJSON<Item: Codable & Sendable>: ResponseCodable {
    let items: [Item]
    let nextCursor: String?

    init(items: [Item], next: Cursor? = nil) {
        self.items = items
        nextCursor = next?.rawValue
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(items, forKey: .items)
        try container.encode(nextCursor, forKey: .nextCursor)  // null at the end, not absent
    }
}

struct HealthJSON: ResponseCodable {
    let status: String
}
