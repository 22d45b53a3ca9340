import Commerce
import Community
import Discovery
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
    static let shops = WorldPlan(users: 800, notes: 3_000, days: 10, seed: 11, end: end)

    static func generate(_ plan: WorldPlan, stores: Stores) async throws -> (TestDomain, GroundTruth) {
        let (domain, _, truth) = try await generateWithShops(plan, stores: stores)
        return (domain, truth)
    }

    static func generateWithShops(_ plan: WorldPlan, stores: Stores) async throws
        -> (TestDomain, TestCommerce, GroundTruth)
    {
        let domain = TestDomain.make(stores: stores)
        let commerce = TestCommerce.make(stores: stores)
        let generator = WorldGenerator(
            accounts: domain.accounts, notes: commerce.notes, follows: domain.follows, taxonomy: domain.taxonomy,
            likes: domain.likes, boards: domain.boards,
            comments: domain.comments, events: domain.events,
            vocabulary: try Vocabulary.bundled(),
            commerce: WorldCommerce(
                brands: commerce.brands, products: commerce.products, orders: commerce.orders,
                catalog: try ShopCatalog.bundled()))
        return (domain, commerce, try await generator.generate(plan))
    }

    static func export(_ domain: TestDomain, products: Products? = nil) async throws -> [String] {
        var lines: [String] = []
        try await WorldExport(
            accounts: domain.accounts, notes: domain.notes, follows: domain.follows, likes: domain.likes,
            comments: domain.comments, products: products
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
        // With shops: products, their cards under notes and the stock left after purchases are the same too.
        var shopExports: [[String]] = []
        for _ in 0..<2 {
            shopExports.append(
                try await Backend.sqlite.withStores { stores in
                    let (domain, commerce, _) = try await Self.generateWithShops(Self.shops, stores: stores)
                    return try await Self.export(domain, products: commerce.products)
                })
        }
        #expect(shopExports[0].contains { $0.hasPrefix(#"{"product""#) })
        #expect(shopExports[0] == shopExports[1])
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
                if line.hasPrefix(#"{"product""#) {
                    continue
                } else if line.hasPrefix(#"{"person""#) {
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
            // Some follows happen in sessions (a note that strikes a chord): each is an event, on a real follow.
            var followEvents = 0
            for person in people {
                let events = try await domain.events.count(.follow, subject: .user(UserID(Int64(person.id)!)))
                #expect(events <= person.followers, "@\(person.handle)")
                followEvents += events
            }
            #expect(followEvents > 0)
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

    /// Shops, cards under notes and purchases obey commerce's rules: every card shows a product on
    /// sale, every order's history follows the state machine, each SKU's stock is its opening
    /// stock minus what orders still hold, and each paid order has exactly one purchase event.
    @Test(arguments: Backend.available)
    func theWorldsShopsSellWithinTheRules(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let (domain, commerce, truth) = try await Self.generateWithShops(Self.shops, stores: stores)
            var onSale = Set<ProductID>()
            var stock: [SKUID: Int] = [:]
            var page = PageRequest.first(100)
            while true {
                let products = try await commerce.products.active(page: page)
                for product in products.items {
                    onSale.insert(product.id)
                    for sku in product.skus { stock[sku.id] = sku.stock }
                }
                guard let next = products.next else { break }
                page = PageRequest(limit: 100, after: next)
            }
            #expect(!onSale.isEmpty && stock.count == truth.openingStock.count)
            var shown = 0
            var notePage = PageRequest.first(100)
            while true {
                let notes = try await commerce.notes.latest(page: notePage)
                for note in notes.items {
                    shown += note.products.count
                    #expect(note.products.allSatisfy(onSale.contains))
                }
                guard let next = notes.next else { break }
                notePage = PageRequest(limit: 100, after: next)
            }
            #expect(shown > 0)
            var held: [SKUID: Int] = [:]
            var orders: [Order] = []
            for brand in try await commerce.brands.all(limit: 1_000) {
                let owner = try #require(try await stores.commerce.brands.members(of: brand.id).first?.user)
                var orderPage = PageRequest.first(100)
                while true {
                    let page = try await commerce.orders.orders(of: brand.id, statuses: nil, by: owner, page: orderPage)
                    orders += page.items
                    guard let next = page.next else { break }
                    orderPage = PageRequest(limit: 100, after: next)
                }
            }
            #expect(orders.count > 5, "\(orders.count) orders")
            var clicks = 0
            for product in onSale { clicks += try await domain.events.count(.productClick, subject: .product(product)) }
            #expect(clicks > orders.count)
            for order in orders {
                let steps = order.history.map(\.status)
                #expect(steps.first == .pending)
                for (from, to) in zip(steps, steps.dropFirst()) { #expect(from.next.contains(to), "\(from) → \(to)") }
                #expect(steps.last == order.status)
                if ![.cancelled, .refunded].contains(order.status) {
                    for line in order.lines { held[line.sku, default: 0] += line.quantity }
                }
                let purchases = try await domain.events.count(.purchase, subject: .order(order.id))
                #expect(purchases == (steps.contains(.paid) ? 1 : 0), "order \(order.id)")
                #expect(order.total.amount == order.lines.reduce(0) { $0 + $1.unitPrice.amount * Int64($1.quantity) })
            }
            for (sku, opening) in truth.openingStock {
                let id = SKUID(Int64(sku)!)
                #expect(stock[id] == opening - held[id, default: 0], "sku \(sku)")
            }

            // Attribution over the imported world: every paid order is credited (journeys from a note to its
            // product card), refunds are marked, and every model shares out exactly the amount paid.
            let attribution = Attribution(store: stores.attribution, access: Everyone())
            let attributed = try await attribution.attributeAll()
            let paid = orders.filter { $0.history.contains { $0.status == .paid } }
            #expect(attributed == paid.count)
            var throughNotes = 0
            for order in paid {
                let path = try #require(try await stores.attribution.attributed(order.id))
                #expect((path.refundedAt != nil) == (order.status == .refunded))
                #expect(path.purchase.amount == order.total.amount && path.purchase.brand == order.brand)
                for model in AttributionModel.allCases where !path.touches.isEmpty {
                    #expect(path.credits[model]?.reduce(0, +) == order.total.amount)
                }
                if path.touches.contains(where: { $0.note != nil && $0.creator != nil && $0.channel == .click }) {
                    throughNotes += 1
                }
            }
            #expect(throughNotes * 10 >= paid.count * 9, "\(throughNotes) of \(paid.count) through notes")

            // Interest profiles rebuilt from the world's events: stored exactly as the events add up, and they
            // find what people are into (never reading the ground truth).
            let now = Self.end
            let profiles = InterestProfiles(store: stores.discovery, tags: stores.tags, events: nil, now: { now })
            let built = try await profiles.rebuild(from: domain.events)
            #expect(built > truth.people.count / 2)
            let taxonomy = TaxonomyMap(try await stores.tags.all())
            let signals = InterestSignals()
            var expected: [UserID: [InterestKey: Double]] = [:]
            var all: [Event] = []
            var after: (at: Date, id: Int64)?
            while let batch = Optional(try await stores.events.events(after: after, limit: 5_000)),
                let last = batch.last
            {
                all += batch
                after = (last.at, last.id)
            }
            var facts = InterestFacts()
            let subjects = InterestSignals.subjects(of: all)
            for note in try await stores.discovery.noteFacts(subjects.notes) { facts.notes[note.id] = note }
            facts.orders = try await stores.discovery.orderProducts(subjects.orders)
            facts.products = try await stores.discovery.productTags(
                Array(Set(subjects.products + facts.orders.values.flatMap { $0 })))
            for increment in signals.increments(all, facts: facts, taxonomy: taxonomy) {
                expected[increment.user, default: [:]][increment.key, default: 0] +=
                    increment.weight.value(at: now, halfLife: signals.halfLife)
            }
            var matched = 0
            var judged = 0
            for person in truth.people {
                let user = UserID(Int64(person.id)!)
                let profile = try await profiles.profile(of: user)
                for (key, value) in expected[user] ?? [:] where abs(value) >= InterestProfiles.forgotten * 2 {
                    #expect(abs(profile[key] - value) < 1e-6 * max(1, abs(value)), "\(person.handle) \(key)")
                }
                // Their strongest category is among their two strongest latent ones, for most active people.
                let categories = profile.top("tag", 200).compactMap { item -> (TagID, Double)? in
                    guard case .tag(let tag) = item.key, taxonomy.parents[tag] == nil else { return nil }
                    return (tag, item.weight)
                }
                guard let strongest = categories.first?.0, (expected[user]?.count ?? 0) >= 20 else { continue }
                var latent: [TagID: Double] = [:]
                for interest in person.interests {
                    let tag = TagID(Int64(interest.tag)!)
                    latent[taxonomy.ancestors(of: tag).last ?? tag, default: 0] += interest.weight
                }
                let top = latent.sorted { $0.value > $1.value }.prefix(2).map(\.key)
                judged += 1
                if top.contains(strongest) { matched += 1 }
            }
            #expect(judged >= 100 && matched * 10 >= judged * 8, "\(matched) of \(judged)")
        }
    }
}

/// Lets anyone read insights (tests of attribution itself).
struct Everyone: BrandAccess {
    func requireMember(_ brand: BrandID, _ user: UserID) async throws {}
}
