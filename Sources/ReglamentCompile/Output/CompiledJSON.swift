import Foundation
import ReglamentModel

/// The one way compiled regulations are written and read: compact JSON
/// with snake_case keys in a fixed order, so the same regulation always
/// gives the same bytes (`jq .` shows it indented).
public enum CompiledJSON {
    public static func encode(_ compiled: CompiledRegulation) -> Data {
        // Strings, integers, booleans and containers of them: encoding cannot fail.
        let encoder = StreamingJSONEncoder()
        var head = compiled
        head.scripts = []
        var bytes = (try? encoder.encode(head)) ?? []
        // Scripts are most of the output and independent of one another:
        // they are written on every core and spliced into the empty list
        // that ends the rest (`scripts` is the last key the type declares).
        let emptyScripts = Array(#""scripts":[]}"#.utf8)
        guard bytes.count > emptyScripts.count, Array(bytes.suffix(emptyScripts.count)) == emptyScripts else {
            var whole = (try? encoder.encode(compiled)) ?? []
            whole.append(0x0A)
            return Data(whole)
        }
        let scripts = Parallel.map(compiled.scripts) { (try? encoder.encode($0)) ?? [] }
        bytes.removeLast(2)
        for (index, script) in scripts.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes += script
        }
        bytes += Array("]}\n".utf8)
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
