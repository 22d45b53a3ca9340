import Commerce
import Community
import Foundation
import HongshuCore
import HongshuStore
import TestSupport
import Testing

/// Commerce's guarantees under concurrency, on both backends, through the domain operations.
@Suite struct CheckoutContractTests {
    /// 64 buyers race for the last 10 units: exactly 10 orders, stock 0, and the orders recount to 10 units.
    @Test(arguments: Backend.available)
    func concurrentBuyersNeverOversell(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestCommerce.make(stores: stores)
            let shop = try await ShopFixture.make(app, stores: stores, stock: 10)
            let buyers = try await ShopFixture.buyers(64, stores: stores)
            let item = CheckoutRequest.Item(sku: shop.medium.id, quantity: 1)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for buyer in buyers {
                    group.addTask {
                        do {
                            _ = try await app.checkout.place(
                                CheckoutRequest(items: [item]), by: buyer.id, key: "order-\(buyer.handle)")
                            return true
                        } catch OrderError.outOfStock(let sku) {
                            #expect(sku == shop.medium.id)
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.count(where: { $0 }) == 10)
            let product = try await app.products.product(shop.product.id, viewer: nil)
            #expect(product.sku(shop.medium.id)?.stock == 0)
            #expect(product.sku(shop.large.id)?.stock == 10)
            var units = 0
            for buyer in buyers {
                for order in try await app.orders.orders(of: buyer.id, page: .first(10)).items {
                    units += order.lines.reduce(0) { $0 + $1.quantity }
                }
            }
            #expect(units == 10)
        }
    }

    /// The same key sent eight times at once makes one order; the same key with another body is refused.
    @Test(arguments: Backend.available)
    func oneKeyMakesOneOrder(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestCommerce.make(stores: stores)
            let shop = try await ShopFixture.make(app, stores: stores, stock: 10)
            let buyer = try await ShopFixture.buyers(1, stores: stores)[0]
            let request = CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 2)])
            let ids = try await withThrowingTaskGroup(of: OrderID.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await app.checkout.place(request, by: buyer.id, key: "same-key-123").id
                    }
                }
                return try await group.reduce(into: Set<OrderID>()) { $0.insert($1) }
            }
            #expect(ids.count == 1)
            #expect(try await app.products.product(shop.product.id, viewer: nil).skus[0].stock == 8)
            let other = CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 3)])
            await #expect(throws: OrderError.idempotencyKeyReused) {
                try await app.checkout.place(other, by: buyer.id, key: "same-key-123")
            }
            #expect(try await app.products.product(shop.product.id, viewer: nil).skus[0].stock == 8)
        }
    }

    /// A code limited to 5 uses, raced by 20 buyers: 5 orders use it; a cancelled order gives its use back.
    @Test(arguments: Backend.available)
    func promoUsesAreCountedExactly(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestCommerce.make(stores: stores)
            let shop = try await ShopFixture.make(app, stores: stores, stock: 100)
            let promo = try await app.promos.create(
                code: "tea20", discount: .percent(20), usageLimit: 5, expiresAt: nil, creator: nil, in: shop.brand.id,
                by: shop.owner.id)
            #expect(promo.code == "TEA20")
            let buyers = try await ShopFixture.buyers(20, stores: stores)
            let request = CheckoutRequest(
                items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 1)], promoCode: "tea20")
            let placed = try await withThrowingTaskGroup(of: Order?.self) { group in
                for buyer in buyers {
                    group.addTask {
                        do {
                            return try await app.checkout.place(request, by: buyer.id, key: "promo-\(buyer.id)")
                        } catch PromoError.usedUp {
                            return nil
                        }
                    }
                }
                return try await group.reduce(into: [Order]()) { if let order = $1 { $0.append(order) } }
            }
            #expect(placed.count == 5)
            #expect(placed.allSatisfy { $0.discount.amount == 2_580 && $0.total.amount == 10_320 })
            #expect(try await stores.commerce.promos.promo(promo.id)?.used == 5)
            // Units of failed checkouts went back: only the 5 placed orders hold stock.
            #expect(try await app.products.product(shop.product.id, viewer: nil).skus[0].stock == 95)
            _ = try await app.orders.cancel(placed[0].id, by: placed[0].buyer)
            #expect(try await stores.commerce.promos.promo(promo.id)?.used == 4)
            #expect(try await app.products.product(shop.product.id, viewer: nil).skus[0].stock == 96)
        }
    }
}

@Suite struct OrderLifecycleContractTests {
    /// Pending → paid → shipped → delivered → completed, each step recorded with its actor;
    /// paying twice with one key charges once.
    @Test(arguments: Backend.available)
    func anOrderGoesFromCartToCompleted(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestCommerce.make(stores: stores)
            let features = app
            let shop = try await ShopFixture.make(features, stores: stores, stock: 5)
            let buyer = try await ShopFixture.buyers(1, stores: stores)[0]
            _ = try await features.carts.set(shop.medium.id, quantity: 2, for: buyer.id)
            _ = try await features.carts.set(shop.large.id, quantity: 1, for: buyer.id)
            let cart = try await features.carts.cart(of: buyer.id)
            #expect(cart.itemCount == 3)
            #expect(cart.groups.first?.subtotal == .fen(12_900 * 2 + 14_900))
            let order = try await features.checkout.place(CheckoutRequest(), by: buyer.id, key: "cart-checkout-1")
            #expect(order.total == .fen(40_700))
            #expect(order.lines.map(\.quantity) == [2, 1])
            #expect(try await features.carts.cart(of: buyer.id).isEmpty)
            let paid = try await features.orders.pay(
                order.id, card: SandboxPayments.succeeds, by: buyer.id, key: "pay-order-1")
            let again = try await features.orders.pay(
                order.id, card: SandboxPayments.succeeds, by: buyer.id, key: "pay-order-1")
            #expect(paid.status == .paid && again.status == .paid)
            #expect(await app.payments.chargeCount == 1)
            #expect(await app.payments.chargedTotal == 40_700)
            await #expect(throws: OrderError.transitionNotAllowed(from: .paid, to: .paid)) {
                try await features.orders.pay(
                    order.id, card: SandboxPayments.succeeds, by: buyer.id, key: "pay-order-2")
            }
            await #expect(throws: BrandError.notMember(shop.brand.id)) {
                try await features.orders.ship(order.id, by: buyer.id)
            }
            _ = try await features.orders.ship(order.id, by: shop.owner.id)
            _ = try await features.orders.deliver(order.id, by: buyer.id)
            let done = try await features.orders.complete(order.id, by: buyer.id)
            #expect(done.history.map(\.status) == [.pending, .paid, .shipped, .delivered, .completed])
            #expect(done.history.map(\.actor) == [buyer.id, buyer.id, shop.owner.id, buyer.id, buyer.id])
            #expect(
                try await features.orders.orders(
                    of: shop.brand.id, statuses: [.completed], by: shop.owner.id, page: .first(10)
                ).items.map(\.id) == [order.id])
        }
    }

    /// A declined card leaves the order pending; a refund returns money and (by policy) stock;
    /// an unpaid order expires and gives its stock back.
    @Test(arguments: Backend.available)
    func declinesRefundsAndExpiry(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let clock = TestClock()
            let app = TestCommerce.make(stores: stores, clock: clock, timeToPay: 15 * 60)
            let features = app
            let shop = try await ShopFixture.make(features, stores: stores, stock: 5)
            let buyer = try await ShopFixture.buyers(1, stores: stores)[0]
            let one = CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 1)])
            let order = try await features.checkout.place(one, by: buyer.id, key: "order-decline")
            await #expect(throws: OrderError.paymentDeclined("the card was declined")) {
                try await features.orders.pay(
                    order.id, card: SandboxPayments.declines, by: buyer.id, key: "pay-decline")
            }
            await #expect(throws: OrderError.paymentUnavailable) {
                try await features.orders.pay(
                    order.id, card: SandboxPayments.timesOut, by: buyer.id, key: "pay-timeout")
            }
            #expect(try await features.orders.order(order.id, viewer: buyer.id).status == .pending)
            _ = try await features.orders.pay(order.id, card: SandboxPayments.succeeds, by: buyer.id, key: "pay-ok-1")
            _ = try await features.orders.requestRefund(order.id, by: buyer.id)
            let declined = try await features.orders.declineRefund(order.id, by: shop.owner.id)
            #expect(declined.status == .paid)
            _ = try await features.orders.requestRefund(order.id, by: buyer.id)
            let refunded = try await features.orders.approveRefund(order.id, by: shop.owner.id)
            #expect(refunded.status == .refunded)
            #expect(await app.payments.refundedTotal == 12_900)
            #expect(try await features.products.product(shop.product.id, viewer: nil).skus[0].stock == 5)

            let unpaid = try await features.checkout.place(
                CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.medium.id, quantity: 3)]), by: buyer.id,
                key: "order-expire")
            #expect(try await features.products.product(shop.product.id, viewer: nil).skus[0].stock == 2)
            clock.advance(by: 14 * 60)
            #expect(try await features.orders.expireUnpaid() == 0)
            clock.advance(by: 60)
            #expect(try await features.orders.expireUnpaid() == 1)
            let expired = try await features.orders.order(unpaid.id, viewer: buyer.id)
            #expect(expired.status == .cancelled && expired.history.last?.actor == nil)
            #expect(try await features.products.product(shop.product.id, viewer: nil).skus[0].stock == 5)
            await #expect(throws: OrderError.transitionNotAllowed(from: .cancelled, to: .paid)) {
                try await features.orders.pay(
                    unpaid.id, card: SandboxPayments.succeeds, by: buyer.id, key: "pay-late-1")
            }
        }
    }

    /// A buyer of a delivered order reviews a product: a note with its card, a rating summary, once only.
    @Test(arguments: Backend.available)
    func reviewsArePurchasedNotes(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestCommerce.make(stores: stores)
            let features = app
            let shop = try await ShopFixture.make(features, stores: stores, stock: 5)
            let buyer = try await ShopFixture.buyers(1, stores: stores)[0]
            let order = try await features.checkout.place(
                CheckoutRequest(items: [CheckoutRequest.Item(sku: shop.large.id, quantity: 1)]), by: buyer.id,
                key: "order-review")
            let draft = NoteDraft(title: "粗陶杯真的好看", body: "手感温润，泡绿茶很合适。")
            await #expect(throws: ReviewError.notDelivered(order.id)) {
                try await features.reviews.review(shop.product.id, in: order.id, rating: 5, note: draft, by: buyer.id)
            }
            _ = try await features.orders.pay(order.id, card: SandboxPayments.succeeds, by: buyer.id, key: "pay-review")
            _ = try await features.orders.ship(order.id, by: shop.owner.id)
            _ = try await features.orders.deliver(order.id, by: shop.owner.id)
            let (review, note) = try await features.reviews.review(
                shop.product.id, in: order.id, rating: 4, note: draft, by: buyer.id)
            #expect(note.products == [shop.product.id])
            #expect(review.note == note.id)
            await #expect(throws: ReviewError.alreadyReviewed(shop.product.id)) {
                try await features.reviews.review(shop.product.id, in: order.id, rating: 5, note: draft, by: buyer.id)
            }
            #expect(try await features.reviews.summary(of: shop.product.id) == RatingSummary(count: 1, total: 4))
            #expect(try await features.reviews.reviews(notes: [note.id])[note.id]?.order == order.id)
            let featuring = try await features.notes.notes(featuring: shop.product.id, page: .first(10))
            #expect(featuring.items.map(\.id) == [note.id])
            // A deleted review note leaves the product's rating.
            try await features.notes.delete(note.id, by: buyer.id)
            #expect(try await features.reviews.summary(of: shop.product.id) == RatingSummary(count: 0, total: 0))
            #expect(try await features.notes.notes(featuring: shop.product.id, page: .first(10)).items.isEmpty)
        }
    }
}

@Suite struct CatalogueContractTests {
    /// Products keep their SKUs, attributes and prices; drafts are hidden from everyone but members.
    @Test(arguments: Backend.available)
    func productsRoundTripAndHideDrafts(_ backend: Backend) async throws {
        try await backend.withStores { stores in
            let app = TestCommerce.make(stores: stores)
            let features = app
            let shop = try await ShopFixture.make(features, stores: stores)
            let stored = try await features.products.product(shop.product.id, viewer: nil)
            #expect(stored == shop.product)
            let draft = try await features.products.create(
                ProductDraft(name: "新品预告", status: .draft, skus: [SKUDraft(price: .fen(999), stock: 1)]),
                in: shop.brand.id, by: shop.owner.id)
            await #expect(throws: ProductError.notFound(draft.id)) {
                try await features.products.product(draft.id, viewer: nil)
            }
            #expect(try await features.products.product(draft.id, viewer: shop.owner.id).status == .draft)
            #expect(try await features.products.active(page: .first(10)).items.map(\.id) == [shop.product.id])
            let shopView = try await features.products.products(
                of: shop.brand.id, viewer: shop.owner.id, page: .first(1))
            #expect(shopView.items.map(\.id) == [draft.id])
            let next = try await features.products.products(
                of: shop.brand.id, viewer: shop.owner.id, page: PageRequest(limit: 1, after: shopView.next))
            #expect(next.items.map(\.id) == [shop.product.id])
            let repriced = try await features.products.update(
                sku: shop.large.id, price: .fen(15_900), stock: 3, by: shop.owner.id)
            #expect(repriced.sku(shop.large.id)?.price == .fen(15_900))
            #expect(try await features.products.product(shop.product.id, viewer: nil).sku(shop.large.id)?.stock == 3)
            #expect(try await features.products.activeProducts([shop.product.id, draft.id]) == [shop.product.id])
            // Stock moves relative to what is stored: a change that would go below zero is refused.
            let store = stores.commerce.products
            #expect(try await store.update(shop.large.id, price: .fen(15_900), stockChange: -2) == 1)
            #expect(try await store.update(shop.large.id, price: .fen(15_900), stockChange: -2) == nil)
            #expect(try await store.update(SKUID(999_999), price: .fen(1), stockChange: 0) == nil)
            #expect(try await features.products.product(shop.product.id, viewer: nil).sku(shop.large.id)?.stock == 1)
        }
    }
}
