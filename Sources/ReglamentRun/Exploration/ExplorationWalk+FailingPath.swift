import Foundation
import ReglamentCompile

extension ExplorationWalk {
    func failureKey(_ kind: ExplorationFailure.Kind, _ script: CompiledScript, _ identity: String) -> String {
        "\(kind.rawValue)|\(script.id)|\(identity)"
    }

    /// Records a failure the first time it is found, with its path: the
    /// moves to `node`, then `typed` there, then the straight way to an end.
    mutating func fail(
        _ kind: ExplorationFailure.Kind, script: CompiledScript, step: String, detail: String, identity: String, at node: Node?,
        typed: [String] = [], said: [String] = [], refused: [String] = [], notes: [String] = []
    ) {
        guard failureKeys.insert(failureKey(kind, script, identity)).inserted else { return }
        let found = "Found by `reglament test --explore`: (\(kind.rawValue)) \(kind.title) at \(script.id)/\(step):\n  \(detail)"
        let path = node.map { failingPath(from: $0, in: script, typed: typed, said: said, refused: refused, notes: [found] + notes) }
        failures.append(ExplorationFailure(kind: kind, script: script.id, step: step, detail: detail, path: path))
    }

    private func failingPath(
        from failing: Node, in script: CompiledScript, typed: [String], said wanted: [String], refused: [String], notes: [String]
    ) -> FailingPath {
        var node = failing
        for text in typed {
            if text.hasPrefix("?") {
                node.moves.append(FailingPath.Move(typed: text, step: node.session.current))
            } else {
                node = take(Way(typed: text, kind: .option), from: node).0
            }
        }
        let inputs = ExplorationInputs(compiled: compiled, clock: node.clock)
        for _ in 0..<500 where !node.session.isOver {
            guard let next = straightOn(from: node, in: script, inputs: inputs) else { break }
            node = next
        }
        var notes = notes
        let seen = saidOnReplay(node.moves, in: script, at: node.clock)
        let said = wanted.filter { token in seen.contains { $0.contains(token) } }
        for token in wanted where !said.contains(token) {
            notes.append("«\(token)» is in a text a scenario does not see (a whisper, an option or a promise not shown).")
        }
        if !node.session.isOver {
            notes.append("The call cannot end from \(node.session.current): the scenario fails there until the regulation is fixed.")
        }
        if !ExplorationKinds.isInbound(script) {
            notes.append("An outbound call confirms an order, which a scenario cannot give: the replay starts without it. The order confirmed:")
            notes += (sampleOrder?.fields ?? [:]).sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        }
        return FailingPath(
            script: script.id, isDefaultScript: script.id == compiled.scripts.first(where: ExplorationKinds.isInbound)?.id,
            now: node.clock, timeZone: TimeZone(identifier: compiled.shop.timezone) ?? .gmt, moves: node.moves,
            outcome: node.session.outcome, fields: node.session.fields, said: said, refused: refused, notes: notes)
    }

    /// The straight way on: the first way the step takes without a refusal
    /// (a loop walked round no more than the limit allows), else an exit.
    private func straightOn(from node: Node, in script: CompiledScript, inputs: ExplorationInputs) -> Node? {
        for way in ways(at: node, in: script, inputs: inputs, withExits: false) + exits(of: script) {
            let (child, refusal) = take(way, from: node)
            guard refusal == nil else { continue }
            if !way.isExit, child.visits[child.session.current, default: 0] > limits.visitsPerStep { continue }
            return child
        }
        return nil
    }

    /// What a scenario playing `moves` sees said, gathered as `ScenarioRunner` gathers it.
    private func saidOnReplay(_ moves: [FailingPath.Move], in script: CompiledScript, at clock: Date) -> [String] {
        var session = start(script, at: clock).session
        var said = [session.view.line].compactMap { $0 }
        for move in moves where !session.isOver {
            switch OperatorInput(move.typed) {
            case .searchFAQ(let words): said += faqSearch.search(words, limit: 1).map { session.fill($0.answer) }
            case .action(let action): _ = try? session.perform(action, at: clock)
            case .quit: break
            }
            said += [session.view.line, session.view.prompt].compactMap { $0 }
        }
        return said
    }
}
