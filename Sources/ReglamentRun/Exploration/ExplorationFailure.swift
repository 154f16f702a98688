/// Something the explorer proved wrong on some path, with the first path
/// that shows it.
public struct ExplorationFailure: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// A line shown or said carries an unfilled `{{slot}}` or an internal id.
        case unsafeLine = "a"
        /// A step refuses every option or input it offers: the call cannot go on.
        case deadEnd = "b"
        /// An `order` outcome no feasible path reaches.
        case unreachableOrder = "c"
        /// An order or a message that produces no mail for the owner.
        case missingMail = "d"

        public var title: String {
            switch self {
            case .unsafeLine: "a line the client would hear wrong"
            case .deadEnd: "a step with no way on"
            case .unreachableOrder: "an order outcome no path reaches"
            case .missingMail: "an outcome without its mail"
            }
        }
    }

    public var kind: Kind
    public var script: String
    public var step: String
    /// What is wrong, quoting the text or the refusals.
    public var detail: String
    /// The first path that shows it; nil when no path comes near (an order outcome never tried).
    public var path: FailingPath?
}
