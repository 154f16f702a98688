import Foundation
import ReglamentCompile

extension SpokenLine {
    /// Cuts `{{slot}}` out of a compiled line; each slot becomes "‹what it stands for›".
    init(_ line: Line) {
        var segments: [Segment] = []
        var rest = Substring(line.text)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            if open.lowerBound > rest.startIndex {
                segments.append(Segment(text: String(rest[..<open.lowerBound]), slot: false))
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            segments.append(Segment(text: "‹\(RussianLabels.slot(name))›", slot: true))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(Segment(text: String(rest), slot: false)) }
        self.init(segments: segments, plain: segments.map(\.text).joined())
    }
}
