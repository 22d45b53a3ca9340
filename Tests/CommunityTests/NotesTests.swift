import Community
import Foundation
import HongshuCore
import TestSupport
import Testing

@Suite struct NotesTests {
    @Test func publishingTrimsMergesHashtagsAndResolvesMentions() async throws {
        let app = try await TestDomain.make()
        let ada = try await app.signUp("ada")
        let bo = try await app.signUp("bob")
        let draft = NoteDraft(
            title: "  周末咖啡探店 ", body: "和 @BOB 还有 @nobody 去了 #城市漫步# 以及 #咖啡, 邮件 ada@example.com",
            tags: [TagID(4), TagID(4), TagID(14)], topics: ["#咖啡", "Citywalk"])
        let note = try await app.notes.publish(draft, by: ada.id)
        #expect(note.title == "周末咖啡探店")
        #expect(note.tags == [TagID(4), TagID(14)])
        #expect(note.topics == ["咖啡", "Citywalk", "城市漫步"])
        #expect(note.mentions == [bo.id])
        #expect(try await app.notes.note(note.id) == note)
    }

    @Test(arguments: [
        (NoteDraft(title: "   ", body: ""), NoteError.titleLength),
        (NoteDraft(title: String(repeating: "字", count: 21), body: ""), .titleLength),
        (NoteDraft(title: "ok", body: String(repeating: "字", count: 1_001)), .bodyLength),
        (NoteDraft(title: "ok", body: "", tags: (1...11).map { TagID($0) }), .tooManyTags),
        (NoteDraft(title: "ok", body: "", tags: [TagID(9_999)]), .unknownTag(TagID(9_999))),
        (NoteDraft(title: "ok", body: "", topics: (1...11).map { "t\($0)" }), .tooManyTopics),
        (NoteDraft(title: "ok", body: "", topics: ["two words"]), .topicInvalid("two words")),
        (
            NoteDraft(
                title: "ok", body: "",
                media: Array(repeating: Media(kind: .image, url: "https://a/b.jpg", width: 1, height: 1), count: 19)),
            .tooManyMedia
        ),
        (
            NoteDraft(
                title: "ok", body: "", media: [Media(kind: .image, url: "javascript:alert(1)", width: 10, height: 10)]),
            .mediaInvalid(index: 0)
        ),
        (
            NoteDraft(
                title: "ok", body: "", media: [Media(kind: .video, url: "https://a/b.mp4", width: 0, height: 10)]),
            .mediaInvalid(index: 0)
        ),
        (NoteDraft(title: "ok", body: "", place: Place(name: "", city: "上海")), .placeInvalid),
        (NoteDraft(title: "ok", body: "", place: Place(name: "外滩", latitude: 91, longitude: 0)), .placeInvalid),
        (NoteDraft(title: "ok", body: "", place: Place(name: "外滩", latitude: 31)), .placeInvalid),
    ])
    func publishingRejectsDraftsThatBreakARule(draft: NoteDraft, error: NoteError) async throws {
        let app = try await TestDomain.make()
        let ada = try await app.signUp("ada")
        await #expect(throws: error) { try await app.notes.publish(draft, by: ada.id) }
        #expect(try await app.notes.latest(page: .first(5)).items.isEmpty)  // nothing half-written
    }

    @Test func limitsCountCharactersNotBytes() async throws {
        let app = try await TestDomain.make()
        let ada = try await app.signUp("ada")
        let draft = NoteDraft(title: String(repeating: "👩‍👩‍👧", count: 20), body: String(repeating: "字", count: 1_000))
        #expect(try await app.notes.publish(draft, by: ada.id).title.count == 20)
    }

    @Test func onlyTheAuthorDeletesAndDeletedNotesAreGone() async throws {
        let app = try await TestDomain.make()
        let ada = try await app.signUp("ada")
        let bo = try await app.signUp("bob")
        let note = try await app.notes.publish(NoteDraft(title: "hi", body: ""), by: ada.id)
        await #expect(throws: NoteError.notAuthor(note.id)) { try await app.notes.delete(note.id, by: bo.id) }
        try await app.notes.delete(note.id, by: ada.id)
        await #expect(throws: NoteError.notFound(note.id)) { try await app.notes.note(note.id) }
        await #expect(throws: NoteError.notFound(note.id)) { try await app.notes.delete(note.id, by: ada.id) }
        #expect(try await app.accounts.profile(ada.id).stats.notes == 0)
    }

    @Test func listingANonexistentUsersNotesIsNotFound() async throws {
        let app = try await TestDomain.make()
        await #expect(throws: AccountError.userNotFound(UserID(42))) {
            try await app.notes.notes(by: UserID(42), page: .first(5))
        }
    }
}

@Suite struct FollowsTests {
    @Test func followingCountsBothSidesAndRefusesSelfAndStrangers() async throws {
        let app = try await TestDomain.make()
        let ada = try await app.signUp("ada")
        let bo = try await app.signUp("bob")
        let follows = app.follows
        try await follows.follow(ada.id, by: bo.id)
        try await follows.follow(ada.id, by: bo.id)
        #expect(try await app.accounts.profile(ada.id).stats == UserStats(followers: 1))
        #expect(try await app.accounts.profile(bo.id).stats == UserStats(following: 1))
        await #expect(throws: FollowError.cannotFollowSelf) { try await follows.follow(ada.id, by: ada.id) }
        await #expect(throws: AccountError.userNotFound(UserID(77))) {
            try await follows.follow(UserID(77), by: ada.id)
        }
        try await follows.unfollow(ada.id, by: bo.id)
        #expect(try await app.accounts.profile(ada.id).stats == UserStats())
    }
}
