import Foundation
import ReglamentCompile
import ReglamentRun

/// A call at the terminal: shows each step, reads what the operator types
/// (from the keyboard, or line by line from an answers file), and stores
/// every event before showing the next step.
struct TerminalCall {
    let runner: CallRunner
    let printer: StepPrinter
    let faq: (String) -> [CompiledFAQ]
    let readLine: () -> String?
    let write: (String) -> Void
    let clock: () -> Date

    /// Runs until the call ends or the input does; returns the session as it is then.
    func run(_ start: CallSession) async throws -> CallSession {
        var session = start
        write("Звонок \(session.record.reference) · \(runner.compiled.shop.name) · оператор \(session.record.operatorName)\n")
        while !session.isOver {
            write(printer.render(session.view))
            write("> ")
            guard let line = readLine() else {
                write("\nВвод закончился. Звонок \(session.record.reference) не завершён; продолжить: --resume \(session.record.reference)\n")
                return session
            }
            switch OperatorInput(line) {
            case .quit:
                write("Звонок \(session.record.reference) отложен; продолжить: --resume \(session.record.reference)\n")
                return session
            case .searchFAQ(let words):
                write(answers(for: words, in: session))
            case .action(let action):
                if case .failure(let refusal) = try await runner.perform(action, on: &session, at: clock()) {
                    write(printer.refusal(refusal.reason))
                }
            }
        }
        write(summary(of: session))
        return session
    }

    private func answers(for words: String, in session: CallSession) -> String {
        let found = faq(words)
        guard !found.isEmpty else { return printer.refusal("В FAQ ничего не нашлось по «\(words)»: x — вопрос вне регламента") }
        return found.prefix(3).enumerated().map { index, entry in
            let answer = entry.dependsOnZone && session.zone == nil
                ? entry.answer.text + "  (уточните индекс клиента, чтобы назвать условия его зоны)"
                : session.fill(entry.answer)
            return "FAQ \(index + 1). \(entry.questions.first ?? entry.topic)\n   «\(answer)»\n"
        }.joined()
    }

    private func summary(of session: CallSession) -> String {
        guard let ending = session.ending else { return "" }
        guard ending.outcome == .order else {
            // The client's words: the phrase already says whose time it is.
            return "\n\(ending.headline)" + (ending.promise.map { "\nОбещано клиенту: перезвоним «\($0)»" } ?? "") + "\n"
        }
        let lines = ending.details.map { "  \($0.label): \($0.value)" }
        return "\n\(ending.headline)\n" + lines.joined(separator: "\n") + (ending.total.map { "\n  Итого с доставкой: \($0)" } ?? "") + "\n"
    }
}
