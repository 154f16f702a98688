/// A scalar with its own syntax. `init(parsing:)` is the one definition of
/// that syntax: the shape check calls it for diagnostics, decoding calls it
/// to build the value, and `jsonSchema` tells editors what to expect.
public protocol ScalarFormat: SchemaDescribing, NodeDecodable, Sendable {
    /// How a diagnostic names the format: "time range", "e-mail address".
    static var formatName: String { get }
    static var jsonSchema: JSONValue { get }
    init(parsing text: String) throws(FormatProblem)
}

extension ScalarFormat {
    public static var schema: SchemaNode { .format(formatInfo) }

    public static var formatInfo: ScalarFormatInfo {
        ScalarFormatInfo(name: formatName, jsonSchema: jsonSchema) { text in
            do throws(FormatProblem) {
                _ = try Self(parsing: text)
                return nil
            } catch {
                return error
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }
}
