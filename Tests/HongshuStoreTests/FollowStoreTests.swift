import Community
import Foundation
import HongshuCore
import HongshuStore
import TestSupport
import Testing

@Suite struct FollowStoreTests {
    @Test(arguments: Backend.available)
    func followingIsIdempotentAndCountsStayExact(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            for user in [User.ada, .bo, .cy] { try await stores.users.insert(user, passwordHash: "x") }
            let since = TestClock.start
            #expect(try await stores.follows.insert(Follow(follower: User.bo.id, followee: User.ada.id, since: since)))
            #expect(try await !stores.follows.insert(Follow(follower: User.bo.id, followee: User.ada.id, since: since)))
            #expect(
                try await stores.follows.insert(
                    Follow(follower: User.cy.id, followee: User.ada.id, since: since.addingTimeInterval(1))))
            #expect(try await stores.follows.isFollowing(User.bo.id, User.ada.id))
            #expect(try await !stores.follows.isFollowing(User.ada.id, User.bo.id))
            #expect(try await stores.users.stats(User.ada.id) == UserStats(followers: 2))
            #expect(try await stores.users.stats(User.bo.id) == UserStats(following: 1))
            let followers = try await stores.follows.followers(of: User.ada.id, page: .first(1))
            #expect(followers.items.map(\.follower) == [User.cy.id])
            let more = try await stores.follows.followers(
                of: User.ada.id, page: PageRequest(limit: 1, after: followers.next))
            #expect(more.items.map(\.follower) == [User.bo.id])
            #expect(
                try await stores.follows.following(of: User.bo.id, page: .first(5)).items.map(\.followee) == [
                    User.ada.id
                ])
            #expect(try await stores.follows.delete(follower: User.bo.id, followee: User.ada.id))
            #expect(try await !stores.follows.delete(follower: User.bo.id, followee: User.ada.id))
            #expect(try await stores.users.stats(User.ada.id) == UserStats(followers: 1))
            #expect(try await stores.users.stats(User.bo.id) == UserStats())
        }
    }

    /// 64 people follow one creator at once, each twice: the count is exactly 64, and
    /// recounting the edges independently gives the same number.
    @Test(arguments: Backend.available)
    func concurrentFollowsAreCountedExactly(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            let fans = (0..<64).map { User.fixture(100 + Int64($0), "fan\($0)") }
            for fan in fans { try await stores.users.insert(fan, passwordHash: "x") }
            try await withThrowingTaskGroup(of: Void.self) { group in
                for fan in fans + fans {
                    group.addTask {
                        _ = try await stores.follows.insert(
                            Follow(follower: fan.id, followee: User.ada.id, since: TestClock.start))
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await stores.users.stats(User.ada.id).followers == 64)
            var counted = 0
            var page = PageRequest.first(100)
            while true {
                let result = try await stores.follows.followers(of: User.ada.id, page: page)
                counted += result.items.count
                guard let next = result.next else { break }
                page = PageRequest(limit: 100, after: next)
            }
            #expect(counted == 64)
        }
    }
}
