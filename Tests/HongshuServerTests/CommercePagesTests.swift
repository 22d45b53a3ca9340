import Commerce
import Community
import Foundation
import HTTPTypes
import HongshuCore
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import TestSupport
import Testing

@testable import HongshuServer

@Suite struct CommercePagesTests {
    /// A brand opens a shop and lists a product from the console; a note shows its card; a
    /// buyer adds it to the cart, checks out, pays (after a declined card), receives it and
    /// reviews it — every step a page or a form, every mistake an inline message.
    @Test(arguments: Backend.available)
    func fromConsoleToReview(_ backend: Backend) async throws {
        try await backend.withStores { stores in try await Self.journey(TestApp.make(stores: stores)) }
    }

    static func journey(_ app: TestApp) async throws {
        let ada = try await app.signUp("ada", name: "阿达")
        let bob = try await app.signUp("bob", name: "小波")
        let adaJar = try await jar(app, ada.user)
        let bobJar = try await jar(app, bob.user)
        let features = app.features
        try await app.application.test(.router) { client in
            func post(_ path: String, _ jar: CookieJar, _ fields: [(String, String)]) async throws -> TestResponse {
                let (headers, body) = jar.form(fields)
                return try await client.execute(uri: path, method: .post, headers: headers, body: body)
            }
            func get(_ path: String, _ jar: CookieJar) async throws -> TestResponse {
                try await client.execute(uri: path, method: .get, headers: jar.header)
            }

            // The console: a brand, then a product (a bad price first).
            var response = try await post("/console/brands", adaJar, [("name", " "), ("description", "")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("A brand name is 1 to"))
            response = try await post("/console/brands", adaJar, [("name", "山茶花"), ("description", "手工茶具")])
            #expect(response.status == .seeOther)
            let console = try #require(response.headers[.location])
            let brand = try #require(console.split(separator: "/").last.map(String.init))
            response = try await post(
                "\(console)/products", adaJar,
                [("name", "粗陶茶杯"), ("price", "十块"), ("stock", "5"), ("variants", "M, L"), ("status", "active")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("A price such as 129"))
            #expect(response.text.contains("value=\"粗陶茶杯\""))  // what was typed stays
            response = try await post(
                "\(console)/products", adaJar,
                [("name", "粗陶茶杯"), ("price", "129.5"), ("stock", "5"), ("variants", "M, L"), ("status", "active")])
            #expect(response.status == .seeOther)
            let productPath = try #require(response.headers[.location])
            let productID = try #require(ProductID(productPath.split(separator: "/").last ?? ""))
            let product = try await features.products.product(productID, viewer: nil)
            #expect(product.skus.map(\.label) == ["M", "L"])
            #expect(product.skus.allSatisfy { $0.price == .fen(12_950) && $0.stock == 5 })
            response = try await get(productPath, bobJar)
            #expect(response.text.contains("¥129.50") && response.text.contains("加入购物车"))

            // A note shows the product's card (linked from the new-note form); the card counts the
            // click and opens the product.
            response = try await post("/notes", adaJar, [("title", "新杯子"), ("body", "泡茶刚刚好"), ("productIds", "杯子")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("不是商品链接或编号"))
            response = try await post(
                "/notes", adaJar,
                [("title", "新杯子"), ("body", "泡茶刚刚好"), ("productIds", "http://localhost:8080\(productPath)?from=note")])
            #expect(response.status == .seeOther)
            let notePath = try #require(response.headers[.location])
            let note = try await features.notes.note(try #require(NoteID(notePath.split(separator: "/").last ?? "")))
            #expect(note.products == [productID])
            response = try await get("/notes/\(note.id)", bobJar)
            #expect(response.text.contains("href=\"/notes/\(note.id)/products/\(productID)\""))
            response = try await get("/notes/\(note.id)/products/\(productID)", bobJar)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "\(productPath)?from=note")

            // The cart: too many, then two.
            let medium = product.skus[0].id
            response = try await post(
                "/cart", bobJar, [("product", "\(productID)"), ("sku", "\(medium)"), ("quantity", "9")])
            #expect(response.status == .conflict)
            #expect(response.text.contains("Only 5 left in stock."))
            response = try await post(
                "/cart", bobJar, [("product", "\(productID)"), ("sku", "\(medium)"), ("quantity", "2")])
            #expect(response.status == .seeOther)
            response = try await get("/cart", bobJar)
            #expect(response.text.contains("¥259.00"))

            // Checkout: an unknown promo code is shown beside the field; then the order.
            let key = UUID().uuidString
            response = try await post("/checkout", bobJar, [("brandId", brand), ("key", key), ("promoCode", "NOPE")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("There is no promo code NOPE"))
            response = try await post("/checkout", bobJar, [("brandId", brand), ("key", key), ("promoCode", "")])
            #expect(response.status == .seeOther)
            let orderPath = try #require(response.headers[.location])
            response = try await get(orderPath, bobJar)
            #expect(response.text.contains("支付 Pay ¥259.00"))
            response = try await post(
                "\(orderPath)/pay", bobJar, [("card", "4000 0000 0000 0002"), ("key", UUID().uuidString)])
            #expect(response.status.code == 402)
            #expect(response.text.contains("The payment was declined"))
            response = try await post(
                "\(orderPath)/pay", bobJar, [("card", "4242424242424242"), ("key", UUID().uuidString)])
            #expect(response.status == .seeOther)
            response = try await get(orderPath, bobJar)
            #expect(response.text.contains("已付款 Paid"))

            // The shop ships; the buyer confirms delivery and reviews.
            response = try await get("/console/brands/\(brand)/orders?status=paid", adaJar)
            #expect(response.text.contains(orderPath))
            response = try await post("\(orderPath)/ship", adaJar, [])
            #expect(response.status == .seeOther)
            response = try await post("\(orderPath)/ship", adaJar, [])
            #expect(response.status == .conflict)  // already shipped: said on the page
            #expect(response.text.contains("cannot become shipped"))
            response = try await post("\(orderPath)/deliver", bobJar, [])
            #expect(response.status == .seeOther)
            response = try await get(orderPath, bobJar)
            #expect(response.text.contains("写评价"))
            response = try await post(
                "\(orderPath)/reviews", bobJar,
                [("productId", "\(productID)"), ("rating", "4"), ("title", "杯子很好看"), ("body", "手感温润")])
            #expect(response.status == .seeOther)
            let reviewNote = try #require(response.headers[.location])
            response = try await get(reviewNote, bobJar)
            #expect(response.text.contains("已购 Purchased"))
            response = try await get(productPath, bobJar)
            #expect(response.text.contains("杯子很好看") && response.text.contains("4.0"))
            response = try await get("/orders", bobJar)
            #expect(response.text.contains(orderPath))
            // Someone else's console is out of bounds — until the owner adds them to the team.
            response = try await get(console, bobJar)
            #expect(response.status == .forbidden)
            response = try await post("\(console)/members", adaJar, [("handle", "@nobody"), ("role", "staff")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("There is no @nobody"))
            response = try await post("\(console)/members", adaJar, [("handle", "@bob"), ("role", "staff")])
            #expect(response.status == .seeOther)
            response = try await get(console, bobJar)
            #expect(response.status == .ok && response.text.contains("员工 Staff"))
            response = try await post("\(console)/members", bobJar, [("handle", "ada"), ("role", "none")])
            #expect(response.status == .forbidden)  // staff cannot remove the owner
            // Editing a product from the console; a name too long is said inline and nothing changes.
            response = try await post(
                "/console/products/\(productID)/status", adaJar,
                [("name", String(repeating: "杯", count: 41)), ("description", ""), ("status", "active")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("A product name is 1 to 40 characters."))
            response = try await post(
                "/console/products/\(productID)/status", adaJar,
                [("name", "粗陶茶杯（新版）"), ("description", "更厚实"), ("status", "archived")])
            #expect(response.status == .ok && response.text.contains("已保存 Saved"))
            let edited = try await features.products.product(productID, viewer: ada.user.id)
            #expect(edited.name == "粗陶茶杯（新版）" && edited.status == .archived && edited.skus.count == 2)
            // Promo codes, one for a creator.
            response = try await post(
                "\(console)/promos", adaJar, [("code", "BOB10"), ("percent", "10"), ("creator", "@nobody")])
            #expect(response.status == .unprocessableContent)
            response = try await post(
                "\(console)/promos", adaJar,
                [("code", "BOB10"), ("percent", "10"), ("limit", "5"), ("creator", "@bob")])
            #expect(response.status == .seeOther)
            response = try await get("\(console)/promos", adaJar)
            #expect(response.text.contains("BOB10") && response.text.contains("10% off"))
        }
    }

    /// The service `serve` runs cancels unpaid orders once their time is up and gives the stock back.
    @Test func unpaidOrdersExpire() async throws {
        let app = try await TestApp.make()
        let bob = try await app.signUp("bob")
        let shop = try await ShopFixture.make(
            brands: app.features.brands, products: app.features.products, stores: app.stores, stock: 3)
        let order = try await app.features.checkout.place(
            CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 3)]), by: bob.user.id,
            key: "expire-me-1")
        let service = OrderExpiryService(orders: app.features.orders, logger: .init(label: "test"))
        await service.expireOnce()
        #expect(try await app.features.orders.order(order.id, viewer: bob.user.id).status == .pending)
        app.clock.advance(by: 31 * 60)
        await service.expireOnce()
        #expect(try await app.features.orders.order(order.id, viewer: bob.user.id).status == .cancelled)
        #expect(try await app.features.products.product(shop.product.id, viewer: nil).skus[0].stock == 3)
    }

    /// A signed-in browser: a web session cookie and a CSRF cookie its forms echo.
    static func jar(_ app: TestApp, _ user: User) async throws -> CookieJar {
        let session = try await app.features.accounts.openSession(for: user, kind: .web)
        return CookieJar(cookies: ["hs_session": session.token, "hs_csrf": "csrf-\(user.handle)"])
    }
}
