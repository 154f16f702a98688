import Foundation
import ReglamentCompile
import ReglamentModel

/// What is known of an order: its items with their classes, the delivery
/// chosen, the total, and every captured value as it is said (names, never
/// ids). The read-back, the checks of what the operator types and the
/// owner's mail all ask here, during the call or from the stored order.
public struct OrderDetails: Sendable {
    public let compiled: CompiledRegulation
    public let fields: [String: String]
    public let itemClasses: [String: [[String]?]]
    /// The client's zone: the call's, else the one of the postal index captured.
    public let zone: CompiledZone?
    /// The items of every items field, each with the classes the operator confirmed.
    public let items: [OrderItem]

    public init(compiled: CompiledRegulation, fields: [String: String], itemClasses: [String: [[String]?]], zone: CompiledZone?) {
        self.compiled = compiled
        self.fields = fields
        self.itemClasses = itemClasses
        self.zone = zone ?? compiled.value(ofType: .postalIndex, in: fields).flatMap { PostalZones.zone(for: $0, in: compiled) }
        items = Self.items(compiled: compiled, fields: fields, itemClasses: itemClasses)
    }

    /// A stored order.
    public init(_ order: OrderRecord, compiled: CompiledRegulation) {
        self.init(compiled: compiled, fields: order.fields, itemClasses: order.itemClasses.mapValues { $0.map(Optional.some) }, zone: nil)
    }

    func capturedValue(ofType type: FieldType) -> String? {
        compiled.value(ofType: type, in: fields)
    }

    private static func items(compiled: CompiledRegulation, fields: [String: String], itemClasses: [String: [[String]?]]) -> [OrderItem] {
        compiled.fields.filter { $0.type == .items }.flatMap { field -> [OrderItem] in
            guard let stored = fields[field.id], !stored.isEmpty else { return [] }
            let classes = itemClasses[field.id] ?? []
            return ItemList.items(in: stored).enumerated().map { index, item in
                var item = item
                item.classes = classes.indices.contains(index) ? (classes[index] ?? []) : []
                return item
            }
        }
    }

    /// The product classes of the goods, as confirmed so far.
    public var classes: Set<String> {
        Set(items.flatMap(\.classes))
    }

    /// What the goods cost; nil while an item's price is unknown.
    public var goodsTotal: Money? {
        let items = self.items
        guard !items.isEmpty else { return nil }
        var total = 0
        for item in items {
            guard let cost = item.cost else { return nil }
            total += cost.minorUnits
        }
        return Money(minorUnits: total)
    }

    /// The delivery option chosen, with its pickup point.
    public var chosenDelivery: (option: CompiledDeliveryOption, point: CompiledPickupPoint?)? {
        guard let zone, let stored = capturedValue(ofType: .delivery) else { return nil }
        return DeliveryChoice.decode(stored, zone: zone, in: compiled)
    }

    /// Goods plus delivery; the goods alone until delivery is chosen.
    public var total: Money? {
        guard let goods = goodsTotal else { return nil }
        guard let chosen = chosenDelivery else { return goods }
        let delivery = compiled.deliveryPrice(chosen.option, for: classes, goods: goods)
        return Money(minorUnits: goods.minorUnits + delivery.minorUnits)
    }

    /// The delivery options the zone offers for the goods captured so far.
    public var feasibleDelivery: [CompiledDeliveryOption] {
        zone.map { compiled.feasibleOptions(in: $0, for: classes) } ?? []
    }

    /// The payment methods that fit what is known of the order.
    public var feasiblePayments: [CompiledPayment] {
        compiled.payment.filter { paymentRefusal($0) == nil }
    }

    public func paymentRefusal(_ payment: CompiledPayment) -> PaymentLimits.Refusal? {
        compiled.limits(of: payment).refusal(
            total: total, deliveryMethod: chosenDelivery?.option.method,
            client: capturedValue(ofType: .clientKind).flatMap(ClientKind.init(rawValue:)))
    }

    /// "Рояль Yamaha C1X × 1 — 890 000 ₽; Банкетка × 2 — 25 000 ₽".
    public var summary: String? {
        let items = self.items
        guard !items.isEmpty else { return nil }
        return items.map { item in
            "\(item.name) × \(item.quantity)" + (item.cost.map { " — \(compiled.said($0))" } ?? "")
        }.joined(separator: "; ")
    }

    /// A captured value as it is said and mailed: names for choices, the
    /// delivery with its terms, the items as a summary; nil when not captured.
    public func spokenValue(of field: CompiledField) -> String? {
        guard let stored = fields[field.id], !stored.isEmpty else { return nil }
        switch field.type {
        case .payment:
            return compiled.payment.first { $0.id == stored }?.name ?? stored
        case .delivery:
            guard let zone, let chosen = DeliveryChoice.decode(stored, zone: zone, in: compiled) else { return stored }
            let price = compiled.deliveryPrice(chosen.option, for: classes, goods: goodsTotal)
            let name = chosen.point.map { "\(chosen.option.methodName), \($0.name)" } ?? chosen.option.methodName
            let days = compiled.said(days: DayCount(fewest: chosen.option.daysMin, most: chosen.option.daysMax))
            return "\(name), \(days), \(compiled.saidPrice(price))"
        case .items:
            return summary
        case .contactChannel, .choice, .clientKind:
            return field.choices.first { $0.id == stored }?.label ?? stored
        case .money:
            return (try? Money(parsing: stored)).map(compiled.said) ?? stored
        case .fullName, .phone, .email, .postalIndex, .address, .quantity, .text, .date:
            return stored
        }
    }
}

extension CallSession {
    /// The order as the call knows it so far.
    public var order: OrderDetails {
        OrderDetails(compiled: compiled, fields: fields, itemClasses: itemClasses, zone: zone)
    }
}

/// A delivery choice as stored: the method's id, and `/point` for a pickup point.
public enum DeliveryChoice {
    public static func encode(_ option: CompiledDeliveryOption, point: CompiledPickupPoint?) -> String {
        point.map { "\(option.method)/\($0.id)" } ?? option.method
    }

    public static func decode(
        _ stored: String, zone: CompiledZone, in compiled: CompiledRegulation
    ) -> (option: CompiledDeliveryOption, point: CompiledPickupPoint?)? {
        let parts = stored.split(separator: "/", maxSplits: 1).map(String.init)
        guard let method = parts.first, let option = zone.options.first(where: { $0.method == method }) else { return nil }
        let point = parts.count == 2
            ? compiled.deliveryMethods.first { $0.id == method }?.points.first { $0.id == parts[1] }
            : nil
        return (option, point)
    }
}
