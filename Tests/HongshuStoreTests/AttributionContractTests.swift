import Commerce
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore
import Insights
import Search
import TestSupport
import Testing

/// Attribution on both backends, through the real operations (search, clicks, checkout, payment, refunds,
/// reported impressions), checked against a brute-force recomputation from the raw events and what the test
/// itself knows of notes and products: every model, click-through before view-through, the lookback window,
/// touches after the purchase, several purchases, a purchase nothing led to, a refund, a touch reported late,
/// and a report sent twice.
@Suite struct AttributionContractTests {
    struct World {
        let app: TestApp
        let owner: User
        let shop: ShopFixture
        let rival: ShopFixture
        /// What each note shows, and whose each product is (the test's own knowledge).
        var noteProducts: [NoteID: [ProductID]] = [:]
        var noteAuthors: [NoteID: UserID] = [:]
        var productBrands: [ProductID: BrandID] = [:]
        var orders: [(order: Order, buyer: UserID)] = []
    }

    /// The default settings, and a one-hour window with a six-hour half-life (most touches fall outside it).
    enum Window: String, CaseIterable, Sendable {
        case week, hour

        var settings: AttributionSettings {
            switch self {
            case .week: AttributionSettings()
            case .hour: AttributionSettings(lookback: 3_600, halfLife: 6 * 3_600)
            }
        }
    }

    @Test(arguments: Backend.available, Window.allCases)
    func everyPurchaseIsCreditedAsTheRawEventsSay(_ backend: Backend, _ window: Window) async throws {
        try await backend.withStores { stores in
            let settings = window.settings
            let app = TestApp.make(stores: stores, attribution: settings)
            let features = app.features
            let owner = try await app.signUp("teashop").user
            let shop = try await ShopFixture.make(
                brands: features.brands, products: features.products, stores: stores, owner: owner, name: "山茶花")
            let rival = try await ShopFixture.make(
                brands: features.brands, products: features.products, stores: stores, owner: owner, name: "竹林",
                price: 9_900)
            var world = World(app: app, owner: owner, shop: shop, rival: rival)
            world.productBrands = [shop.product.id: shop.brand.id, rival.product.id: rival.brand.id]
            let creator = try await app.signUp("creator").user
            let unboxing = try await publish(&world, "茶杯开箱", products: [shop.product.id], by: creator.id)
            let bamboo = try await publish(&world, "竹林茶杯", products: [rival.product.id], by: creator.id)
            let plain = try await publish(&world, "周末喝茶", products: [], by: creator.id)
            let buyer = try await app.signUp("buyer").user
            let idle = try await app.signUp("idle").user
            let looker = try await app.signUp("looker").user
            let events = features.events

            // Outside the window of every purchase below.
            try await events.record(.read, by: buyer.id, on: .note(unboxing), context: ["surface": "feed"])
            app.clock.advance(by: 8 * 86_400)
            _ = try await events.report(
                EventReport(events: [impression("i1", unboxing, at: app.clock.now)], sentAt: app.clock.now),
                by: buyer.id, device: nil)
            app.clock.advance(by: 3_600)
            let search = try await features.searches.search(SearchRequest("茶杯开箱"), by: buyer.id)
            #expect(search.notes.map(\.note.id).contains(unboxing))
            app.clock.advance(by: 60)
            try await features.searches.click(search: search.id, position: 1, on: .note(unboxing), by: buyer.id)
            try await events.record(.read, by: buyer.id, on: .note(unboxing), context: ["surface": "search"])
            app.clock.advance(by: 3_600)
            try await events.record(
                .productClick, by: buyer.id, on: .product(shop.product.id),
                context: ["surface": "note", "note": unboxing.description, "creator": creator.id.description])
            try await events.record(.read, by: buyer.id, on: .note(bamboo), context: ["surface": "feed"])
            try await events.record(.read, by: buyer.id, on: .note(plain), context: ["surface": "feed"])
            app.clock.advance(by: 3_600)
            let first = try await buy(&world, shop, by: buyer.id)
            app.clock.advance(by: 3_600)
            try await events.record(.read, by: buyer.id, on: .note(unboxing), context: ["surface": "feed"])  // after
            app.clock.advance(by: 86_400)
            let second = try await buy(&world, shop, by: buyer.id)
            let fromRival = try await buy(&world, rival, by: buyer.id)
            // Nothing led to this one… until an impression from before it is reported late, twice.
            let unled = try await buy(&world, shop, by: idle.id)
            #expect(try await features.attribution.path(of: unled.id, brand: shop.brand.id, by: owner.id).touches == [])
            let late = EventReport(
                events: [impression("late-1", unboxing, at: app.clock.now.addingTimeInterval(-600))],
                sentAt: app.clock.now)
            _ = try await events.report(late, by: idle.id, device: nil)
            #expect(try await events.report(late, by: idle.id, device: nil).duplicates == 1)
            // Only a card on screen: view-through.
            _ = try await events.report(
                EventReport(events: [impression("l-1", unboxing, at: app.clock.now)], sentAt: app.clock.now),
                by: looker.id, device: nil)
            app.clock.advance(by: 60)
            _ = try await buy(&world, shop, by: looker.id)
            // The first order is refunded.
            _ = try await features.orders.requestRefund(first.id, by: buyer.id)
            _ = try await features.orders.approveRefund(first.id, by: owner.id)

            // Spot checks of what the rules mean.
            let path = try await features.attribution.path(of: first.id, brand: shop.brand.id, by: owner.id)
            if window == .hour {
                #expect(path.touches.map(\.kind) == [.productClick])  // the only touch in the last hour
            }
            if window == .week {
                #expect(path.touches.map(\.kind) == [.searchClick, .read, .productClick])
                #expect(path.touches.allSatisfy { $0.channel == .click && $0.creator == creator.id })
                #expect(path.touches.first?.query == "茶杯 开箱")  // normalised, as search counts queries
                #expect(path.credits[.positionBased] == [5_160, 2_580, 5_160])
                #expect(path.refundedAt != nil)
                let later = try await features.attribution.path(of: second.id, brand: shop.brand.id, by: owner.id)
                #expect(later.touches.count == 4)  // the read after the first purchase counts for the second
                let rivalPath = try await features.attribution.path(
                    of: fromRival.id, brand: rival.brand.id, by: owner.id)
                #expect(rivalPath.touches.map(\.note) == [bamboo])
                let unledNow = try await features.attribution.path(of: unled.id, brand: shop.brand.id, by: owner.id)
                #expect(unledNow.channel == .view && unledNow.touches.count == 1)
            }

            // Attributing a refunded purchase again (a late touch) keeps it refunded.
            try await features.attribution.attribute(path.purchase)
            #expect(
                try await features.attribution.path(of: first.id, brand: shop.brand.id, by: owner.id).refundedAt
                    == path.refundedAt)

            // Everything, recomputed from the raw events.
            for (order, buyer) in world.orders {
                let stored = try await features.attribution.path(of: order.id, brand: order.brand, by: owner.id)
                let expected = try await recompute(world, order: order, buyer: buyer, settings: settings)
                #expect(stored.touches.map(\.event) == expected.map(\.event), "order \(order.id)")
                for model in AttributionModel.allCases {
                    let credits = stored.credits[model] ?? []
                    #expect(
                        credits
                            == Self.credits(
                                expected, order: order, paidAt: stored.purchase.at, model, halfLife: settings.halfLife))
                    #expect(expected.isEmpty || credits.reduce(0, +) == order.total.amount)
                }
            }
            // Another brand's member learns nothing of this brand's paths.
            let stranger = try await app.signUp("stranger").user
            await #expect(throws: BrandError.notMember(shop.brand.id)) {
                try await features.attribution.path(of: second.id, brand: shop.brand.id, by: stranger.id)
            }
            await #expect(throws: AttributionError.notFound) {
                try await features.attribution.path(of: fromRival.id, brand: shop.brand.id, by: owner.id)
            }
        }
    }

    /// A brand's report equals what brute force makes of the raw events and the attributed paths: the funnel
    /// by day and in total in distinct people, rows by note, creator and query, refunds left out, and every
    /// cell or row of fewer than five people withheld.
    @Test(arguments: Backend.available)
    func theBrandReportIsWhatTheEventsSayAndHidesIndividuals(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestApp.make(stores: stores)
            let features = app.features
            let owner = try await app.signUp("teashop").user
            let shop = try await ShopFixture.make(
                brands: features.brands, products: features.products, stores: stores, owner: owner, name: "山茶花")
            let rival = try await ShopFixture.make(
                brands: features.brands, products: features.products, stores: stores, owner: owner, name: "竹林")
            var world = World(app: app, owner: owner, shop: shop, rival: rival)
            world.productBrands = [shop.product.id: shop.brand.id, rival.product.id: rival.brand.id]
            let start = app.clock.now
            let popular = try await publish(&world, "茶杯开箱", products: [shop.product.id], by: owner.id)
            let niche = try await publish(&world, "小众茶杯", products: [shop.product.id], by: owner.id)
            var people: [UserID] = []
            for index in 0..<7 {
                let buyer = try await app.signUp("buyer\(index)").user
                people.append(buyer.id)
                _ = try await features.events.report(
                    EventReport(
                        events: [impression("imp-\(index)", popular, at: app.clock.now)], sentAt: app.clock.now),
                    by: buyer.id, device: nil)
                app.clock.advance(by: 60)
                if index == 0 { try await features.follows.follow(owner.id, by: buyer.id) }
                if index < 6 {
                    _ = try await features.searches.search(SearchRequest("茶杯开箱"), by: buyer.id)
                    try await features.events.record(.read, by: buyer.id, on: .note(popular))
                    _ = try await features.likes.like(popular, by: buyer.id)
                } else {
                    try await features.events.record(.read, by: buyer.id, on: .note(niche))
                }
                // Every product click came through a promotion's link.
                try await features.events.record(
                    .productClick, by: buyer.id, on: .product(shop.product.id), context: ["campaign": "spring-tea"])
                app.clock.advance(by: 3_600 * 7)  // the journeys spread over two days
                _ = try await buy(&world, shop, by: buyer.id)
            }
            // A signed-out device only looks.
            _ = try await features.events.report(
                EventReport(events: [impression("anon-1", popular, at: app.clock.now)], sentAt: app.clock.now),
                by: nil, device: "device-anon-1")
            // One purchase is refunded: it leaves the report.
            let refunded = world.orders[0].order
            _ = try await features.orders.requestRefund(refunded.id, by: world.orders[0].buyer)
            _ = try await features.orders.approveRefund(refunded.id, by: owner.id)

            let period = try ReportPeriod(since: start.utcDay, until: app.clock.now.addingTimeInterval(86_400))
            // What the brand paid: twice for the popular note, once for its creator and for a query, once in
            // another currency, once before the period, and the rival brand once.
            let reports = features.reports
            for (dimension, key, amount, currency, day, brand) in [
                (ReportDimension.note, popular.description, Int64(10_000), "CNY", start, shop.brand.id),
                (.note, " \(popular) ", 5_000, "cny", start.addingTimeInterval(86_400), shop.brand.id),
                (.creator, owner.id.description, 20_000, "CNY", start, shop.brand.id),
                (.query, "茶杯ＫＡＩ", 3_000, "CNY", start, shop.brand.id),
                (.campaign, " spring-tea ", 4_000, "CNY", start, shop.brand.id),
                (.note, niche.description, 700, "USD", start, shop.brand.id),
                (.note, popular.description, 99_999, "CNY", start.addingTimeInterval(-3 * 86_400), shop.brand.id),
                (.note, popular.description, 1_000, "CNY", start, rival.brand.id),
            ] {
                _ = try await reports.addSpend(
                    SpendDraft(dimension: dimension, key: key, amount: amount, currency: currency, day: day),
                    to: brand, by: owner.id)
            }
            let report = try await features.reports.report(of: shop.brand.id, period: period, by: owner.id)

            // Brute force: every person's raw events, classified by what the test knows.
            var cells: [Date?: [FunnelStage: Set<String>]] = [:]
            func count(_ stage: FunnelStage, _ actor: String, _ at: Date) {
                guard at >= period.since && at < period.until else { return }
                cells[at.utcDay, default: [:]][stage, default: []].insert(actor)
                cells[nil, default: [:]][stage, default: []].insert(actor)
            }
            let brandNotes: Set<NoteID> = [popular, niche]
            for person in people {
                for event in try await allEvents(world, of: person) {
                    switch (event.kind, event.subject.type) {
                    case (.impression, "note") where brandNotes.contains(NoteID(event.subject.id)):
                        count(.impression, person.description, event.at)
                    case (.read, "note") where brandNotes.contains(NoteID(event.subject.id)):
                        count(.read, person.description, event.at)
                    case (.like, "note"), (.collect, "note"), (.comment, "note"), (.share, "note"):
                        if brandNotes.contains(NoteID(event.subject.id)) {
                            count(.engage, person.description, event.at)
                        }
                    case (.productClick, "product"), (.productView, "product"):
                        if event.subject.id == shop.product.id.rawValue {
                            count(.productClick, person.description, event.at)
                        }
                    case (.purchase, _) where event.subject.id != refunded.id.rawValue:
                        count(.purchase, person.description, event.at)
                    default: break
                    }
                }
            }
            count(.impression, "d:device-anon-1", app.clock.now.truncatedToMilliseconds)
            func visible(_ actors: Set<String>?) -> Int? {
                let people = actors?.count ?? 0
                return people < BrandReport.minimumPeople ? (people == 0 ? 0 : nil) : people
            }
            for stage in FunnelStage.allCases {
                #expect(report.total.people[stage] ?? nil == visible(cells[nil]?[stage]), "\(stage)")
                for day in report.days {
                    let expected = visible(cells[day.day]?[stage])
                    #expect(day.counts.people[stage] ?? nil == expected, "\(stage) on \(day.day)")
                }
            }
            #expect(report.days.count == Int((period.until.timeIntervalSince(period.since) / 86_400).rounded(.up)))
            #expect(report.total.people[.impression] == 8 && report.total.people[.purchase] == 6)
            #expect(report.total.people[.addToCart] == 0)

            // Rows, from the stored paths of the purchases that were not refunded.
            var byNote: [NoteID: (orders: Set<OrderID>, buyers: Set<UserID>, gmv: Int64, linear: Int64)] = [:]
            var byQuery: [String: Set<UserID>] = [:]
            var byCreator: [UserID: [AttributionModel: Int64]] = [:]
            var byCampaign: [String: (orders: Set<OrderID>, buyers: Set<UserID>, gmv: Int64, linear: Int64)] = [:]
            for (order, buyer) in world.orders where order.id != refunded.id {
                let path = try await features.attribution.path(of: order.id, brand: shop.brand.id, by: owner.id)
                for (index, touch) in path.touches.enumerated() {
                    if let note = touch.note {
                        var row = byNote[note] ?? ([], [], 0, 0)
                        if row.orders.insert(order.id).inserted { row.gmv += order.total.amount }
                        row.buyers.insert(buyer)
                        row.linear += path.credits[.linear]?[index] ?? 0
                        byNote[note] = row
                    }
                    if let query = touch.query { byQuery[query, default: []].insert(buyer) }
                    if let campaign = touch.campaign {
                        var row = byCampaign[campaign] ?? ([], [], 0, 0)
                        if row.orders.insert(order.id).inserted { row.gmv += order.total.amount }
                        row.buyers.insert(buyer)
                        row.linear += path.credits[.linear]?[index] ?? 0
                        byCampaign[campaign] = row
                    }
                    if let creator = touch.creator {
                        for model in AttributionModel.allCases {
                            byCreator[creator, default: [:]][model, default: 0] += path.credits[model]?[index] ?? 0
                        }
                    }
                }
            }
            #expect(report.notes.map(\.key) == [popular])  // the niche note's one buyer is withheld
            let row = try #require(report.notes.first)
            let expected = try #require(byNote[popular])
            #expect(row.orders == expected.orders.count && row.buyers == expected.buyers.count)
            #expect(row.gmv == expected.gmv && row.attributed[.linear] == expected.linear)
            #expect(row.channel == .click)
            #expect(report.creators.map(\.key) == [owner.id] && report.creators[0].orders == 6)
            #expect(report.queries.isEmpty)  // searches were shown, but a click took the credit
            #expect(byQuery.isEmpty)
            #expect(report.suppressedRows == 1)
            #expect(report.orders == 6 && report.gmv == 6 * 12_900)
            let campaign = try #require(byCampaign["spring-tea"])
            #expect(report.campaigns.map(\.key) == ["spring-tea"] && byCampaign.count == 1)
            #expect(report.campaigns.first?.orders == campaign.orders.count)
            #expect(report.campaigns.first?.buyers == campaign.buyers.count && campaign.buyers.count == 6)
            #expect(report.campaigns.first?.gmv == campaign.gmv)
            #expect(report.campaigns.first?.attributed[.linear] == campaign.linear)

            // Return on spend, from the spends the test made and the credit it summed from the paths.
            let returns = Dictionary(
                uniqueKeysWithValues: report.returns.map { ("\($0.dimension):\($0.key):\($0.currency)", $0) })
            #expect(returns.count == 5)
            let promoted = try #require(returns["campaign:spring-tea:CNY"])
            #expect(promoted.cost == 4_000 && promoted.attributed[.linear] == campaign.linear)
            let note = try #require(returns["note:\(popular):CNY"])
            #expect(note.cost == 15_000 && note.attributed[.linear] == expected.linear)
            #expect(note.roi[.linear] == Double(expected.linear) / 15_000)
            let creator = try #require(returns["creator:\(owner.id):CNY"])
            #expect(creator.cost == 20_000 && creator.attributed == byCreator[owner.id])
            #expect(creator.roi[.lastTouch] == Double(byCreator[owner.id]?[.lastTouch] ?? -1) / 20_000)
            let query = try #require(returns["query:茶杯kai:CNY"])  // folded; no row: nothing attributed
            #expect(query.cost == 3_000 && query.attributed.values.allSatisfy { $0 == 0 } && query.roi[.linear] == 0)
            let foreign = try #require(returns["note:\(niche):USD"])
            #expect(foreign.cost == 700 && foreign.attributed.isEmpty && foreign.roi.isEmpty)
            let spends = try await reports.spends(of: shop.brand.id, period: period, by: owner.id)
            #expect(spends.count == 6 && spends.allSatisfy { $0.brand == shop.brand.id })
            #expect(spends.map(\.day) == spends.map(\.day).sorted())
            // Malformed spends write nothing; only members add, list and remove them.
            for (draft, error) in [
                (
                    SpendDraft(dimension: .note, key: "abc", amount: 1, currency: "CNY", day: start),
                    SpendError.keyInvalid
                ),
                (SpendDraft(dimension: .query, key: "  ", amount: 1, currency: "CNY", day: start), .keyInvalid),
                (SpendDraft(dimension: .note, key: "5", amount: 0, currency: "CNY", day: start), .amountInvalid),
                (SpendDraft(dimension: .note, key: "5", amount: 1, currency: "yuan", day: start), .currencyInvalid),
                (
                    SpendDraft(
                        dimension: .note, key: "5", amount: 1, currency: "CNY", day: start,
                        label: String(repeating: "贵", count: 101)), .labelTooLong
                ),
            ] {
                await #expect(throws: error) { try await reports.addSpend(draft, to: shop.brand.id, by: owner.id) }
            }
            await #expect(throws: BrandError.notMember(shop.brand.id)) {
                try await reports.addSpend(
                    SpendDraft(dimension: .note, key: "5", amount: 1, currency: "CNY", day: start), to: shop.brand.id,
                    by: people[0])
            }
            await #expect(throws: BrandError.notMember(shop.brand.id)) {
                try await reports.removeSpend(spends[0].id, of: shop.brand.id, by: people[0])
            }
            await #expect(throws: SpendError.notFound) {  // the rival's spend is not this brand's to remove
                let theirs = try await reports.spends(of: rival.brand.id, period: period, by: owner.id)
                try await reports.removeSpend(theirs[0].id, of: shop.brand.id, by: owner.id)
            }
            try await reports.removeSpend(spends[0].id, of: shop.brand.id, by: owner.id)
            #expect(try await reports.spends(of: shop.brand.id, period: period, by: owner.id).count == 5)

            // Seeding and re-search, by brute force: likes of the brand's notes, by people who do not follow
            // the author; people who saw or read one and later ran a search that showed the brand.
            var engagers: [UserID: Bool] = [:]  // person → follows the author
            var engagements = 0
            var beyond = 0
            var firstSeen: [UserID: Date] = [:]
            var researchers: Set<UserID> = []
            for person in people {
                let events = try await allEvents(world, of: person).sorted { ($0.at, $0.id) < ($1.at, $1.id) }
                let follows = try await features.follows.isFollowing(person, owner.id)
                for event in events where event.at >= period.since && event.at < period.until {
                    let onBrandNote = event.subject.type == "note" && brandNotes.contains(NoteID(event.subject.id))
                    if onBrandNote && [.like, .collect, .comment, .share].contains(event.kind) {
                        engagements += 1
                        if !follows { beyond += 1 }
                        engagers[person] = follows
                    }
                    if onBrandNote && [.impression, .read].contains(event.kind) && firstSeen[person] == nil {
                        firstSeen[person] = event.at
                    }
                    if event.kind == .search, let first = firstSeen[person], event.at > first,
                        (event.context["results"] ?? "").split(separator: ",").contains(where: {
                            brandNotes.map { "note:\($0)" }.contains(String($0.split(separator: "@")[0]))
                        }) || (event.context["query"] ?? "").contains("山茶花")
                    {
                        researchers.insert(person)
                    }
                }
            }
            #expect(
                report.seeding
                    == Seeding(
                        engagements: engagements, people: engagers.count, fromNonFollowers: beyond,
                        nonFollowers: engagers.values.filter { !$0 }.count))
            #expect(report.seeding?.engagements == 6 && report.seeding?.fromNonFollowers == 5)
            #expect(report.research == Research(readers: firstSeen.count, researchers: researchers.count))
            #expect(report.research == Research(readers: 7, researchers: 6))

            // Only the brand's members, and only sensible periods.
            await #expect(throws: BrandError.notMember(shop.brand.id)) {
                try await features.reports.report(of: shop.brand.id, period: period, by: people[0])
            }
            #expect(throws: ReportError.badRange) { try ReportPeriod(since: start, until: start) }
            #expect(throws: ReportError.tooLong) {
                try ReportPeriod(since: start, until: start.addingTimeInterval(400 * 86_400))
            }
        }
    }

    /// A phone browses signed out, then its owner signs up on it and buys: what the phone saw signed out in the
    /// window is the buyer's touch. A device the buyer never used, and what the phone saw before the window, are
    /// not.
    @Test(arguments: Backend.available)
    func whatABuyersDeviceSawSignedOutIsTheirTouch(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestApp.make(stores: stores)
            let features = app.features
            let owner = try await app.signUp("teashop").user
            let shop = try await ShopFixture.make(
                brands: features.brands, products: features.products, stores: stores, owner: owner, name: "山茶花")
            let rival = try await ShopFixture.make(
                brands: features.brands, products: features.products, stores: stores, owner: owner, name: "竹林")
            var world = World(app: app, owner: owner, shop: shop, rival: rival)
            world.productBrands = [shop.product.id: shop.brand.id, rival.product.id: rival.brand.id]
            let early = try await publish(&world, "去年的茶杯", products: [shop.product.id], by: owner.id)
            let seen = try await publish(&world, "茶杯开箱", products: [shop.product.id], by: owner.id)
            let other = try await publish(&world, "别人的手机", products: [shop.product.id], by: owner.id)
            func report(_ id: String, _ note: NoteID, by user: UserID?, device: String) async throws {
                _ = try await features.events.report(
                    EventReport(events: [impression(id, note, at: app.clock.now)], sentAt: app.clock.now),
                    by: user, device: device)
            }
            try await report("a-early", early, by: nil, device: "phone-ada-1")
            app.clock.advance(by: 8 * 86_400)  // outside the week before the purchase
            try await report("a-seen", seen, by: nil, device: "phone-ada-1")
            try await report("b-other", other, by: nil, device: "phone-bob-1")  // someone else's phone
            app.clock.advance(by: 3_600)
            let ada = try await app.signUp("ada").user
            try await report("a-signed-in", seen, by: ada.id, device: "phone-ada-1")  // the phone is Ada's
            app.clock.advance(by: 600)
            let order = try await buy(&world, shop, by: ada.id)

            let path = try await features.attribution.path(of: order.id, brand: shop.brand.id, by: owner.id)
            let anonymous = try await stores.attribution.events(
                ofDevices: ["phone-ada-1"], since: app.clock.now.addingTimeInterval(-7 * 86_400), through: app.clock.now
            )
            #expect(anonymous.count == 1 && anonymous[0].user == nil && anonymous[0].subject == .note(seen))
            // Both impressions of the note seen are view-through touches; nothing else is.
            #expect(path.touches.map(\.note) == [seen, seen])
            #expect(path.touches.first?.event == anonymous[0].id)
            #expect(path.channel == .view)
            #expect(path.credits[.firstTouch] == [order.total.amount, 0])
            #expect(
                try await stores.attribution.events(ofDevices: [], since: .distantPast, through: .distantFuture).isEmpty
            )
        }
    }

    private func allEvents(_ world: World, of user: UserID) async throws -> [Event] {
        var all: [Event] = []
        var page = try await world.app.features.events.events(by: user, page: .first(100))
        all += page.items
        while let next = page.next {
            page = try await world.app.features.events.events(by: user, page: PageRequest(limit: 100, after: next))
            all += page.items
        }
        return all
    }

    private func impression(_ id: String, _ note: NoteID, at: Date) -> ReportedEvent {
        ReportedEvent(clientID: id, kind: "impression", subject: .note(note), context: ["surface": "feed"], at: at)
    }

    private func publish(_ world: inout World, _ title: String, products: [ProductID], by author: UserID)
        async throws -> NoteID
    {
        let note = try await world.app.features.notes.publish(
            NoteDraft(title: title, body: "\(title)，记录一下", products: products), by: author)
        world.noteProducts[note.id] = products
        world.noteAuthors[note.id] = author
        return note.id
    }

    private func buy(_ world: inout World, _ shop: ShopFixture, by buyer: UserID) async throws -> Order {
        let features = world.app.features
        let paid = try await shop.buy(
            by: buyer, checkout: features.checkout, orders: features.orders,
            key: "attribution-order-\(world.orders.count)")
        world.orders.append((paid, buyer))
        return paid
    }

    /// The credited touches of one order, from the buyer's raw events alone: relevant to the order's brand,
    /// in the 7 days up to the purchase, click-through ones if any, else view-through ones.
    private func recompute(_ world: World, order: Order, buyer: UserID, settings: AttributionSettings)
        async throws -> [(event: Int64, at: Date)]
    {
        var all: [Event] = []
        var page = try await world.app.features.events.events(by: buyer, page: .first(100))
        all += page.items
        while let next = page.next {
            page = try await world.app.features.events.events(by: buyer, page: PageRequest(limit: 100, after: next))
            all += page.items
        }
        guard let purchase = all.first(where: { $0.kind == .purchase && $0.subject.id == order.id.rawValue })
        else { return [] }
        let brand = order.brand
        func showsBrand(_ note: Int64) -> Bool {
            world.noteProducts[NoteID(note)]?.contains { world.productBrands[$0] == brand } == true
        }
        func ofBrand(_ product: Int64) -> Bool { world.productBrands[ProductID(product)] == brand }
        var clicks: [(Int64, Date)] = []
        var views: [(Int64, Date)] = []
        for event in all.sorted(by: { ($0.at, $0.id) < ($1.at, $1.id) })
        where event.at <= purchase.at && purchase.at.timeIntervalSince(event.at) <= settings.lookback {
            let id = event.subject.id
            switch (event.kind, event.subject.type) {
            case (.read, "note") where showsBrand(id), (.searchClick, "note") where showsBrand(id),
                (.productClick, "product") where ofBrand(id), (.productView, "product") where ofBrand(id),
                (.addToCart, "product") where ofBrand(id), (.searchClick, "product") where ofBrand(id):
                clicks.append((event.id, event.at))
            case (.impression, "note") where showsBrand(id), (.impression, "product") where ofBrand(id):
                views.append((event.id, event.at))
            case (.search, _):
                let shown = (event.context["results"] ?? "").split(separator: ",").map { $0.split(separator: "@")[0] }
                if shown.contains(where: { entry in
                    let parts = entry.split(separator: ":")
                    guard let id = Int64(parts[1]) else { return false }
                    return parts[0] == "note" ? showsBrand(id) : parts[0] == "product" && ofBrand(id)
                }) {
                    views.append((event.id, event.at))
                }
            default: break
            }
        }
        return clicks.isEmpty ? views : clicks
    }

    /// The credits the definitions give (weights, then whole fen by largest remainder).
    static func credits(
        _ touches: [(event: Int64, at: Date)], order: Order, paidAt: Date, _ model: AttributionModel,
        halfLife: TimeInterval
    ) -> [Int64] {
        guard !touches.isEmpty else { return [] }
        let ages = touches.map { paidAt.timeIntervalSince($0.at) }
        return AttributionModel.split(order.total.amount, by: model.weights(ages: ages, halfLife: halfLife))
    }
}
