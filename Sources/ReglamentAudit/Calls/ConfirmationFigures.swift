import ReglamentRun

/// Confirmation calls: how many attempts orders needed, and how many were
/// cancelled automatically after calls nobody answered.
public struct ConfirmationFigures: Sendable, Equatable, Codable {
    public struct AttemptsCount: Sendable, Equatable, Codable {
        public var attempts: Int
        public var orders: Int
    }

    public struct ResultCount: Sendable, Equatable, Codable {
        /// confirmed, changed, cancelled (by the client), no_answer, auto_cancelled.
        public var result: String
        public var orders: Int
    }

    public var orders: Int
    public var attempts: Int
    public var unanswered: Int
    public var autoCancelled: Int
    /// Orders by the number of calls made to confirm them.
    public var ordersByAttempts: [AttemptsCount]
    /// Orders by the last result: confirmed, changed, cancelled, no_answer…
    public var ordersByResult: [ResultCount]
    public var byOrder: [CallLogTallies.ConfirmationCount]

    init(_ tallies: CallLogTallies) {
        byOrder = tallies.confirmations
        orders = byOrder.count
        attempts = byOrder.reduce(0) { $0 + $1.attempts }
        unanswered = byOrder.reduce(0) { $0 + $1.unanswered }
        autoCancelled = byOrder.filter(\.autoCancelled).count
        ordersByAttempts = Dictionary(grouping: byOrder, by: \.attempts).sorted { $0.key < $1.key }
            .map { AttemptsCount(attempts: $0.key, orders: $0.value.count) }
        ordersByResult = Dictionary(grouping: byOrder, by: { $0.autoCancelled ? "auto_cancelled" : $0.lastResult })
            .map { ResultCount(result: $0.key, orders: $0.value.count) }.sorted { $0.result < $1.result }
    }
}
