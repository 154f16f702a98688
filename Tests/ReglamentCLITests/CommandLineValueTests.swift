import Foundation
import Testing

/// Every option's value is judged where the option is declared: a bad one
/// (negative numbers included, which the parser would otherwise take for
/// options) stops the command with exit 2 and a message naming the option
/// and why, before anything is read or written.
@Suite(.serialized) struct CommandLineValueTests {
    struct BadValue: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        /// The option the message must name.
        var option: String
        /// Words of the reason given.
        var reason: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let regulation = "Regulations/uyut-lavka/regulation.yaml"

    static let badValues: [BadValue] = [
        BadValue(arguments: ["outbox", "send", "--wait", "-1"], option: "--wait", reason: "not a time such as 0"),
        BadValue(arguments: ["outbox", "send", "--wait", "soon"], option: "--wait", reason: "not a time such as 0"),
        BadValue(arguments: ["outbox", "send", "--give-up-after", "-5x"], option: "--give-up-after", reason: "not a time above zero"),
        BadValue(arguments: ["outbox", "send", "--give-up-after", "0"], option: "--give-up-after", reason: "not a time above zero"),
        BadValue(arguments: ["outbox", "list", "--state", "lost"], option: "--state", reason: "queued"),
        BadValue(arguments: ["audit", regulation, "--generate", "-5"], option: "--generate", reason: "a whole number from 1"),
        BadValue(arguments: ["audit", regulation, "--generate", "0"], option: "--generate", reason: "a whole number from 1"),
        BadValue(arguments: ["audit", regulation, "--generate", "1", "--seed", "-1"], option: "--seed", reason: "a whole number from 0"),
        BadValue(arguments: ["audit", regulation, "--since", "2026-13-01"], option: "--since", reason: "not a day"),
        BadValue(arguments: ["audit", regulation, "--until", "-1"], option: "--until", reason: "not a day"),
        BadValue(arguments: ["audit", regulation, "--since", "1999-12-31"], option: "--since", reason: "2000–2100"),
        BadValue(arguments: ["run", regulation, "--postal", "abc"], option: "--postal", reason: "not a postal index"),
        BadValue(arguments: ["run", regulation, "--postal", "63009"], option: "--postal", reason: "six digits"),
        BadValue(arguments: ["run", regulation, "--now", "99999-01-01T00:00:00Z"], option: "--now", reason: "2000–2100"),
        BadValue(arguments: ["run", regulation, "--now", "2026-11-25"], option: "--now", reason: "not an ISO 8601 time"),
        BadValue(arguments: ["run", regulation, "--now", "-1"], option: "--now", reason: "not an ISO 8601 time"),
        BadValue(arguments: ["test", regulation, "--explore", "--visits", "0"], option: "--visits", reason: "a whole number from 1"),
        BadValue(arguments: ["test", regulation, "--explore", "--max-paths", "-3"], option: "--max-paths", reason: "a whole number from 1"),
        BadValue(arguments: ["test", regulation, "--explore", "--from", "2101-01-01T00:00:00Z"], option: "--from", reason: "2000–2100"),
        BadValue(arguments: ["compile", regulation, "--templates", "no/such/folder"], option: "--templates", reason: "not a folder"),
    ]

    @Test(arguments: badValues)
    func badValueIsAUsageErrorNamingTheOption(_ bad: BadValue) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-values-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Where the command would write, were the value taken.
        let destination = switch bad.arguments[0] {
        case "compile": ["-o", folder.appendingPathComponent("out").path]
        case "test": [String]()
        default: ["--db", folder.appendingPathComponent("calls.sqlite").path]
        }
        let result = try ReglamentProcess.run(bad.arguments + destination)
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(bad.option), "\(result.stderr)")
        #expect(result.stderr.contains(bad.reason), "\(result.stderr)")
        #expect(!result.stderr.contains("Missing value"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "refused before anything is written")
    }

    /// Values that must still be taken: bare seconds, units, a day, a time, an index with a space.
    @Test func goodValuesAreTaken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-values-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("calls.sqlite").path
        let generated = try ReglamentProcess.run(["audit", Self.regulation, "--db", database, "--generate", "2", "--seed", "0", "--since", "2026-11-01"])
        #expect(generated.status == 0, "\(generated.stderr)")
        let audited = try ReglamentProcess.run(
            ["audit", Self.regulation, "--db", database, "--since", "2026-11-01T00:00:00+03:00", "--until", "2026-12-31", "--format", "json"])
        #expect(audited.status == 0, "\(audited.stderr)")
        for wait in ["0", "1", "1s"] {
            let sent = try ReglamentProcess.run(["outbox", "send", "--db", database, "--mail", "dir:\(folder.path)/mail", "--wait", wait, "--give-up-after", "90m"])
            #expect(sent.status == 0, "--wait \(wait): \(sent.stdout)\(sent.stderr)")
        }
        let listed = try ReglamentProcess.run(["outbox", "list", "--db", database, "--state", "sent"])
        #expect(listed.status == 0, "\(listed.stderr)")
    }

    /// A scenario's clock is judged as `--now` is: a bad one makes the file no scenario (exit 2), not a failed call (exit 1).
    @Test(arguments: ["99999-01-01T00:00:00Z", "2026-11-25", "вчера"])
    func scenarioWithABadClockIsAUsageError(now: String) throws {
        let scenario = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-scenario-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: scenario) }
        try """
            name: Часы не те
            now: "\(now)"
            steps: [""]
            expect:
              outcome: closed
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["test", Self.regulation, scenario.path])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains(scenario.path) && result.stderr.contains(now), "\(result.stderr)")
        #expect(!result.stdout.contains("✗"), "no scenario is played: \(result.stdout)")
    }

    @Test func scenarioWithABadPostalIndexIsAUsageError() throws {
        let scenario = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-scenario-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: scenario) }
        try """
            name: Индекс не тот
            now: 2026-11-25T15:00:00+03:00
            postal: abc
            steps: [""]
            expect:
              outcome: closed
            """.write(to: scenario, atomically: true, encoding: .utf8)
        let result = try ReglamentProcess.run(["test", Self.regulation, scenario.path])
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("'abc' is not a postal index"), "\(result.stderr)")
    }
}
