import Foundation
import ReglamentCompile
import ReglamentModel

/// The product classes of the items just typed: the operator sees each
/// item with the classes its words match and confirms, or picks the
/// classes by number (several if it is of several), or 0 for none.
extension CallSession {
    /// The next item of the current step's items field whose classes are not settled.
    public var pendingClassification: (field: String, item: Int)? {
        guard step.kind == .capture, let id = step.field, field(id)?.type == .items,
              let classes = itemClasses[id], let index = classes.firstIndex(where: { $0 == nil })
        else { return nil }
        return (id, index)
    }

    /// The item waiting for its classes, and the classes its words match.
    public var classificationQuestion: (item: OrderItem, guessed: [String])? {
        guard let pending = pendingClassification, let stored = fields[pending.field] else { return nil }
        let items = ItemList.items(in: stored)
        guard items.indices.contains(pending.item) else { return nil }
        let item = items[pending.item]
        return (item, ItemList.guessClasses(item.name, among: compiled.productClasses))
    }

    mutating func classify(_ pending: (field: String, item: Int), _ action: OperatorAction, now: Date) throws(ActionRefusal) {
        guard let question = classificationQuestion else { return }
        let classes = compiled.productClasses
        let chosen: [String]
        switch action {
        case .proceed:
            guard question.guessed.count == 1 || (classes.isEmpty) else {
                throw ActionRefusal("Выберите номера классов через пробел или 0 — ни один")
            }
            chosen = question.guessed
        case .choose(let number):
            chosen = try Self.classes(numbered: [number], among: classes)
        case .input(let text):
            let numbers = text.split(whereSeparator: { $0 == " " || $0 == "," }).map { Int($0) }
            guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil }) else {
                throw ActionRefusal("Номера классов через пробел (например «1 2») или 0 — ни один")
            }
            chosen = try Self.classes(numbered: numbers.compactMap { $0 }, among: classes)
        case .note, .escalate, .notCovered, .back, .transferAnswered:
            return
        }
        emit(.classified(step: current, field: pending.field, item: pending.item, classes: chosen), at: now)
        try goOnAfterCapture(now: now)
    }

    private static func classes(numbered numbers: [Int], among classes: [CompiledProductClass]) throws(ActionRefusal) -> [String] {
        if numbers == [0] || classes.isEmpty { return [] }
        guard numbers.allSatisfy({ (1...classes.count).contains($0) }) else {
            throw ActionRefusal("Классы от 1 до \(classes.count), или 0 — ни один")
        }
        var seen = Set<Int>()
        return numbers.filter { seen.insert($0).inserted }.map { classes[$0 - 1].id }
    }
}
