import Community
import Foundation
import HongshuCore
import HongshuStore
import Insights
import TestSupport
import Testing
import World

@Suite struct WorldGeneratorTests {
    static let end = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01
    static let small = WorldPlan(users: 80, notes: 400, days: 7, seed: 7, end: end)

    static func generate(_ plan: WorldPlan, stores: Stores) async throws -> (TestDomain, GroundTruth) {
        let domain = TestDomain.make(stores: stores)
        let generator = WorldGenerator(
            accounts: domain.accounts, notes: domain.notes, follows: domain.follows, taxonomy: domain.taxonomy,
            likes: domain.likes, boards: domain.boards,
            comments: domain.comments, events: domain.events,
            vocabulary: try Vocabulary.bundled())
        return (domain, try await generator.generate(plan))
    }

    static func export(_ domain: TestDomain) async throws -> [String] {
        var lines: [String] = []
        try await WorldExport(
            accounts: domain.accounts, notes: domain.notes, follows: domain.follows, likes: domain.likes,
            comments: domain.comments
        ).export {
            lines.append($0)
        }
        return lines
    }

    @Test func theSameSeedGivesTheSameWorldAndAnotherSeedAnother() async throws {
        var exports: [[String]] = []
        for plan in [Self.small, Self.small, WorldPlan(users: 80, notes: 400, days: 7, seed: 8, end: Self.end)] {
            let export = try await Backend.sqlite.withStores { stores in
                try await Self.export(try await Self.generate(plan, stores: stores).0)
            }
            exports.append(export)
        }
        #expect(exports[0].count == 80 + 400)
        #expect(exports[0] == exports[1])
        #expect(exports[0] != exports[2])
    }

    struct PersonLine: Decodable {
        let id: String, handle: String, notes: Int, followers: Int, following: [String]
    }

    struct NoteLine: Decodable {
        let id: String, author: String, title: String, body: String, tags: [String], mentions: [String]
        let publishedAt: Double, likes: Int, collects: Int, comments: Int
    }

    /// The stored world agrees with itself and with its ground truth, on each backend: counts
    /// shown to people equal independent recounts, every reference points at something real.
    @Test(arguments: Backend.available)
    func aGeneratedWorldKeepsTheAppsInvariants(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let (domain, truth) = try await Self.generate(Self.small, stores: stores)
            var people: [PersonLine] = []
            var notes: [NoteLine] = []
            for line in try await Self.export(domain) {
                let data = Data(line.utf8)
                if line.hasPrefix(#"{"person""#) {
                    people.append(try JSONDecoder().decode([String: PersonLine].self, from: data)["person"]!)
                } else {
                    notes.append(try JSONDecoder().decode([String: NoteLine].self, from: data)["note"]!)
                }
            }
            #expect(people.count == 80 && notes.count == 400)
            #expect(Set(people.map(\.id)) == Set(truth.people.map(\.id)))
            #expect(Set(notes.map(\.id)) == Set(truth.notes.map(\.id)))

            let ids = Set(people.map(\.id))
            var authored: [String: Int] = [:]
            var followers: [String: Int] = [:]
            for note in notes {
                authored[note.author, default: 0] += 1
                #expect(ids.contains(note.author))
                #expect(note.mentions.allSatisfy(ids.contains))
                #expect((1...20).contains(note.title.count), "\(note.title)")
                #expect((50...1_000).contains(note.body.count), "\(note.body.count) characters")
                #expect(!note.tags.isEmpty)
                let at = Date(timeIntervalSince1970: note.publishedAt / 1000)
                #expect(at >= Self.small.start && at < Self.small.end)
            }
            for person in people {
                #expect(!person.following.contains(person.id))
                for followee in person.following {
                    #expect(ids.contains(followee))
                    followers[followee, default: 0] += 1
                }
            }
            for person in people {
                #expect(person.notes == authored[person.id, default: 0], "@\(person.handle) notes")
                #expect(person.followers == followers[person.id, default: 0], "@\(person.handle) followers")
            }
            // Likes and collects happened, and every count equals an independent recount person by person.
            #expect(notes.map(\.likes).reduce(0, +) > 0 && notes.map(\.collects).reduce(0, +) > 0)
            let noteIDs = notes.compactMap { Int64($0.id) }.map(NoteID.init(rawValue:))
            var liked: [NoteID: Int] = [:]
            var saved: [NoteID: Int] = [:]
            for person in people {
                let user = UserID(Int64(person.id)!)
                for note in try await domain.likes.liked(noteIDs, by: user) { liked[note, default: 0] += 1 }
                for note in try await domain.boards.collected(noteIDs, by: user) { saved[note, default: 0] += 1 }
            }
            for note in notes {
                let id = NoteID(Int64(note.id)!)
                #expect(
                    note.likes == liked[id, default: 0] && note.collects == saved[id, default: 0], "note \(note.id)")
            }
            // Comments and replies happened, and each note's count equals a walk through its threads.
            #expect(notes.map(\.comments).reduce(0, +) > 0)
            for note in notes where note.comments > 0 {
                let id = NoteID(Int64(note.id)!)
                var counted = 0
                let top = try await domain.comments.topComments(on: id, page: .first(100)).items
                for comment in top {
                    counted += 1 + (try await domain.comments.replies(to: comment.id, page: .first(100)).items.count)
                }
                #expect(counted == note.comments, "note \(note.id)")
            }
            // Reads are events on real notes, by real people; engaging follows reading, so reads outnumber likes.
            var reads = 0
            for note in notes { reads += try await domain.events.count(.read, subject: .note(NoteID(Int64(note.id)!))) }
            #expect(reads > notes.map(\.likes).reduce(0, +))
            // Creators gather audiences: on average many times the followers of everyone else.
            let creators = Set(truth.people.filter(\.creator).map(\.id))
            if !creators.isEmpty {
                let mean = { (group: [PersonLine]) in
                    Double(group.map(\.followers).reduce(0, +)) / Double(max(group.count, 1))
                }
                #expect(
                    mean(people.filter { creators.contains($0.id) }) > 3
                        * mean(people.filter { !creators.contains($0.id) }))
            }
            // Interests are a few strong ones: every person has 2–4 categories' worth of tags.
            #expect(truth.people.allSatisfy { (4...16).contains($0.interests.count) })
        }
    }

    @Test func theGroundTruthExportsAsJSONLines() async throws {
        let lines = try await Backend.sqlite.withStores { stores in
            try await Self.generate(WorldPlan(users: 10, notes: 20, days: 3, seed: 1, end: Self.end), stores: stores).1
                .jsonLines()
        }.split(separator: "\n")
        #expect(lines.count == 30)
        #expect(lines.first?.hasPrefix(#"{"person":{"activity""#) == true)
        #expect(lines.last?.hasPrefix(#"{"note":{"author""#) == true)
    }
}
