import Foundation
import ReglamentModel

/// The one way compiled regulations are written and read: compact JSON
/// with snake_case keys in a fixed order, so the same regulation always
/// gives the same bytes (`jq .` shows it indented).
public enum CompiledJSON {
    public static func encode(_ compiled: CompiledRegulation) -> Data {
        let encoder = StreamingJSONEncoder()
        // Zones, answers and scripts are most of the output and independent
        // of one another: they are written on every core and put in the
        // places where the rest, written with them empty, has `[]`.
        var head = compiled
        head.zones = []
        head.faq = []
        head.scripts = []
        // Strings, integers, booleans and containers of them: encoding cannot fail.
        guard let (bytes, places) = try? encoder.encodeNotingPlaces(head),
              let zones = places["zones"], let faq = places["faq"], let scripts = places["scripts"]
        else { return Data(((try? encoder.encode(compiled)) ?? []) + [0x0A]) }
        let lists = [
            (zones, encoder.encodeList(compiled.zones)),
            (faq, encoder.encodeList(compiled.faq)),
            (scripts, encoder.encodeList(compiled.scripts)),
        ].sorted { $0.0.lowerBound < $1.0.lowerBound }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + lists.reduce(1) { $0 + $1.1.count })
        var next = 0
        for (place, list) in lists {
            output += bytes[next..<place.lowerBound]
            output += list
            next = place.upperBound
        }
        output += bytes[next...]
        output.append(0x0A)
        return Data(output)
    }

    /// A compiled script from its bytes: its format first (another version's
    /// keys would fail to decode with a less useful error), then every
    /// reference inside it (`integrityProblems`).
    public static func decode(_ data: Data) throws -> CompiledRegulation {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let format = try decoder.decode(FormatOnly.self, from: data).format
        guard format == CompiledRegulation.formatName else { throw CompiledFormatError(found: format) }
        let compiled = try decoder.decode(CompiledRegulation.self, from: data)
        let problems = compiled.integrityProblems()
        guard problems.isEmpty else { throw CompiledIntegrityError(problems: problems) }
        return compiled
    }

    private struct FormatOnly: Decodable {
        var format: String
    }
}

public struct CompiledIntegrityError: Error, CustomStringConvertible {
    public var problems: [String]
    public var description: String {
        let shown = problems.prefix(5).joined(separator: "; ")
        return "the compiled script is damaged (edited by hand or cut short): \(shown)"
            + (problems.count > 5 ? " (and \(problems.count - 5) more)" : "") + "; compile the regulation again"
    }
}

public struct CompiledFormatError: Error, CustomStringConvertible {
    public var found: String
    public var description: String {
        "compiled format '\(found)' is not '\(CompiledRegulation.formatName)'; compile the regulation again with this reglament"
    }
}
