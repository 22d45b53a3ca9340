import Community
import Foundation
import HongshuCore
import HongshuStore
import TestSupport
import Testing

@Suite struct UserStoreTests {
    @Test(arguments: Backend.available)
    func insertedUsersAreFoundByIDAndHandle(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "hash-a")
            try await stores.users.insert(.bo, passwordHash: "hash-b")
            #expect(try await stores.users.user(User.ada.id) == .ada)
            #expect(try await stores.users.user(handle: "bob") == .bo)
            #expect(try await stores.users.user(UserID(99)) == nil)
            #expect(Set(try await stores.users.users([User.ada.id, User.bo.id, UserID(99)])) == [.ada, .bo])
            #expect(try await stores.users.users(handles: ["bob", "nobody"]) == [.bo])
            let credentials = try #require(try await stores.users.credentials(handle: "ada"))
            #expect(credentials.user == .ada && credentials.passwordHash == "hash-a")
            #expect(try await stores.users.stats(User.ada.id) == UserStats())
        }
    }

    @Test(arguments: Backend.available)
    func handlesAreUniqueIgnoringCase(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            let shouting = User(id: UserID(7), handle: "ADA", displayName: "Other", joinedAt: TestClock.start)
            await #expect(throws: AccountError.handleTaken("ADA")) {
                try await stores.users.insert(shouting, passwordHash: "y")
            }
            #expect(try await stores.users.user(UserID(7)) == nil)  // nothing half-written
        }
    }
}

@Suite struct SessionStoreTests {
    @Test(arguments: Backend.available)
    func sessionsAreFoundByHashDeletedAndExpired(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            try await stores.users.insert(.ada, passwordHash: "x")
            let start = TestClock.start
            let short = Session(
                tokenHash: "aa", user: User.ada.id, kind: .api, createdAt: start,
                expiresAt: start.addingTimeInterval(60))
            let long = Session(
                tokenHash: "bb", user: User.ada.id, kind: .web, createdAt: start,
                expiresAt: start.addingTimeInterval(3_600))
            try await stores.sessions.insert(short)
            try await stores.sessions.insert(long)
            #expect(try await stores.sessions.session(tokenHash: "aa") == short)
            #expect(try await stores.sessions.deleteExpired(before: start.addingTimeInterval(120)) == 1)
            #expect(try await stores.sessions.session(tokenHash: "aa") == nil)
            try await stores.sessions.delete(tokenHash: "bb")
            #expect(try await stores.sessions.session(tokenHash: "bb") == nil)
        }
    }
}

@Suite struct TagStoreTests {
    @Test(arguments: Backend.available)
    func theStarterTaxonomyIsBrowsableAndSearchable(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let top = try await stores.tags.children(of: nil)
            #expect(top.count >= 30)
            #expect(top.first?.name == "美食")
            #expect(try await stores.tags.tag(TagID(4))?.englishName == "Coffee & tea")
            #expect(try await stores.tags.search("咖啡茶饮", limit: 5).first?.id == TagID(4))  // exact names first
            #expect(try await stores.tags.search("COFFEE & TEA", limit: 5).first?.id == TagID(4))
            let coffee = try await stores.tags.search("咖啡", limit: 50)
            #expect(coffee.count > 3 && coffee.allSatisfy { ($0.name + $0.aliases.joined()).contains("咖啡") })
            #expect(try await stores.tags.search("%", limit: 5).isEmpty)  // LIKE wildcards match literally
            #expect(
                Set(try await stores.tags.tags([TagID(1), TagID(2), TagID(9_999)]).map(\.id)) == [TagID(1), TagID(2)])
            let food = try await stores.tags.children(of: TagID(1))
            #expect(food.count >= 8 && food.allSatisfy { $0.parent == TagID(1) })
        }
    }
}

@Suite struct MigrationTests {
    @Test(arguments: Backend.available)
    func migratingTwiceChangesNothing(_ backend: Backend) async throws {
        try await backend.withBackend { backend in
            let first = try await backend.appliedMigrations()
            try await backend.migrate()
            #expect(try await backend.appliedMigrations() == first)
            #expect(!first.isEmpty)
        }
    }

    /// CI exports HONGSHU_REQUIRE_POSTGRES=1: there the PostgreSQL half of the suite must run.
    @Test func postgresRunsWhereItIsRequired() {
        if Backend.postgresRequired {
            #expect(Backend.postgresURL != nil, "HONGSHU_REQUIRE_POSTGRES is set but POSTGRES_TEST_URL is not")
            #expect(Backend.available.count == 2)
        }
    }
}

@Suite struct TaxonomyTests {
    /// The shipped taxonomy, as each backend loads it: large, named in both languages, unique,
    /// a forest of at most three levels under 30+ categories.
    @Test(arguments: Backend.available)
    func theTaxonomyIsWhole(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let tags = try await stores.tags.all()
            #expect(tags.count >= 2_500)
            #expect(tags.filter { $0.parent == nil }.count >= 30)
            #expect(Set(tags.map(\.name)).count == tags.count)
            #expect(Set(tags.map { $0.englishName.lowercased() }).count == tags.count)
            #expect(tags.allSatisfy { !$0.name.trimmed.isEmpty && !$0.englishName.trimmed.isEmpty })
            let byID = Dictionary(uniqueKeysWithValues: tags.map { ($0.id, $0) })
            var seen = Set<TagID>()
            for tag in tags {  // parents come first, so every parent is already seen: no cycles
                if let parent = tag.parent { #expect(seen.contains(parent), "\(tag.name) before its parent") }
                seen.insert(tag.id)
                var depth = 1
                var current = tag
                while let parent = current.parent, let next = byID[parent] {
                    depth += 1
                    current = next
                }
                #expect(depth <= 3, "\(tag.name) is \(depth) levels deep")
            }
        }
    }

    @Test(arguments: Backend.available)
    func tagsAreFoundByAliasInEitherLanguage(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let byAlias = try await stores.tags.search("淮扬菜", limit: 5)
            #expect(byAlias.first?.name == "江浙菜")
            let english = try await stores.tags.search("teochew", limit: 5)
            #expect(english.first?.name == "潮汕菜")
        }
    }
}
