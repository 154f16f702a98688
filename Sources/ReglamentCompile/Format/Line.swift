import Foundation

/// A text the operator says, reads or sends, with every shop fact already
/// substituted. What only a call can fill stays as `{{slot}}` in `text`,
/// and each such slot is listed with where its value comes from.
public struct Line: Codable, Sendable, Equatable {
    public var text: String
    public var slots: [Slot]

    public init(text: String, slots: [Slot] = []) {
        self.text = text
        self.slots = slots
    }

    /// The line with the slots named in `values` written in; the others stay.
    public func filling(_ values: [String: String]) -> Line {
        filling { values[$0] }
    }

    /// The line with each slot `value` gives written in; the others stay.
    /// One pass over the text: the runner fills every line it shows.
    public func filling(_ value: (String) -> String?) -> Line {
        guard !slots.isEmpty else { return self }
        var known: [String: String] = [:]
        for slot in slots { known[slot.name] = value(slot.name) }
        guard !known.isEmpty else { return self }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = String(rest[open.upperBound..<close.lowerBound])
            result += rest[..<open.lowerBound]
            result += known[name] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        result += rest
        return Line(text: result, slots: slots.filter { known[$0.name] == nil })
    }
}

public struct Slot: Codable, Sendable, Equatable {
    /// The variable, e.g. `client.name`.
    public var name: String
    /// Where the runner takes the value from.
    public var source: SlotSource
}

/// The places a call fills a slot from.
public enum SlotSource: String, Codable, Sendable, Equatable {
    /// An order field captured during the call (`client.name`, `order.phone`).
    case capturedField = "captured_field"
    /// The client's delivery zone, found from the postal index.
    case zone
    /// The operator taking the call.
    case `operator`
    /// The escalation under way: its contact and promise.
    case escalation
    /// The call itself: its reference number, the order's total and summary.
    case call
    /// What the operator types: the client's topic or question.
    case operatorInput = "operator_input"
}
