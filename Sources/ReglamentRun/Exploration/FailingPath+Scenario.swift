import Foundation
import ReglamentModel

extension FailingPath {
    /// The path as a scenario file (docs/scenarios.md) that replays it with
    /// `reglament test FILE SCENARIO`: its expectations are what happened,
    /// so it passes until the regulation is fixed, and then says what changed.
    public func scenarioYAML(name: String) -> String {
        var yaml = notes.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }.map { "# \($0)\n" }.joined()
        yaml += "name: \(Self.quoted(name))\n"
        yaml += "now: \(Self.quoted(nowText))\n"
        if !isDefaultScript { yaml += "script: \(Self.quoted(script))\n" }
        yaml += moves.isEmpty ? "steps: []\n" : "steps:\n"
        for move in moves { yaml += "  - \(Self.quoted(move.typed))  # \(move.step)\(move.option.map { " → \($0)" } ?? "")\n" }
        yaml += "expect:\n"
        yaml += "  outcome: \(outcome?.rawValue ?? "none")\n"
        if !fields.isEmpty {
            yaml += "  fields:\n"
            for (field, value) in fields.sorted(by: { $0.key < $1.key }) { yaml += "    \(field): \(Self.quoted(value))\n" }
        }
        for (key, texts) in [("said", said), ("refused", refused)] where !texts.isEmpty {
            yaml += "  \(key):\n" + texts.map { "    - \(Self.quoted($0))\n" }.joined()
        }
        return yaml
    }

    /// ISO 8601 in the shop's time, as scenarios write their clock.
    var nowText: String {
        now.formatted(Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone))
    }

    /// A YAML double-quoted scalar, any text on one line: a JSON string is one.
    static func quoted(_ text: String) -> String {
        JSONValue.string(text).rendered()
    }
}
