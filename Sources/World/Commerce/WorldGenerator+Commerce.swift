import Commerce
import Foundation
import HongshuCore
import Insights

extension WorldGenerator {
    /// Opens the world's shops through the domain (brands, then their products); returns what is on sale.
    func openShops(
        _ people: [Person], plan: WorldPlan, ids: inout WorldIDs, _ random: inout SeededRandom,
        progress: @Sendable (WorldProgress) -> Void
    ) async throws -> [ShelfItem] {
        guard let commerce else { return [] }
        let writer = ShopWriter(catalog: commerce.catalog, taxonomy: TaxonomyIndex(try await taxonomy.all()))
        let shops = writer.make(for: people, plan: plan, ids: &ids, random: &random)
        var shelf: [ShelfItem] = []
        for (offset, shop) in shops.enumerated() {
            try await commerce.brands.create(imported: shop.brand, owner: shop.owner)
            for product in shop.products {
                try await commerce.products.create(imported: product)
                shelf.append(
                    ShelfItem(
                        product: product.id, skus: product.skus.map(\.id), brand: shop.brand.id, owner: shop.owner,
                        category: shop.category,
                        openingStock: Dictionary(uniqueKeysWithValues: product.skus.map { ($0.id, $0.stock) })))
            }
            progress(WorldProgress(phase: "shops", done: offset + 1, total: shops.count))
        }
        return shelf
    }

    /// A reader of a note with product cards may click one, put it in the cart and buy it:
    /// more likely when the note matches their interests. A purchase is paid, then shipped,
    /// delivered and completed over the following days (a few are refunded), all through the
    /// order state machine, with the journey's events at their own times.
    func shop(
        _ note: PublishedNote, from shelf: [ShelfItem], by buyer: UserID, at time: Date, match: Double, plan: WorldPlan,
        ids: inout WorldIDs, events: inout [Event], _ random: inout SeededRandom
    ) async throws {
        guard let commerce, random.chance(0.08 + 0.3 * match * note.quality) else { return }
        let item = shelf[random.pick(note.products)]
        guard item.owner != buyer else { return }
        var at = time.addingTimeInterval(5 + random.unit() * 20)
        let via = ["surface": "note", "note": note.id.description]
        events.append(
            Event(
                id: ids.next(at: at), at: at, user: buyer, kind: .productClick, subject: .product(item.product),
                context: via))
        events.append(
            Event(
                id: ids.next(at: at), at: at, user: buyer, kind: .productView, subject: .product(item.product),
                context: ["surface": "note"]))
        guard random.chance(0.4) else { return }
        let sku = random.pick(item.skus)
        let quantity = random.chance(0.85) ? 1 : 2
        at = at.addingTimeInterval(20 + random.unit() * 120)
        events.append(
            Event(
                id: ids.next(at: at), at: at, user: buyer, kind: .addToCart, subject: .product(item.product),
                context: ["sku": sku.description, "quantity": String(quantity)]))
        guard random.chance(0.5) else { return }
        at = at.addingTimeInterval(30 + random.unit() * 600)
        guard at < plan.end else { return }
        let id = OrderID(ids.next(at: at))
        let order: Order
        do {
            order = try await commerce.checkout.place(
                imported: CheckoutRequest(items: [CheckoutRequest.Item(sku: sku, quantity: quantity)]), id: id,
                by: buyer, at: at, key: "world-\(id)")
        } catch OrderError.outOfStock {
            return
        }
        let amount = ["amount": String(order.total.amount), "currency": order.total.currency.rawValue]
        events.append(
            Event(id: ids.next(at: at), at: at, user: buyer, kind: .checkout, subject: .order(id), context: amount))
        guard random.chance(0.9) else { return }  // the rest stay unpaid (and expire)
        let paidAt = at.addingTimeInterval(10 + random.unit() * 60)
        try await commerce.orders.advance(
            imported: id, to: .paid, at: paidAt, by: buyer, paymentReference: "world_ch_\(id)")
        var purchase = amount
        purchase["brand"] = item.brand.description
        events.append(
            Event(
                id: ids.next(at: paidAt), at: paidAt, user: buyer, kind: .purchase, subject: .order(id),
                context: purchase))
        // Fulfilment over the next days, as far as the world's period reaches.
        let steps: [(Order.Status, TimeInterval, UserID)] = [
            (.shipped, 86_400 * (0.3 + random.unit()), item.owner),
            (.delivered, 86_400 * (1.5 + 2 * random.unit()), item.owner),
        ]
        var last = paidAt
        for (status, delay, actor) in steps {
            let next = last.addingTimeInterval(delay)
            guard next < plan.end else { return }
            try await commerce.orders.advance(imported: id, to: status, at: next, by: actor)
            last = next
        }
        let next = last.addingTimeInterval(86_400 * (1 + 2 * random.unit()))
        guard next < plan.end else { return }
        if random.chance(0.04) {
            try await commerce.orders.advance(imported: id, to: .refundRequested, at: next, by: buyer)
            let refunded = next.addingTimeInterval(3_600 * (2 + 20 * random.unit()))
            guard refunded < plan.end else { return }
            try await commerce.orders.advance(imported: id, to: .refunded, at: refunded, by: item.owner)
            events.append(
                Event(
                    id: ids.next(at: refunded), at: refunded, user: buyer, kind: .refund, subject: .order(id),
                    context: amount))
        } else {
            try await commerce.orders.advance(imported: id, to: .completed, at: next, by: buyer)
        }
    }
}
