import ReglamentDiagnostics

/// A value with the place it was written, for values that diagnostics
/// point at (a postal range that overlaps, a line with an unknown variable).
public struct Located<Value: Decodable & Sendable>: Decodable, Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    public init(from decoder: any Decoder) throws {
        location = (decoder as? NodeDecoder)?.node.location ?? .unknown
        value = try Value(from: decoder)
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
