import Community
import Foundation
import HongshuCore
import HongshuStore
import TestSupport
import Testing

@Suite struct LikeStoreTests {
    /// 64 people like one note at once, each twice: the count is exactly 64, and recounting the
    /// likes independently gives the same; unliking brings it back down exactly.
    @Test(arguments: Backend.available)
    func concurrentLikesAreCountedExactly(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            try await stores.notes.insert(.fixture(1))
            let fans = (0..<64).map { User.fixture(100 + Int64($0), "fan\($0)") }
            try await stores.users.insert(contentsOf: fans.map { ($0, "x") })
            try await withThrowingTaskGroup(of: Void.self) { group in
                for fan in fans + fans {
                    group.addTask { _ = try await stores.likes.like(NoteID(1), by: fan.id, at: TestClock.start) }
                }
                try await group.waitForAll()
            }
            #expect(try await stores.likes.stats([NoteID(1)])[NoteID(1)] == NoteStats(likes: 64))
            let everyone = try await stores.likes.liked([NoteID(1)], by: fans[7].id)
            #expect(everyone == [NoteID(1)])
            var recount = 0
            for fan in fans where try await stores.likes.liked([NoteID(1)], by: fan.id).contains(NoteID(1)) {
                recount += 1
            }
            #expect(recount == 64)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for fan in fans.prefix(40) + fans.prefix(40) {
                    group.addTask { _ = try await stores.likes.unlike(NoteID(1), by: fan.id) }
                }
                try await group.waitForAll()
            }
            #expect(try await stores.likes.stats([NoteID(1)])[NoteID(1)]?.likes == 24)
        }
    }
}

extension LikeStoreTests {
    @Test(arguments: Backend.available)
    func likesOnMissingOrDeletedNotesWriteNothing(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            try await stores.notes.insert(contentsOf: [.fixture(1), .fixture(2)])
            #expect(
                try await stores.likes.like(NoteID(1), by: User.ada.id, at: TestClock.start)
                    == LikeOutcome(stats: NoteStats(likes: 1), added: true, author: User.ada.id))
            #expect(
                try await stores.likes.like(NoteID(1), by: User.ada.id, at: TestClock.start)
                    == LikeOutcome(stats: NoteStats(likes: 1), added: false, author: User.ada.id))
            #expect(try await stores.notes.markDeleted(NoteID(2), at: TestClock.start))
            #expect(try await stores.likes.like(NoteID(2), by: User.ada.id, at: TestClock.start) == nil)
            #expect(try await stores.likes.like(NoteID(99), by: User.ada.id, at: TestClock.start) == nil)
            #expect(try await stores.likes.liked([NoteID(2)], by: User.ada.id).isEmpty)
            #expect(try await stores.likes.unlike(NoteID(1), by: User.ada.id) == NoteStats())
        }
    }
}

@Suite struct BoardStoreTests {
    /// The collect count counts people, not boards; boards count their notes; a deleted note
    /// leaves every board.
    @Test(arguments: Backend.available)
    func collectsCountPeopleAndBoardsCountNotes(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            for user in [User.ada, .bo] { try await stores.users.insert(user, passwordHash: "x") }
            try await stores.notes.insert(contentsOf: [.fixture(1, at: 0), .fixture(2, at: 1)])
            let start = TestClock.start
            let saved = Board(
                id: BoardID(10), owner: User.bo.id, name: Board.defaultName, isPrivate: false, isDefault: true,
                createdAt: start)
            let trips = Board(
                id: BoardID(11), owner: User.bo.id, name: "旅行灵感", isPrivate: true, isDefault: false, createdAt: start)
            try await stores.boards.insert(saved)
            try await stores.boards.insert(trips)
            await #expect(throws: EngagementError.boardNameTaken("旅行灵感")) {
                try await stores.boards.insert(
                    Board(
                        id: BoardID(12), owner: User.bo.id, name: "旅行灵感", isPrivate: false, isDefault: false,
                        createdAt: start))
            }
            #expect(try await stores.boards.defaultBoard(of: User.bo.id)?.id == BoardID(10))
            #expect(try await stores.boards.collect(NoteID(1), into: BoardID(10), by: User.bo.id, at: start))
            #expect(try await !stores.boards.collect(NoteID(1), into: BoardID(10), by: User.bo.id, at: start))
            #expect(
                try await stores.boards.collect(
                    NoteID(1), into: BoardID(11), by: User.bo.id, at: start.addingTimeInterval(1)))
            #expect(
                try await stores.boards.collect(
                    NoteID(2), into: BoardID(11), by: User.bo.id, at: start.addingTimeInterval(2)))
            #expect(try await stores.likes.stats([NoteID(1)])[NoteID(1)]?.collects == 1)  // one person, two boards
            #expect(try await stores.boards.boards(holding: NoteID(1), of: User.bo.id) == [BoardID(10), BoardID(11)])
            #expect(try await stores.boards.boards(of: User.bo.id).map(\.noteCount) == [1, 2])
            #expect(try await stores.boards.notes(in: BoardID(11), page: .first(5)).items == [NoteID(2), NoteID(1)])

            #expect(try await stores.boards.uncollect(NoteID(1), from: BoardID(10), by: User.bo.id))
            #expect(try await stores.likes.stats([NoteID(1)])[NoteID(1)]?.collects == 1)  // still in 旅行灵感
            #expect(try await stores.boards.uncollect(NoteID(1), from: nil, by: User.bo.id))
            #expect(try await stores.likes.stats([NoteID(1)])[NoteID(1)]?.collects == 0)
            #expect(try await !stores.boards.uncollect(NoteID(1), from: nil, by: User.bo.id))
            #expect(try await stores.boards.collected([NoteID(1), NoteID(2)], by: User.bo.id) == [NoteID(2)])

            #expect(try await stores.notes.markDeleted(NoteID(2), at: start))
            #expect(try await stores.boards.board(BoardID(11))?.noteCount == 0)
            #expect(try await stores.boards.notes(in: BoardID(11), page: .first(5)).items.isEmpty)
        }
    }
}
