import Commerce
import Community
import Foundation
import HongshuCore
import HongshuStore
import Insights

/// Commerce's operations (and the notes they publish) over a backend's stores, with a fixed
/// clock, counting ids and a sandbox payment provider: what commerce domain and contract tests use.
public struct TestCommerce: Sendable {
    public let brands: Brands
    public let products: Products
    public let carts: Carts
    public let checkout: Checkout
    public let orders: Orders
    public let promos: Promos
    public let reviews: Reviews
    public let notes: Notes
    public let events: EventLog
    public let payments: SandboxPayments
    public let clock: TestClock

    public static func make(stores: Stores, clock: TestClock = TestClock(), timeToPay: TimeInterval = 30 * 60)
        -> TestCommerce
    {
        let ids = CountingIDs()
        let now: @Sendable () -> Date = { clock.now }
        let commerce = stores.commerce
        let events = EventLog(store: stores.events, now: now, newID: ids.next)
        let brands = Brands(store: commerce.brands, now: now, newID: ids.next)
        let products = Products(store: commerce.products, brands: brands, tags: stores.tags, now: now, newID: ids.next)
        let notes = Notes(
            store: stores.notes, users: stores.users, tags: stores.tags, catalog: products, now: now, newID: ids.next)
        let promos = Promos(store: commerce.promos, brands: brands, users: stores.users, now: now, newID: ids.next)
        let payments = SandboxPayments()
        return TestCommerce(
            brands: brands, products: products,
            carts: Carts(
                store: commerce.carts, products: commerce.products, brands: commerce.brands, events: events, now: now),
            checkout: Checkout(
                orders: commerce.orders, carts: commerce.carts, products: commerce.products, promos: promos,
                events: events, timeToPay: timeToPay, now: now, newID: ids.next),
            orders: Orders(
                store: commerce.orders, products: commerce.products, brands: brands, payments: payments, events: events,
                now: now),
            promos: promos, reviews: Reviews(store: commerce.reviews, orders: commerce.orders, notes: notes, now: now),
            notes: notes, events: events, payments: payments, clock: clock)
    }

    /// Over a fresh in-memory SQLite database.
    public static func make(clock: TestClock = TestClock(), timeToPay: TimeInterval = 30 * 60) async throws
        -> (TestCommerce, Stores)
    {
        let backend = try SQLiteBackend(path: nil, recentEvents: 5)
        try await backend.migrate()
        return (make(stores: backend.stores, clock: clock, timeToPay: timeToPay), backend.stores)
    }
}
