import ArgumentParser
import Commerce
import Community
import Foundation
import HongshuCore
import HongshuServer
import HongshuStore

/// `hongshu bench checkout`: orders placed (stock reserved, idempotency key claimed) and paid a
/// second through the domain, with many buyers at once, on SKUs spread out and on one hot SKU.
struct CheckoutBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkout", abstract: "Checkouts a second, through the domain, on a fresh database.")

    @Option(help: "A database URL; default a fresh SQLite file in a temporary folder.") var db: String?
    @Option(help: "How many orders to place in each scenario.") var orders = 20_000
    @Option(help: "How many buyers at once.") var concurrency = 64

    func run() async throws {
        let (orders, concurrency) = (self.orders, self.concurrency)
        try await Bench.withFreshBackend(db) { backend in
            let features = Wiring.features(backend.stores, limits: .none, writeBehind: true)
            let run = UUID().uuidString.prefix(8)
            let people = try await features.accounts.signUp(
                imported: (0..<1_000).map {
                    ImportedAccount(
                        id: UserID(Int64(1_000 + $0)), handle: "buyer\($0)", displayName: "买家\($0)", joinedAt: Date())
                }, password: "bench-password")
            let owner = people[0].id
            let brand = try await features.brands.create(name: "基准小铺 \(run)", by: owner)
            var skus: [SKUID] = []
            for index in 0..<50 {
                let product = try await features.products.create(
                    ProductDraft(
                        name: "测试商品 \(index)",
                        skus: [
                            SKUDraft(
                                attributes: [SKU.Attribute(name: "规格", value: "标准")], price: .fen(9_900),
                                stock: 1_000_000),
                            SKUDraft(
                                attributes: [SKU.Attribute(name: "规格", value: "大号")], price: .fen(12_900),
                                stock: 1_000_000),
                        ]), in: brand.id, by: owner)
                skus += product.skus.map(\.id)
            }
            let flusher = Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .milliseconds(500))
                    try? await features.flushBackgroundWrites()
                }
            }
            defer { flusher.cancel() }
            let all = skus
            for scenario in ["spread", "hot"] {
                let hot = scenario == "hot"
                let placed = try await EngagementBench.measure(total: orders, concurrency: concurrency, then: features)
                {
                    index in
                    let buyer = people[1 + index % (people.count - 1)].id
                    _ = try await features.checkout.place(
                        CheckoutRequest(items: [
                            CheckoutRequest.Item(sku: hot ? all[0] : all[(index * 7) % all.count], quantity: 1)
                        ]), by: buyer,
                        key: "bench-\(scenario)-\(index)")
                }
                print(
                    String(
                        format: "checkout (%@ SKUs): %d orders in %.2f s = %.0f a second (%d buyers)", scenario, orders,
                        placed.seconds, placed.rate, concurrency))
            }
            // Paying the spread orders: each buyer pays their own pending orders.
            var pending: [(OrderID, UserID)] = []
            for person in people.dropFirst() {
                var page = PageRequest.first(100)
                while true {
                    let mine = try await features.orders.orders(of: person.id, page: page)
                    pending += mine.items.filter { $0.status == .pending }.map { ($0.id, person.id) }
                    guard let next = mine.next else { break }
                    page = PageRequest(limit: 100, after: next)
                }
            }
            let toPay = pending
            let paid = try await EngagementBench.measure(total: toPay.count, concurrency: concurrency, then: features) {
                index in
                let (order, buyer) = toPay[index]
                _ = try await features.orders.pay(
                    order, card: SandboxPayments.succeeds, by: buyer, key: "bench-pay-\(order)")
            }
            print(
                String(
                    format: "payment: %d orders paid in %.2f s = %.0f a second (%d buyers)", toPay.count, paid.seconds,
                    paid.rate, concurrency))
        }
    }
}
