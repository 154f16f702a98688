import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentStore

/// A small call log recorded through the real engine for the audit's
/// tests: each call is typed line by line, as an operator would, with the
/// clock moving `secondsPerLine` per line, so every figure is known.
struct ScriptedLog {
    static let regulation = "Regulations/uyut-lavka/regulation.yaml"
    static let secondsPerLine = 10.0

    let compiled: CompiledRegulation
    let store: SQLiteCallStore
    let runner: CallRunner
    let folder: URL

    init() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        guard let compiled = Compiler().compile(file: root.appendingPathComponent(Self.regulation).path).compiled else {
            throw ScriptedLogError("\(Self.regulation) does not compile")
        }
        self.compiled = compiled
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-audit-\(UUID().uuidString)")
        store = try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)
        runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator())
    }

    /// Plays `lines` from `at` and returns the session where it stopped.
    @discardableResult
    func call(_ lines: [String], operatorName: String, at start: String, script: String? = nil) async throws -> CallSession {
        var now = try Date(start, strategy: .iso8601)
        var session = try await runner.begin(script: script, operatorName: operatorName, at: now)
        try await play(lines, on: &session, from: &now)
        return session
    }

    func play(_ lines: [String], on session: inout CallSession, from now: inout Date) async throws {
        for line in lines {
            now = now.addingTimeInterval(Self.secondsPerLine)
            guard case .action(let action) = OperatorInput(line) else { continue }
            if case .failure(let refusal) = try await runner.perform(action, on: &session, at: now) {
                throw ScriptedLogError("'\(line)' refused at \(session.current): \(refusal.reason)")
            }
        }
    }

    /// A confirmation call for `order` at `at`: unanswered, or played with `lines`.
    func confirm(_ order: String, at time: String, noAnswer: Bool = false, lines: [String] = []) async throws -> String {
        var now = try Date(time, strategy: .iso8601)
        let confirmation = ConfirmationCall(runner: runner, orderReference: order, operatorName: "Ольга", noAnswer: noAnswer, now: now)
        return try await confirmation.run { started in
            var session = started
            try await play(lines, on: &session, from: &now)
            return session
        }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

struct ScriptedLogError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
