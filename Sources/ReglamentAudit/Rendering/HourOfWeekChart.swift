/// Escalations by hour of the week: a 7 × 24 grid, Monday on top, in the
/// shop's time; the darker the cell, the more escalations.
struct HourOfWeekChart {
    let grid: [[Int]]

    static let days = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"]
    static let cell = 22.0, rowHeight = 20.0, left = 28.0, top = 18.0

    func svg() -> String {
        let most = Double(max(grid.flatMap { $0 }.max() ?? 0, 1))
        let width = Self.left + 24 * Self.cell + 4, height = Self.top + 7 * Self.rowHeight + 4
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(SVGMarkup.number(width)) \(SVGMarkup.number(height))\" "
        out += "role=\"img\" aria-label=\"Эскалации по часам недели\">"
        for hour in stride(from: 0, to: 24, by: 3) {
            out += "<text x=\"\(SVGMarkup.number(Self.left + Double(hour) * Self.cell + 2))\" y=\"12\" font-size=\"9\">\(hour):00</text>"
        }
        for (day, hours) in grid.prefix(7).enumerated() {
            let y = Self.top + Double(day) * Self.rowHeight
            out += "<text x=\"2\" y=\"\(SVGMarkup.number(y + 14))\" font-size=\"10\">\(Self.days[day])</text>"
            for (hour, count) in hours.prefix(24).enumerated() {
                let fraction = Double(count) / most
                let x = Self.left + Double(hour) * Self.cell
                out += "<rect x=\"\(SVGMarkup.number(x))\" y=\"\(SVGMarkup.number(y))\" width=\"\(SVGMarkup.number(Self.cell - 2))\" height=\"\(SVGMarkup.number(Self.rowHeight - 2))\" "
                out += "fill=\"\(count == 0 ? "#f6f8fa" : SVGMarkup.heat(fraction))\"><title>\(Self.days[day]) \(hour):00–\(hour + 1):00 — \(count)</title></rect>"
                if count > 0 {
                    out += "<text x=\"\(SVGMarkup.number(x + Self.cell / 2 - 1))\" y=\"\(SVGMarkup.number(y + 13))\" text-anchor=\"middle\" font-size=\"8\" fill=\"\(SVGMarkup.ink(on: fraction))\">\(count)</text>"
                }
            }
        }
        return out + "</svg>"
    }
}
