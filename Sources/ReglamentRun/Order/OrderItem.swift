import ReglamentModel

/// One position of an order: what the client named, how many, at what
/// price each, and the product classes the operator confirmed for it.
public struct OrderItem: Sendable, Equatable {
    public var name: String
    public var quantity: Int
    /// The price of one, as the operator read it from the site; nil when not given.
    public var price: Money?
    public var classes: [String]

    public init(name: String, quantity: Int, price: Money?, classes: [String] = []) {
        self.name = name
        self.quantity = quantity
        self.price = price
        self.classes = classes
    }

    /// What the position costs: price × quantity.
    public var cost: Money? { price.map { Money(minorUnits: $0.minorUnits * quantity) } }
}
