import Commerce
import Community
import Foundation
import HongshuCore
import TestSupport
import Testing

@Suite struct MoneyTests {
    @Test func moneyIsExactAndShownInYuan() {
        #expect(Money.fen(12_900).description == "¥129.00")
        #expect(Money.fen(5).description == "¥0.05")
        #expect(Money(amount: -250, currency: .cny).description == "-¥2.50")
        #expect(Money(amount: 1_500, currency: Currency(rawValue: "jpy")!).description == "1500 JPY")
        #expect(Money.fen(1).adding(Money(amount: 1, currency: Currency(rawValue: "USD")!)) == nil)
        #expect(Money.fen(Int64.max).adding(.fen(1)) == nil)
        #expect(Money.fen(333).times(3) == .fen(999))
        #expect(Currency(rawValue: "RMB!") == nil && Currency(rawValue: "cn") == nil)
    }

    @Test func discountsNeverExceedTheSubtotal() throws {
        let promo = { (discount: PromoCode.Discount) in
            PromoCode(
                id: PromoID(1), brand: BrandID(1), code: "X", discount: discount, usageLimit: nil, expiresAt: nil,
                creator: nil, createdAt: TestClock.start)
        }
        #expect(try promo(.percent(15)).discount(on: .fen(999)) == .fen(149))  // rounded down to the fen
        #expect(try promo(.amount(.fen(5_000))).discount(on: .fen(3_000)) == .fen(3_000))
        #expect(throws: PromoError.currencyMismatch) {
            try promo(.amount(Money(amount: 100, currency: Currency(rawValue: "USD")!))).discount(on: .fen(3_000))
        }
    }

    @Test func cardNumbersNeedAValidCheckDigit() async throws {
        let (commerce, stores) = try await TestCommerce.make()
        let shop = try await ShopFixture.make(commerce, stores: stores)
        let buyer = try await ShopFixture.buyers(1, stores: stores)[0]
        let order = try await commerce.checkout.place(
            CheckoutRequest(items: [.init(sku: shop.medium.id, quantity: 1)]), by: buyer.id, key: "card-check-1")
        for card in ["4242424242424241", "4242", "abcd efgh ijkl mnop"] {
            await #expect(throws: OrderError.cardInvalid) {
                try await commerce.orders.pay(order.id, card: card, by: buyer.id, key: "card-\(card.count)-x")
            }
        }
        #expect(await commerce.payments.chargeCount == 0)
    }
}

@Suite struct OrderStateMachineTests {
    @Test func onlyTheseMovesAreAllowed() {
        #expect(Order.Status.pending.next == [.paid, .cancelled])
        #expect(Order.Status.paid.next == [.shipped, .refundRequested])
        #expect(Order.Status.completed.next.isEmpty && Order.Status.refunded.next.isEmpty)
        #expect(Order.Status.cancelled.next.isEmpty)
        // Nothing returns to pending, and nothing but a refund request leads back to paid.
        #expect(Order.Status.allCases.allSatisfy { !$0.next.contains(.pending) })
        #expect(Order.Status.allCases.filter { $0.next.contains(.paid) } == [.pending, .refundRequested])
    }
}

@Suite struct CatalogueRulesTests {
    @Test(arguments: [
        (ProductDraft(name: " ", skus: [SKUDraft(price: .fen(1), stock: 1)]), ProductError.nameInvalid),
        (ProductDraft(name: "杯子", skus: []), .skuCount),
        (ProductDraft(name: "杯子", skus: [SKUDraft(price: .fen(0), stock: 1)]), .priceInvalid(index: 0)),
        (ProductDraft(name: "杯子", skus: [SKUDraft(price: .fen(1), stock: -1)]), .stockInvalid(index: 0)),
        (
            ProductDraft(name: "杯子", tags: [TagID(999_999)], skus: [SKUDraft(price: .fen(1), stock: 1)]),
            .unknownTag(TagID(999_999))
        ),
        (
            ProductDraft(
                name: "杯子",
                skus: [
                    SKUDraft(attributes: [.init(name: "色", value: "红")], price: .fen(1), stock: 1),
                    SKUDraft(attributes: [.init(name: "色", value: "红")], price: .fen(1), stock: 1),
                ]), .attributesInvalid(index: 1)
        ),
        (
            ProductDraft(
                name: "杯子",
                skus: [
                    SKUDraft(attributes: [.init(name: "色", value: "红")], price: .fen(1), stock: 1),
                    SKUDraft(
                        attributes: [.init(name: "色", value: "蓝")],
                        price: Money(amount: 1, currency: Currency(rawValue: "USD")!), stock: 1),
                ]), .currencyMismatch
        ),
    ])
    func productsThatBreakARuleAreRefused(draft: ProductDraft, error: ProductError) async throws {
        let (commerce, stores) = try await TestCommerce.make()
        let shop = try await ShopFixture.make(commerce, stores: stores)
        await #expect(throws: error) { try await commerce.products.create(draft, in: shop.brand.id, by: shop.owner.id) }
        #expect(
            try await commerce.products.products(of: shop.brand.id, viewer: shop.owner.id, page: .first(10)).items.count
                == 1)
    }

    @Test func anOrderBuysFromOneShopOnSale() async throws {
        let (commerce, stores) = try await TestCommerce.make()
        let tea = try await ShopFixture.make(commerce, stores: stores, name: "山茶花")
        let other = try await ShopFixture.make(commerce, stores: stores, owner: .bo, name: "木叶家居")
        let buyer = try await ShopFixture.buyers(1, stores: stores)[0]
        await #expect(throws: OrderError.multipleShops) {
            try await commerce.checkout.place(
                CheckoutRequest(items: [
                    .init(sku: tea.medium.id, quantity: 1), .init(sku: other.medium.id, quantity: 1),
                ]),
                by: buyer.id, key: "two-shops-1")
        }
        var draft = ProductDraft(name: tea.product.name, status: .archived, skus: [])
        draft.description = tea.product.description
        _ = try await commerce.products.update(tea.product.id, with: draft, by: tea.owner.id)
        await #expect(throws: OrderError.notOnSale(tea.product.id)) {
            try await commerce.checkout.place(
                CheckoutRequest(items: [.init(sku: tea.medium.id, quantity: 1)]), by: buyer.id, key: "archived-1")
        }
        await #expect(throws: CartError.notOnSale(tea.product.id)) {
            try await commerce.carts.set(tea.medium.id, quantity: 1, for: buyer.id)
        }
        // Duplicates in one request are merged, and their sum is checked against the limit.
        let order = try await commerce.checkout.place(
            CheckoutRequest(items: [.init(sku: other.medium.id, quantity: 2), .init(sku: other.medium.id, quantity: 1)]
            ),
            by: buyer.id, key: "merged-1")
        #expect(order.lines.map(\.quantity) == [3])
    }
}
