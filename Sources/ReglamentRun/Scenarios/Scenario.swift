import Foundation
import ReglamentDiagnostics
import ReglamentModel
import ReglamentYAML

/// A scripted call and what it must end in: the owner's test of their
/// regulation. Written in YAML beside the regulation (`scenarios/*.yaml`,
/// format in docs/scenarios.md).
public struct Scenario: Decodable, Sendable {
    public let location: SourceLocation
    public let name: String
    /// The clock of the call, ISO 8601 with the offset: who is available depends on it.
    public let now: Instant
    /// The caller's postal index when known before the call.
    public let postal: PostalIndex?
    public let operatorName: String?
    public let script: String?
    /// What the operator types, step by step, with the runner's keys (docs/runner.md).
    public let steps: [String]
    public let expect: Expectation

    enum CodingKeys: String, CodingKey {
        case location, name, now, postal, script, steps, expect
        case operatorName = "operator"
    }

    public struct Expectation: Decodable, Sendable {
        public let location: SourceLocation
        /// order, message, transfer or closed; `none` for a call that must not end (a kept failing path).
        public let outcome: ScenarioOutcome
        /// Captured fields, as stored (normalised).
        public let fields: [String: String]?
        /// Texts that must appear in some line said or shown.
        public let said: [String]?
        /// An escalation rule the call must go through.
        public let escalation: String?
        /// The callback promised, in the client's time ("сегодня после 13:00").
        public let promise: String?
        /// Reasons the runner must have given for refusing an input or a choice (substrings).
        public let refused: [String]?
        /// Texts that must not appear in any line said or shown (an option that must not be offered).
        public let notSaid: [String]?
        /// A text the whisper to the contact of a transfer must contain.
        public let whisper: String?
        /// Field id → the choices the capture step of that field must list, all and only these (substrings).
        public let offered: [String: [String]]?
        /// Notify rules that must have fired in the call.
        public let notified: [String]?
        /// The owner's mails the call must send, each with its words.
        public let mail: [MailExpectation]?

        enum CodingKeys: String, CodingKey {
            case location, outcome, fields, said, escalation, promise, refused, whisper, offered, notified, mail
            case notSaid = "not_said"
        }
    }

    /// Reads a scenario file; a file that is not a scenario is an error with its place.
    public static func load(_ path: String) throws -> Scenario {
        let document: YAMLDocument
        do {
            document = try YAMLLoader().load(contentsOf: path)
        } catch {
            throw ScenarioError.unreadable(error.diagnostic)
        }
        // Checked like a regulation: every problem, located, with the regulation's codes as S1xx.
        let problems = document.withRoot { ShapeValidator(schema: schema, rootName: "scenario").validate($0).problems }
        guard problems.isEmpty else { throw ScenarioError.invalid(problems.map(Self.scenarioCode)) }
        do {
            return try NodeDecoder.decode(Scenario.self, from: document)
        } catch let error as DecodingError {
            throw ScenarioError.notAScenario(path: path, reason: Self.reason(error))
        } catch {
            throw ScenarioError.notAScenario(path: path, reason: "\(error)")
        }
    }

    public static let schema = SchemaDeriver.schema(of: Scenario.self)

    /// A shape problem under the scenario's own code: R101 (unknown key) is S101.
    private static func scenarioCode(_ problem: Diagnostic) -> Diagnostic {
        var problem = problem
        if problem.code.hasPrefix("R") { problem.code = "S" + problem.code.dropFirst() }
        return problem
    }

    /// What is wrong, as the decoder words it, without its coding paths.
    private static func reason(_ error: DecodingError) -> String {
        switch error {
        case .dataCorrupted(let context): context.debugDescription
        case .keyNotFound(let key, let context): "'\(key.stringValue)' is \(context.debugDescription)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): context.debugDescription
        @unknown default: "\(error)"
        }
    }
}

/// How a scenario's call must end: in one of the outcomes, or not at all.
public enum ScenarioOutcome: String, SchemaEnum {
    case order, message, transfer, closed, none

    public init(_ outcome: Outcome?) {
        self = outcome.flatMap { ScenarioOutcome(rawValue: $0.rawValue) } ?? .none
    }
}

public enum ScenarioError: Error, CustomStringConvertible {
    case unreadable(Diagnostic)
    /// The file is YAML but not a scenario: every shape problem, located (S1xx).
    case invalid([Diagnostic])
    case notAScenario(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let diagnostic): "\(diagnostic.location): \(diagnostic.message)"
        case .invalid(let problems):
            problems.map { "\($0.location): \($0.code) \($0.message)" + ($0.hint.map { " (\($0))" } ?? "") }.joined(separator: "\n")
        case .notAScenario(let path, let reason): "\(path): not a scenario: \(reason)"
        }
    }
}
