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
            let order = try await features.checkout.place(
                CheckoutRequest(items: [.init(sku: shop.medium.id, quantity: 2)]), by: buyer.user.id,
                key: "insights-order-1")
            _ = try await features.orders.pay(
                order.id, card: "4242424242424242", by: buyer.user.id, key: "insights-pay-1")
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
}
