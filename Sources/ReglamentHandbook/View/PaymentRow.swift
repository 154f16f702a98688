/// One payment method and its limit.
public struct PaymentRow: Sendable, Equatable {
    public var name: String
    /// "до 15 000 ₽" or "без ограничения".
    public var limit: String
    public var paymentNote: String?
}
