import Commerce
import Community
import Foundation
import HTTPTypes
import HongshuCore
import HongshuServer
import Hummingbird
import HummingbirdTesting
import Insights
import NIOCore
import TestSupport
import Testing

@Suite struct InsightsAPITests {
    /// A purchase made after reading a note and clicking its product card shows that path to the brand, and to
    /// nobody else.
    @Test func aBrandSeesThePathToItsPurchase() async throws {
        let app = try await TestApp.make()
        let features = app.features
        let owner = try await app.signUp("teashop")
        let shop = try await ShopFixture.make(
            brands: features.brands, products: features.products, stores: app.stores, owner: owner.user)
        let creator = try await app.signUp("creator")
        let note = try await features.notes.publish(
            NoteDraft(title: "茶杯开箱", body: "一杯一窑", products: [shop.product.id]), by: creator.user.id)
        let buyer = try await app.signUp("buyer")
        let clock = app.clock
        try await app.application.test(.router) { client in
            try await client.execute(uri: "/api/v1/notes/\(note.id)", method: .get, headers: buyer.headers) {
                #expect($0.status == .ok)
            }
            clock.advance(by: 600)
            try await client.execute(
                uri: "/api/v1/notes/\(note.id)/products/\(shop.product.id)/click", method: .post,
                headers: buyer.headers
            ) { #expect($0.status == .noContent) }
            clock.advance(by: 600)
            let order = try await shop.buy(
                2, by: buyer.user.id, checkout: features.checkout, orders: features.orders, key: "insights-order-1")
            let path = "/api/v1/brands/\(shop.brand.id)/insights/orders/\(order.id)/path"
            try await client.execute(uri: path, method: .get, headers: owner.headers) { response in
                #expect(response.status == .ok)
                let json = try response.json(JSONValue.self)
                #expect(json["amount"]?["amount"]?.int == 25_800 && json["channel"]?.string == "click")
                let touches = try #require(json["touches"]?.array)
                #expect(touches.map { $0["kind"]?.string } == ["read", "product_click"])
                #expect(touches.allSatisfy { $0["creator"]?["handle"]?.string == "creator" })
                #expect(touches[0]["note"]?["title"]?.string == "茶杯开箱")
                #expect(touches.map { $0["credits"]?["last_touch"]?.int } == [0, 25_800])
                #expect(touches.map { $0["credits"]?["linear"]?.int } == [12_900, 12_900])
            }
            try await client.execute(uri: path, method: .get, headers: buyer.headers) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: path, method: .get) { #expect($0.status == .unauthorized) }
            try await client.execute(
                uri: "/api/v1/brands/\(shop.brand.id)/insights/orders/12345/path", method: .get,
                headers: owner.headers
            ) {
                #expect($0.status == .notFound)
                #expect($0.errorCode == "attribution.not_found")
            }
            try await client.execute(
                uri: "/api/v1/brands/\(shop.brand.id)/insights/orders/abc/path", method: .get, headers: owner.headers
            ) { #expect($0.status == .badRequest) }
        }
    }

    /// The report as JSON and CSV: withheld cells are null (empty in CSV); bad periods and strangers are refused.
    @Test func aBrandReadsItsReportAndExportsItsTables() async throws {
        let app = try await TestApp.make()
        let features = app.features
        let owner = try await app.signUp("teashop")
        let shop = try await ShopFixture.make(
            brands: features.brands, products: features.products, stores: app.stores, owner: owner.user, stock: 50)
        let note = try await features.notes.publish(
            NoteDraft(title: "茶杯开箱", body: "一杯一窑, \"好用\"", products: [shop.product.id]), by: owner.user.id)
        for index in 0..<6 {
            let buyer = try await app.signUp("buyer\(index)").user
            try await features.events.record(.read, by: buyer.id, on: .note(note.id))
            if index < 5 {
                _ = try await shop.buy(
                    by: buyer.id, checkout: features.checkout, orders: features.orders, key: "report-order-\(index)")
            }
        }
        let base = "/api/v1/brands/\(shop.brand.id)/insights"
        let stranger = try await app.signUp("stranger")
        try await app.application.test(.router) { client in
            try await client.execute(uri: base, method: .get, headers: owner.headers) { response in
                #expect(response.status == .ok)
                let json = try response.json(JSONValue.self)
                #expect(json["funnel"]?["people"]?["read"]?.int == 6)
                #expect(json["funnel"]?["people"]?["purchase"]?.int == 5)
                #expect(json["funnel"]?["people"]?["impression"]?.int == 0)
                #expect(json["orders"]?.int == 5 && json["gmv"]?.int == 5 * 12_900)
                let row = try #require(json["notes"]?.array?.first)
                #expect(row["title"]?.string == "茶杯开箱" && row["buyers"]?.int == 5)
                #expect(row["attributed"]?["last_touch"]?.int == 5 * 12_900)
                #expect(json["days"]?.array?.count == 30)
                #expect(json["seeding"] == .null)  // nobody engaged: nothing to show, and nothing about anyone
                #expect(json["research"]?["readers"]?.int == 6 && json["research"]?["researchers"]?.int == 0)
            }
            try await client.execute(uri: base + "/funnel.csv", method: .get, headers: owner.headers) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let lines = response.text.split(separator: "\r\n")
                #expect(lines.first == "day,impression,read,engage,product_click,add_to_cart,purchase")
                #expect(lines.last == "total,0,6,0,0,0,5")
            }
            try await client.execute(uri: base + "/notes.csv", method: .get, headers: owner.headers) { response in
                #expect(response.text.contains("\(note.id),茶杯开箱,click,5,5,64500,64500,"))
            }
            try await client.execute(uri: base + "/secrets.csv", method: .get, headers: owner.headers) {
                #expect($0.status == .notFound)
            }
            try await client.execute(
                uri: base + "?since=2026-11-20&until=2026-11-10", method: .get, headers: owner.headers
            ) {
                #expect($0.status == .unprocessableContent)
                #expect($0.errorCode == "report.bad_range")
            }
            try await client.execute(uri: base + "?since=yesterday", method: .get, headers: owner.headers) {
                #expect($0.status == .badRequest)
            }
            try await client.execute(uri: base, method: .get, headers: stranger.headers) {
                #expect($0.status == .forbidden)
            }
        }
    }
}

extension InsightsAPITests {
    /// Spends through the API: recorded, listed, shown against what they brought in the report and its CSV,
    /// removed; malformed ones are refused with their codes and write nothing; strangers are refused.
    @Test func aBrandRecordsWhatItSpentAndSeesTheReturn() async throws {
        let app = try await TestApp.make()
        let features = app.features
        let owner = try await app.signUp("teashop")
        let shop = try await ShopFixture.make(
            brands: features.brands, products: features.products, stores: app.stores, owner: owner.user, stock: 50)
        let note = try await features.notes.publish(
            NoteDraft(title: "茶杯开箱", body: "一杯一窑", products: [shop.product.id]), by: owner.user.id)
        for index in 0..<5 {
            let buyer = try await app.signUp("buyer\(index)").user
            try await features.events.record(.read, by: buyer.id, on: .note(note.id))
            _ = try await shop.buy(
                by: buyer.id, checkout: features.checkout, orders: features.orders, key: "spend-order-\(index)")
        }
        let stranger = try await app.signUp("stranger")
        let base = "/api/v1/brands/\(shop.brand.id)/spend"
        let today = app.clock.now.formatted(
            Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash))
        @Sendable func body(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
        try await app.application.test(.router) { client in
            var id = ""
            try await client.execute(
                uri: base, method: .post, headers: owner.headers,
                body: body(
                    #"{"dimension":"note","key":"\#(note.id)","amount":{"amount":32250,"currency":"CNY"},"day":"\#(today)","label":"达人合作"}"#
                )
            ) { response in
                #expect(response.status == .created)
                let json = try response.json(JSONValue.self)
                id = json["id"]?.string ?? ""
                #expect(json["key"]?.string == note.id.description && json["day"]?.string == today)
                #expect(json["amount"]?["amount"]?.int == 32_250 && json["label"]?.string == "达人合作")
            }
            for (text, status, code) in [
                (
                    #"{"dimension":"ad","key":"1","amount":{"amount":1,"currency":"CNY"},"day":"\#(today)"}"#,
                    HTTPResponse.Status.badRequest, "request.bad_parameter"
                ),
                (
                    #"{"dimension":"note","key":"1","amount":{"amount":1,"currency":"CNY"},"day":"tomorrow"}"#,
                    .badRequest, "request.bad_parameter"
                ),
                (
                    #"{"dimension":"note","key":"1","amount":{"amount":-5,"currency":"CNY"},"day":"\#(today)"}"#,
                    .unprocessableContent, "spend.amount_invalid"
                ),
                (
                    #"{"dimension":"creator","key":"@x","amount":{"amount":5,"currency":"CNY"},"day":"\#(today)"}"#,
                    .unprocessableContent, "spend.key_invalid"
                ),
                (#"{"dimension":"note"}"#, .badRequest, "request.malformed"),
            ] {
                try await client.execute(uri: base, method: .post, headers: owner.headers, body: body(text)) {
                    #expect($0.status == status, "\(text)")
                    #expect($0.errorCode == code, "\(text)")
                }
            }
            try await client.execute(
                uri: base, method: .post, headers: stranger.headers,
                body: body(#"{"dimension":"note","key":"1","amount":{"amount":1,"currency":"CNY"},"day":"\#(today)"}"#)
            ) { #expect($0.status == .forbidden) }
            try await client.execute(uri: base, method: .get, headers: owner.headers) { response in
                #expect(response.status == .ok)
                let items = try response.json(JSONValue.self)["items"]?.array
                #expect(items?.count == 1)
            }
            try await client.execute(
                uri: "/api/v1/brands/\(shop.brand.id)/insights", method: .get, headers: owner.headers
            ) { response in
                let spend = try #require(try response.json(JSONValue.self)["returns"]?.array?.first)
                #expect(spend["cost"]?["amount"]?.int == 32_250)
                #expect(spend["attributed"]?["linear"]?.int == 5 * 12_900)  // the note took every purchase's credit
                #expect(spend["roi"]?["linear"]?.double == 2.0)
            }
            try await client.execute(
                uri: "/api/v1/brands/\(shop.brand.id)/insights/returns.csv", method: .get, headers: owner.headers
            ) { response in
                #expect(response.text.hasPrefix("dimension,key,currency,cost,last_touch,"))
                #expect(response.text.contains("note,\(note.id),CNY,32250,64500,64500,"))
                #expect(response.text.contains(",2.0000"))
            }
            try await client.execute(uri: base + "/\(id)", method: .delete, headers: stranger.headers) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: base + "/\(id)", method: .delete, headers: owner.headers) {
                #expect($0.status == .noContent)
            }
            try await client.execute(uri: base + "/\(id)", method: .delete, headers: owner.headers) {
                #expect($0.status == .notFound)
                #expect($0.errorCode == "spend.not_found")
            }
            try await client.execute(uri: base + "/abc", method: .delete, headers: owner.headers) {
                #expect($0.status == .badRequest)
            }
        }
    }
}

@Suite struct InsightsPagesTests {
    /// The dashboard draws the funnel and the days as SVG with Chinese labels, offers every table as CSV, and
    /// answers a malformed or backwards period with an inline message.
    @Test func theDashboardDrawsTheReport() async throws {
        let app = try await TestApp.make()
        let features = app.features
        let owner = try await app.signUp("teashop")
        let shop = try await ShopFixture.make(
            brands: features.brands, products: features.products, stores: app.stores, owner: owner.user, stock: 50)
        let note = try await features.notes.publish(
            NoteDraft(title: "茶杯开箱", body: "一杯一窑", products: [shop.product.id]), by: owner.user.id)
        var orders: [OrderID] = []
        var buyers: [User] = []
        for index in 0..<5 {
            let buyer = try await app.signUp("buyer\(index)").user
            buyers.append(buyer)
            try await features.events.record(.read, by: buyer.id, on: .note(note.id))
            let order = try await shop.buy(
                by: buyer.id, checkout: features.checkout, orders: features.orders, key: "page-order-\(index)")
            orders.append(order.id)
        }
        let buyerJar = try await CommercePagesTests.jar(app, buyers[0])
        let firstOrder = orders[0]
        let ownerJar = try await CommercePagesTests.jar(app, owner.user)
        let stranger = try await app.signUp("stranger")
        let strangerJar = try await CommercePagesTests.jar(app, stranger.user)
        let base = "/console/brands/\(shop.brand.id)/insights"
        let now = app.clock.now
        let reports = features.reports
        let around = try ReportPeriod(since: now.addingTimeInterval(-86_400), until: now.addingTimeInterval(86_400))
        try await app.application.test(.router) { client in
            try await client.execute(uri: base, method: .get, headers: ownerJar.header) { response in
                #expect(response.status == .ok)
                let page = response.text
                #expect(page.contains("<svg class=\"chart\""))
                #expect(page.contains("转化漏斗") && page.contains("茶杯开箱"))
                #expect(page.contains("/console/brands/\(shop.brand.id)/insights/notes.csv?since="))
                #expect(page.contains(">5<") || page.contains("<strong>5</strong>"))
            }
            try await client.execute(uri: base + "/notes.csv", method: .get, headers: ownerJar.header) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("茶杯开箱,click,5,5,64500"))
            }
            try await client.execute(uri: base + "?since=someday", method: .get, headers: ownerJar.header) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("aria-invalid=\"true\""))
            }
            try await client.execute(
                uri: base + "?since=2026-02-01&until=2026-01-01", method: .get, headers: ownerJar.header
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.text.contains("before its end"))
            }
            try await client.execute(uri: base, method: .get, headers: strangerJar.header) {
                #expect($0.status == .forbidden)
            }
            // The shop sees the path to each purchase on the order's page; the buyer does not.
            try await client.execute(uri: "/orders/\(firstOrder)", method: .get, headers: ownerJar.header) { response in
                #expect(response.text.contains("来源 Path to purchase") && response.text.contains("茶杯开箱"))
            }
            try await client.execute(uri: "/orders/\(firstOrder)", method: .get, headers: buyerJar.header) { response in
                #expect(response.status == .ok && !response.text.contains("Path to purchase"))
            }

            // Return on spend: a bad amount is shown inline and nothing is kept; a spend by @handle is kept and
            // shown against what the creator's notes brought; it can be removed.
            func post(_ path: String, _ fields: [(String, String)]) async throws -> TestResponse {
                let (headers, body) = ownerJar.form(fields)
                return try await client.execute(uri: path, method: .post, headers: headers, body: body)
            }
            let today = now.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day().dateSeparator(.dash))
            var response = try await post(
                base + "/spend",
                [("dimension", "creator"), ("key", "@teashop"), ("amount", "abc"), ("day", today), ("label", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("aria-invalid=\"true\"") && response.text.contains("@teashop"))
            #expect(try await reports.spends(of: shop.brand.id, period: around, by: owner.user.id).isEmpty)
            response = try await post(
                base + "/spend",
                [
                    ("dimension", "creator"), ("key", "@teashop"), ("amount", "¥322.50"), ("day", today),
                    ("label", "达人合作"),
                ])
            #expect(response.status == .seeOther || response.status == .found)
            response = try await client.execute(uri: base, method: .get, headers: ownerJar.header)
            #expect(response.text.contains("投放回报") && response.text.contains("达人合作"))
            #expect(response.text.contains("¥322.50") && response.text.contains("2.00×"))
            let spend = try #require(
                try await reports.spends(of: shop.brand.id, period: around, by: owner.user.id).first)
            response = try await post(base + "/spend/\(spend.id)/delete", [("since", ""), ("until", "")])
            #expect(response.status == .seeOther || response.status == .found)
            response = try await client.execute(uri: base, method: .get, headers: ownerJar.header)
            #expect(!response.text.contains("达人合作"))
        }
    }
}
