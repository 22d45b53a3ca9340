import Commerce
import HongshuCore

/// What a person can do to an order from its page (and `POST /api/v1/orders/{id}/{action}`).
enum OrderAction: String, CaseIterable, Sendable {
    case cancel, ship, deliver, complete
    case requestRefund = "request-refund"
    case approveRefund = "approve-refund"
    case declineRefund = "decline-refund"

    /// The button's words.
    var label: String {
        switch self {
        case .cancel: "取消订单 Cancel"
        case .ship: "发货 Mark shipped"
        case .deliver: "确认收货 Delivered"
        case .complete: "完成 Complete"
        case .requestRefund: "申请退款 Request refund"
        case .approveRefund: "同意退款 Approve refund"
        case .declineRefund: "拒绝退款 Decline refund"
        }
    }

    /// Does it to the order as `user`.
    func perform(_ orders: Orders, _ id: OrderID, by user: UserID) async throws -> Order {
        switch self {
        case .cancel: try await orders.cancel(id, by: user)
        case .ship: try await orders.ship(id, by: user)
        case .deliver: try await orders.deliver(id, by: user)
        case .complete: try await orders.complete(id, by: user)
        case .requestRefund: try await orders.requestRefund(id, by: user)
        case .approveRefund: try await orders.approveRefund(id, by: user)
        case .declineRefund: try await orders.declineRefund(id, by: user)
        }
    }

    /// The actions open to the buyer, or to the shop's members, on an order in this state.
    static func available(for order: Order, asBuyer: Bool, asShop: Bool) -> [OrderAction] {
        var actions: [OrderAction] = []
        switch order.status {
        case .pending: if asBuyer { actions.append(.cancel) }
        case .paid:
            if asShop { actions.append(.ship) }
            if asBuyer { actions.append(.requestRefund) }
        case .shipped:
            if asBuyer || asShop { actions.append(.deliver) }
            if asBuyer { actions.append(.requestRefund) }
        case .delivered:
            if asBuyer { actions += [.complete, .requestRefund] }
        case .refundRequested: if asShop { actions += [.approveRefund, .declineRefund] }
        case .completed, .cancelled, .refunded: break
        }
        return actions
    }
}
