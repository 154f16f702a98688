/// Outcomes over time: one stacked bar per day, coloured by outcome.
struct OutcomeChart {
    let days: [OutcomeFigures.Day]

    static let height = 220.0, left = 40.0, bottom = 40.0, top = 26.0, right = 10.0

    func svg() -> String {
        guard !days.isEmpty else { return "" }
        let barWidth = max(6, min(28, 760 / Double(days.count)))
        let width = Self.left + Double(days.count) * barWidth + Self.right
        let plot = Self.height - Self.top - Self.bottom
        let most = Double(max(days.map(\.outcomes.total).max() ?? 1, 1))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(SVGMarkup.number(width)) \(SVGMarkup.number(Self.height))\" "
        out += "role=\"img\" aria-label=\"Итоги звонков по дням\">"
        // The scale: zero and the busiest day.
        out += "<line x1=\"\(SVGMarkup.number(Self.left))\" y1=\"\(SVGMarkup.number(Self.top + plot))\" x2=\"\(SVGMarkup.number(width - Self.right))\" y2=\"\(SVGMarkup.number(Self.top + plot))\" stroke=\"#8a8f98\"/>"
        out += "<text x=\"\(SVGMarkup.number(Self.left - 4))\" y=\"\(SVGMarkup.number(Self.top + 4))\" text-anchor=\"end\" font-size=\"10\">\(Int(most))</text>"
        out += "<text x=\"\(SVGMarkup.number(Self.left - 4))\" y=\"\(SVGMarkup.number(Self.top + plot))\" text-anchor=\"end\" font-size=\"10\">0</text>"
        for (index, day) in days.enumerated() {
            let x = Self.left + Double(index) * barWidth
            var y = Self.top + plot
            for (outcome, label, color) in SVGMarkup.outcomeColors {
                let count = day.outcomes[outcome]
                guard count > 0 else { continue }
                let h = plot * Double(count) / most
                y -= h
                out += "<rect x=\"\(SVGMarkup.number(x + 1))\" y=\"\(SVGMarkup.number(y))\" width=\"\(SVGMarkup.number(barWidth - 2))\" height=\"\(SVGMarkup.number(h))\" fill=\"\(color)\">"
                out += "<title>\(SVGMarkup.escape(day.day)): \(label) — \(count)</title></rect>"
            }
            // A date under every few bars, so labels never overlap.
            let every = max(1, Int((40 / barWidth).rounded(.up)))
            if index % every == 0 {
                out += "<text x=\"\(SVGMarkup.number(x + barWidth / 2))\" y=\"\(SVGMarkup.number(Self.top + plot + 14))\" text-anchor=\"middle\" font-size=\"9\">\(SVGMarkup.escape(String(day.day.suffix(5))))</text>"
            }
        }
        var legendX = Self.left
        for (_, label, color) in SVGMarkup.outcomeColors {
            out += "<rect x=\"\(SVGMarkup.number(legendX))\" y=\"\(SVGMarkup.number(Self.height - 14))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
            out += "<text x=\"\(SVGMarkup.number(legendX + 14))\" y=\"\(SVGMarkup.number(Self.height - 5))\" font-size=\"10\">\(label)</text>"
            legendX += 20 + Double(label.count) * 6.5
        }
        return out + "</svg>"
    }

}
