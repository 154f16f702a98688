import Foundation

/// The one way compiled regulations are written and read: compact JSON
/// with snake_case keys in a fixed order, so the same regulation always
/// gives the same bytes (`jq .` shows it indented).
public enum CompiledJSON {
    public static func encode(_ compiled: CompiledRegulation) -> Data {
        // Strings, integers, booleans and containers of them: encoding cannot fail.
        var bytes = (try? StreamingJSONEncoder().encode(compiled)) ?? []
        bytes.append(0x0A)
        return Data(bytes)
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
