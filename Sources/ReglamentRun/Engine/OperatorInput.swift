import Foundation

/// What the operator typed, read the same way at the terminal and from an
/// answers file: digits choose, `?` or `/` searches the FAQ, `!` escalates, `x`
/// says the regulation does not cover it, `b` goes back, `n` notes, an
/// empty line goes on, `q` puts the call aside, anything else answers the
/// field asked for. Scenarios use the same keys.
public enum OperatorInput: Equatable, Sendable {
    case action(OperatorAction)
    case searchFAQ(String)
    case quit

    public init(_ line: String) {
        let text = line.trimmingCharacters(in: .whitespaces)
        switch text {
        case "": self = .action(.proceed)
        case "!": self = .action(.escalate)
        case "x", "х": self = .action(.notCovered)
        case "b", "и": self = .action(.back)
        case "q": self = .quit
        default:
            if text.hasPrefix("?") || text.hasPrefix("/") {
                self = .searchFAQ(String(text.dropFirst()).trimmingCharacters(in: .whitespaces))
            } else if text.hasPrefix("n ") || text.hasPrefix("т ") {
                self = .action(.note(String(text.dropFirst(2))))
            } else if let number = Int(text), text.count <= 2 {
                self = .action(.choose(number))
            } else {
                self = .action(.input(line.trimmingCharacters(in: .whitespaces)))
            }
        }
    }
}
