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
                        product: product.id, name: product.name, skus: product.skus, brand: shop.brand.id,
                        owner: shop.owner,
                        category: shop.category,
                        openingStock: Dictionary(uniqueKeysWithValues: product.skus.map { ($0.id, $0.stock) })))
            }
            progress(WorldProgress(phase: "shops", done: offset + 1, total: shops.count))
        }
        return shelf
    }

    /// The purchases the simulation has made but not yet written, and the stock it has left.
    struct Till {
        var stock: [SKUID: Int]
        var orders: [Order] = []
    }

    /// A reader of a note with product cards may click one, put it in the cart and buy it:
    /// more likely when the note matches their interests. A purchase is paid, then shipped,
    /// delivered and completed over the following days (a few are refunded), every step
    /// allowed by the order state machine, with the journey's events at their own times. Orders
    /// are kept in `till` and written in batches by ``closeTill(_:)``.
    func shop(
        _ note: PublishedNote, from shelf: [ShelfItem], by buyer: UserID, at time: Date, match: Double, plan: WorldPlan,
        ids: inout WorldIDs, events: inout [Event], till: inout Till, _ random: inout SeededRandom
    ) async throws {
        guard commerce != nil, random.chance(0.08 + 0.3 * match * note.quality) else { return }
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
        // Some look the product up by name before buying: a search that shows it, and a click on it.
        if random.chance(0.25) {
            at = at.addingTimeInterval(30 + random.unit() * 300)
            let search = ids.next(at: at)
            events.append(
                Event(
                    id: search, at: at, user: buyer, kind: .search, subject: Event.Subject(type: "search", id: search),
                    context: [
                        "query": item.name, "normalized": item.name.lowercased(), "type": "product",
                        "sort": "relevance", "hits": "1", "results": "product:\(item.product)@1",
                    ]))
            at = at.addingTimeInterval(3 + random.unit() * 20)
            events.append(
                Event(
                    id: ids.next(at: at), at: at, user: buyer, kind: .searchClick, subject: .product(item.product),
                    context: ["searchId": String(search), "position": "1"]))
        }
        guard random.chance(0.4) else { return }
        let sku = random.pick(item.skus)
        let quantity = random.chance(0.85) ? 1 : 2
        at = at.addingTimeInterval(20 + random.unit() * 120)
        events.append(
            Event(
                id: ids.next(at: at), at: at, user: buyer, kind: .addToCart, subject: .product(item.product),
                context: ["sku": sku.id.description, "quantity": String(quantity)]))
        guard random.chance(0.5) else { return }
        at = at.addingTimeInterval(30 + random.unit() * 600).truncatedToMilliseconds
        guard at < plan.end, till.stock[sku.id, default: 0] >= quantity else { return }
        till.stock[sku.id, default: 0] -= quantity
        let id = OrderID(ids.next(at: at))
        let line = Order.Line(
            sku: sku.id, product: item.product, productName: item.name, attributes: sku.attributes,
            unitPrice: sku.price, quantity: quantity)
        let amount = ["amount": String(line.total.amount), "currency": line.total.currency.rawValue]
        events.append(
            Event(id: ids.next(at: at), at: at, user: buyer, kind: .checkout, subject: .order(id), context: amount))
        var history = [Order.Transition(status: .pending, at: at, actor: buyer)]
        var payment: String?
        defer {
            let status = history.last?.status ?? .pending
            if status == .cancelled || status == .refunded { till.stock[sku.id, default: 0] += quantity }
            till.orders.append(
                Order(
                    id: id, buyer: buyer, brand: item.brand, status: status, lines: [line], subtotal: line.total,
                    discount: .zero(line.total.currency), total: line.total, promo: nil, placedAt: at,
                    expiresAt: at.addingTimeInterval(30 * 60), paymentReference: payment, history: history))
        }
        guard random.chance(0.9) else {
            // Not paid in time: cancelled when the time to pay ran out.
            let expired = at.addingTimeInterval(30 * 60)
            if expired < plan.end { history.append(.init(status: .cancelled, at: expired, actor: nil)) }
            return
        }
        let paidAt = at.addingTimeInterval(10 + random.unit() * 60).truncatedToMilliseconds
        history.append(.init(status: .paid, at: paidAt, actor: buyer))
        payment = "world_ch_\(id)"
        var purchase = amount
        purchase["brand"] = item.brand.description
        events.append(
            Event(
                id: ids.next(at: paidAt), at: paidAt, user: buyer, kind: .purchase, subject: .order(id),
                context: purchase))
        // Fulfilment over the next days, as far as the world's period reaches.
        var last = paidAt
        for (status, days, actor) in [
            (Order.Status.shipped, 0.3 + random.unit(), item.owner), (.delivered, 1.5 + 2 * random.unit(), item.owner),
        ] {
            let next = last.addingTimeInterval(86_400 * days).truncatedToMilliseconds
            guard next < plan.end else { return }
            history.append(.init(status: status, at: next, actor: actor))
            last = next
        }
        let next = last.addingTimeInterval(86_400 * (1 + 2 * random.unit())).truncatedToMilliseconds
        guard next < plan.end else { return }
        if random.chance(0.04) {
            history.append(.init(status: .refundRequested, at: next, actor: buyer))
            let refunded = next.addingTimeInterval(3_600 * (2 + 20 * random.unit())).truncatedToMilliseconds
            guard refunded < plan.end else { return }
            history.append(.init(status: .refunded, at: refunded, actor: item.owner))
            events.append(
                Event(
                    id: ids.next(at: refunded), at: refunded, user: buyer, kind: .refund, subject: .order(id),
                    context: amount))
        } else {
            history.append(.init(status: .completed, at: next, actor: buyer))
        }
    }

    /// Writes the orders the simulation made since the last time, in one transaction.
    func closeTill(_ till: inout Till) async throws {
        guard let commerce, !till.orders.isEmpty else { return }
        try await commerce.orders.record(imported: till.orders)
        till.orders.removeAll(keepingCapacity: true)
    }
}
