import Community
import Foundation
import HongshuCore

extension User {
    /// A user with a readable id and handle, joined at the test clock's start.
    public static func fixture(_ id: Int64, _ handle: String, name: String? = nil, at offset: TimeInterval = 0) -> User
    {
        User(
            id: UserID(id), handle: handle, displayName: name ?? handle.capitalized,
            joinedAt: TestClock.start.addingTimeInterval(offset))
    }

    public static let ada = User.fixture(1, "ada", name: "阿达")
    public static let bo = User.fixture(2, "bob", name: "小波")
    public static let cy = User.fixture(3, "cyd", name: "Cyd")
}

extension Note {
    /// A note by `author`, published `offset` seconds after the test clock's start.
    public static func fixture(
        _ id: Int64, by author: User.ID = User.ada.id, title: String = "周末去哪儿", body: String = "城市漫步",
        tags: [TagID] = [], topics: [String] = [], at offset: TimeInterval = 0
    ) -> Note {
        Note(
            id: NoteID(id), author: author, title: title, body: body, tags: tags, topics: topics,
            publishedAt: TestClock.start.addingTimeInterval(offset))
    }
}
