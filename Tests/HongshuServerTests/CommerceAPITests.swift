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

@Suite struct CommerceAPITests {
    /// A brand lists a product, a note shows its card, a buyer adds it to the cart, checks out
    /// with a key, pays, and the order shows up for the shop.
    @Test func fromBrandToPaidOrder() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        try await app.application.test(.router) { client in
            let brand = try await client.execute(
                uri: "/api/v1/brands", method: .post, headers: ada.headers,
                body: ByteBuffer(string: #"{"name":"山茶花","description":"手工茶具"}"#)
            ) { response in
                #expect(response.status == .created)
                let json = try response.json(JSONValue.self)
                #expect(json["myRole"] == .string("owner"))
                return try #require(json["id"]?.string)
            }
            let product = try await client.execute(
                uri: "/api/v1/brands/\(brand)/products", method: .post, headers: ada.headers,
                body: ByteBuffer(
                    string: #"""
                        {"name":"粗陶茶杯","description":"一杯一窑","skus":[
                          {"attributes":{"size":"M"},"price":{"amount":12900,"currency":"CNY"},"stock":3},
                          {"attributes":{"size":"L"},"price":{"amount":14900,"currency":"cny"},"stock":1}]}
                        """#)
            ) { response in
                #expect(response.status == .created)
                return try response.json(JSONValue.self)
            }
            let productID = try #require(product["id"]?.string)
            let medium = try #require(product["skus"]?.array?.first?["id"]?.string)
            #expect(product["fromPrice"] == .object(["amount": .number(12_900), "currency": .string("CNY")]))
            let note = try await client.execute(
                uri: "/api/v1/notes", method: .post, headers: ada.headers,
                body: ByteBuffer(string: #"{"title":"新杯子","body":"泡茶刚刚好","productIds":["\#(productID)"]}"#)
            ) { response in
                #expect(response.status == .created)
                let json = try response.json(JSONValue.self)
                #expect(json["products"]?.array?.first?["name"] == .string("粗陶茶杯"))
                return try #require(json["id"]?.string)
            }
            try await client.execute(
                uri: "/api/v1/notes/\(note)/products/\(productID)/click", method: .post, headers: bob.headers
            ) { response in #expect(response.status == .noContent) }
            try await client.execute(uri: "/api/v1/products/\(productID)", method: .get) { response in
                #expect(response.status == .ok)
                let json = try response.json(JSONValue.self)
                #expect(json["brand"]?["name"] == .string("山茶花"))
            }
            try await client.execute(
                uri: "/api/v1/cart/items/\(medium)", method: .put, headers: bob.headers,
                body: ByteBuffer(string: #"{"quantity":2}"#)
            ) { response in
                #expect(response.status == .ok)
                let json = try response.json(JSONValue.self)
                #expect(json["itemCount"] == .number(2))
                #expect(json["groups"]?.array?.first?["subtotal"]?["amount"] == .number(25_800))
            }
            // A price sent by the client is ignored: the shop's price is charged.
            var keyed = bob.headers
            keyed[.idempotencyKey] = "checkout-0001"
            let tampered = #"{"total":{"amount":1,"currency":"CNY"},"price":1}"#
            let order = try await client.execute(
                uri: "/api/v1/orders", method: .post, headers: keyed, body: ByteBuffer(string: tampered)
            ) { response in
                #expect(response.status == .created)
                let json = try response.json(JSONValue.self)
                #expect(json["total"]?["amount"] == .number(25_800))
                #expect(json["status"] == .string("pending"))
                return try #require(json["id"]?.string)
            }
            try await client.execute(
                uri: "/api/v1/orders", method: .post, headers: keyed, body: ByteBuffer(string: tampered)
            ) { response in
                #expect(response.status == .created)
                let json = try response.json(JSONValue.self)
                #expect(json["id"]?.string == order)
            }
            try await client.execute(
                uri: "/api/v1/orders", method: .post, headers: keyed,
                body: ByteBuffer(string: #"{"items":[{"skuId":"\#(medium)","quantity":1}]}"#)
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(response.errorCode == "idempotency.key_reused")
            }
            var paying = bob.headers
            paying[.idempotencyKey] = "pay-0000001"
            try await client.execute(
                uri: "/api/v1/orders/\(order)/pay", method: .post, headers: paying,
                body: ByteBuffer(string: #"{"card":"4000 0000 0000 0002"}"#)
            ) { response in
                #expect(response.status.code == 402)
                #expect(response.errorCode == "payment.declined")
            }
            paying[.idempotencyKey] = "pay-0000002"
            try await client.execute(
                uri: "/api/v1/orders/\(order)/pay", method: .post, headers: paying,
                body: ByteBuffer(string: #"{"card":"4242424242424242"}"#)
            ) { response in
                #expect(response.status == .ok)
                let json = try response.json(JSONValue.self)
                #expect(json["status"] == .string("paid"))
            }
            try await client.execute(
                uri: "/api/v1/brands/\(brand)/orders?status=paid", method: .get, headers: ada.headers
            ) { response in
                let json = try response.json(JSONValue.self)
                #expect(json["items"]?.array?.first?["id"]?.string == order)
            }
            try await client.execute(uri: "/api/v1/orders/\(order)/ship", method: .post, headers: ada.headers) {
                response in
                let json = try response.json(JSONValue.self)
                #expect(json["status"] == .string("shipped"))
            }
        }
        #expect(await app.payments.chargedTotal == 25_800)
        let events = try await app.features.events.events(by: bob.user.id, page: .first(20)).items.map(\.kind)
        #expect(Set(events).isSuperset(of: [.productClick, .addToCart, .checkout, .purchase]))
    }

    /// Bad input gets a clear 4xx and writes nothing: quantities, unknown SKUs, stock, other
    /// people's orders, non-members, missing keys.
    @Test func badInputIsRefusedAndNothingIsWritten() async throws {
        let app = try await TestApp.make()
        let ada = try await app.signUp("ada")
        let bob = try await app.signUp("bob")
        let cyd = try await app.signUp("cyd")
        let shop = try await ShopFixture.make(
            brands: app.features.brands, products: app.features.products, stores: app.stores, owner: ada.user,
            stock: 2)
        try await app.application.test(.router) { client in
            func expect(
                _ uri: String, _ method: HTTPRequest.Method, _ headers: HTTPFields, _ body: String?,
                _ status: HTTPResponse.Status, _ code: String
            ) async throws {
                try await client.execute(
                    uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
                ) { response in
                    #expect(response.status == status, "\(method) \(uri) \(body ?? "")")
                    #expect(response.errorCode == code, "\(method) \(uri) \(body ?? "")")
                }
            }
            let item = "/api/v1/cart/items/\(shop.medium.id)"
            try await expect(
                item, .put, bob.headers, #"{"quantity":-1}"#, .unprocessableContent, "cart.quantity_invalid")
            try await expect(item, .put, bob.headers, #"{"quantity":3}"#, .conflict, "cart.over_stock")
            try await expect(
                "/api/v1/cart/items/999999", .put, bob.headers, #"{"quantity":1}"#, .notFound, "sku.not_found")
            try await expect(
                "/api/v1/cart/items/abc", .put, bob.headers, #"{"quantity":1}"#, .badRequest, "request.bad_id")
            var keyed = bob.headers
            try await expect("/api/v1/orders", .post, keyed, "{}", .badRequest, "idempotency.key_missing")
            keyed[.idempotencyKey] = "bad input key 1"
            try await expect("/api/v1/orders", .post, keyed, "{}", .badRequest, "idempotency.key_invalid")
            keyed[.idempotencyKey] = "bad-input-key-1"
            try await expect("/api/v1/orders", .post, keyed, "{}", .unprocessableContent, "order.nothing_to_buy")
            try await expect(
                "/api/v1/orders", .post, keyed, #"{"items":[{"skuId":"\#(shop.medium.id)","quantity":0}]}"#,
                .unprocessableContent, "order.quantity_invalid")
            keyed[.idempotencyKey] = "bad-input-key-2"
            try await expect(
                "/api/v1/orders", .post, keyed, #"{"items":[{"skuId":"\#(shop.medium.id)","quantity":3}]}"#, .conflict,
                "order.out_of_stock")
            keyed[.idempotencyKey] = "bad-input-key-3"
            try await expect(
                "/api/v1/orders", .post, keyed,
                #"{"items":[{"skuId":"\#(shop.medium.id)","quantity":1}],"promoCode":"NOPE"}"#,
                .unprocessableContent, "promo.not_found")
            // Non-members cannot list or change the brand's products or see its orders.
            try await expect(
                "/api/v1/brands/\(shop.brand.id)/products", .post, cyd.headers,
                #"{"name":"假货","skus":[{"price":{"amount":1,"currency":"CNY"},"stock":1}]}"#, .forbidden,
                "brand.not_member")
            try await expect(
                "/api/v1/skus/\(shop.medium.id)", .patch, cyd.headers, #"{"stock":999}"#, .forbidden, "brand.not_member"
            )
            try await expect(
                "/api/v1/brands/\(shop.brand.id)/orders", .get, cyd.headers, nil, .forbidden, "brand.not_member")
            try await expect(
                "/api/v1/brands/\(shop.brand.id)/products", .post, ada.headers,
                #"{"name":"茶盘","skus":[{"price":{"amount":-5,"currency":"CNY"},"stock":1}]}"#, .unprocessableContent,
                "product.price_invalid")
            try await expect(
                "/api/v1/brands/\(shop.brand.id)/products", .post, ada.headers,
                #"{"name":"茶盘","skus":[{"price":{"amount":500,"currency":"CNY"},"stock":1},{"attributes":{"c":"红"},"price":{"amount":500,"currency":"USD"},"stock":1}]}"#,
                .unprocessableContent, "product.currency_mismatch")
            try await expect(
                "/api/v1/brands/\(shop.brand.id)/products", .post, ada.headers,
                #"{"name":"茶盘","skus":[{"price":{"amount":500,"currency":"RMB!"},"stock":1}]}"#, .badRequest,
                "request.bad_parameter")
        }
        // Bob's real order, which Cyd cannot see or act on.
        let order = try await app.features.checkout.place(
            CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 1)]), by: bob.user.id,
            key: "bob-order-01")
        try await app.application.test(.router) { client in
            for (uri, method) in [
                ("/api/v1/orders/\(order.id)", HTTPRequest.Method.get), ("/api/v1/orders/\(order.id)/cancel", .post),
            ] {
                try await client.execute(uri: uri, method: method, headers: cyd.headers) { response in
                    #expect(response.status == .notFound)
                    #expect(response.errorCode == "order.not_found")
                }
            }
            try await client.execute(uri: "/api/v1/orders/\(order.id)/teleport", method: .post, headers: bob.headers) {
                response in
                #expect(response.status == .notFound)
            }
        }
        // Nothing of the refused requests stayed: one order, one unit reserved, nothing in carts.
        #expect(try await app.features.products.product(shop.product.id, viewer: nil).skus[0].stock == 1)
        #expect(try await app.features.carts.cart(of: bob.user.id).isEmpty)
        #expect(try await app.features.orders.orders(of: bob.user.id, page: .first(10)).items.count == 1)
        #expect(
            try await app.features.products.products(of: shop.brand.id, viewer: ada.user.id, page: .first(10)).items
                .count == 1)
    }
}
