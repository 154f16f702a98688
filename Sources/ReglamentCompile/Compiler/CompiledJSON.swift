import Foundation

/// The one way compiled regulations are written and read: snake_case keys,
/// sorted, pretty-printed, so the same regulation always gives the same bytes.
public enum CompiledJSON {
    public static func encode(_ compiled: CompiledRegulation) -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers, booleans and arrays of them: encoding cannot fail.
        var data = (try? encoder.encode(compiled)) ?? Data()
        data.append(0x0A)
        return data
    }

    public static func decode(_ data: Data) throws -> CompiledRegulation {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let compiled = try decoder.decode(CompiledRegulation.self, from: data)
        guard compiled.format == CompiledRegulation.formatName else {
            throw CompiledFormatError(found: compiled.format)
        }
        return compiled
    }
}

public struct CompiledFormatError: Error, CustomStringConvertible {
    public var found: String
    public var description: String {
        "compiled format '\(found)' is not '\(CompiledRegulation.formatName)'; compile the regulation again with this reglament"
    }
}
