import ReglamentHandbook

/// A script's flow graph (the handbook's `FlowGraph`) drawn as SVG, each
/// step shaded by how many calls reached it and each choice drawn as thick
/// as it was chosen; steps and options no call used are dashed red.
///
/// Laid out in rows by distance from the start (breadth first), so the
/// main path reads top to bottom; edges back up the graph curve to the side.
struct FlowHeatMap {
    let cluster: FlowGraph.Cluster
    let start: String
    let coverage: ScriptCoverage

    static let boxWidth = 190.0, boxHeight = 46.0, columnGap = 24.0, rowGap = 46.0, margin = 16.0

    func svg() -> String {
        let rows = layers()
        let position = positions(rows)
        let widest = Double(rows.map(\.count).max() ?? 1)
        let width = 2 * Self.margin + widest * Self.boxWidth + (widest - 1) * Self.columnGap + 60
        let height = 2 * Self.margin + Double(rows.count) * (Self.boxHeight + Self.rowGap)
        let calls = Dictionary(coverage.steps.map { ($0.step, $0.calls) }, uniquingKeysWith: { first, _ in first })
        let most = Double(max(calls.values.max() ?? 0, 1))
        let optionUse = Dictionary(coverage.options.map { ("\($0.step)#\($0.option)", $0) }, uniquingKeysWith: { first, _ in first })
        let mostChosen = Double(max(coverage.options.map(\.calls).max() ?? 0, 1))

        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flow\" viewBox=\"0 0 \(SVGMarkup.number(width)) \(SVGMarkup.number(height))\" "
        out += "role=\"img\" aria-label=\"Схема сценария \(SVGMarkup.escape(cluster.script)) по частоте шагов\">"
        out += "<defs><marker id=\"arrow-\(SVGMarkup.escape(cluster.script))\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto\">"
        out += "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker></defs>"
        for edge in cluster.edges {
            guard let from = position[edge.from], let to = position[edge.to] else { continue }
            var stroke = "#8c959f", widthValue = 1.2, dash = ""
            var tooltip = edge.label ?? ""
            if edge.style == .choice, let number = edge.label.flatMap({ Int($0.prefix { $0.isNumber }) }), let use = optionUse["\(edge.from)#\(number)"] {
                widthValue = 1 + 5 * Double(use.calls) / mostChosen
                tooltip += " — звонков: \(use.calls)"
                if use.calls == 0 { stroke = "#c0392b"; dash = " stroke-dasharray=\"4 3\"" } else { stroke = "#57606a" }
            } else if edge.style == .fallback {
                dash = " stroke-dasharray=\"5 3\""
            }
            let x1 = from.x + Self.boxWidth / 2, y1 = from.y + Self.boxHeight
            let x2 = to.x + Self.boxWidth / 2, y2 = to.y
            let path: String
            if to.y > from.y {
                path = "M\(SVGMarkup.number(x1)),\(SVGMarkup.number(y1)) L\(SVGMarkup.number(x2)),\(SVGMarkup.number(y2))"
            } else {
                // Back up the graph (a loop): around the right-hand side of both boxes.
                let side = max(from.x, to.x) + Self.boxWidth + 20
                path = "M\(SVGMarkup.number(from.x + Self.boxWidth)),\(SVGMarkup.number(from.y + Self.boxHeight / 2)) "
                    + "C\(SVGMarkup.number(side)),\(SVGMarkup.number(from.y + Self.boxHeight / 2)) \(SVGMarkup.number(side)),\(SVGMarkup.number(to.y + Self.boxHeight / 2)) "
                    + "\(SVGMarkup.number(to.x + Self.boxWidth)),\(SVGMarkup.number(to.y + Self.boxHeight / 2))"
            }
            out += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(SVGMarkup.number(widthValue))\"\(dash) marker-end=\"url(#arrow-\(SVGMarkup.escape(cluster.script)))\">"
            out += "<title>\(SVGMarkup.escape(tooltip))</title></path>"
        }
        for node in cluster.nodes {
            guard let at = position[node.id] else { continue }
            let count = calls[node.id] ?? 0
            let fraction = Double(count) / most
            let unused = count == 0
            out += "<g><rect x=\"\(SVGMarkup.number(at.x))\" y=\"\(SVGMarkup.number(at.y))\" width=\"\(SVGMarkup.number(Self.boxWidth))\" height=\"\(SVGMarkup.number(Self.boxHeight))\" rx=\"6\" "
            out += "fill=\"\(unused ? "#fff5f5" : SVGMarkup.heat(fraction))\" stroke=\"\(unused ? "#c0392b" : "#57606a")\"\(unused ? " stroke-dasharray=\"4 3\"" : "")/>"
            out += "<text x=\"\(SVGMarkup.number(at.x + 8))\" y=\"\(SVGMarkup.number(at.y + 18))\" font-size=\"11\" fill=\"\(unused ? "#1b1f24" : SVGMarkup.ink(on: fraction))\">"
            out += "\(SVGMarkup.escape(SVGMarkup.shorten("\(node.number). \(node.title)", to: 30)))</text>"
            out += "<text x=\"\(SVGMarkup.number(at.x + 8))\" y=\"\(SVGMarkup.number(at.y + 36))\" font-size=\"10\" fill=\"\(unused ? "#c0392b" : SVGMarkup.ink(on: fraction))\">"
            out += unused ? "не использован" : "звонков: \(count)"
            out += "</text><title>\(SVGMarkup.escape(node.title + (node.text.map { "\n«\($0)»" } ?? "")))</title></g>"
        }
        return out + "</svg>"
    }

    /// Steps by their distance from the start; steps no edge reaches go last.
    func layers() -> [[String]] {
        var targets: [String: [String]] = [:]
        for edge in cluster.edges { targets[edge.from, default: []].append(edge.to) }
        var depth: [String: Int] = [start: 0]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let id = queue[index]
            index += 1
            for target in targets[id] ?? [] where depth[target] == nil {
                depth[target] = (depth[id] ?? 0) + 1
                queue.append(target)
            }
        }
        let last = (depth.values.max() ?? 0) + 1
        var rows = Array(repeating: [String](), count: last + 1)
        for node in cluster.nodes { rows[depth[node.id] ?? last].append(node.id) }
        return rows.filter { !$0.isEmpty }
    }

    private func positions(_ rows: [[String]]) -> [String: (x: Double, y: Double)] {
        let widest = Double(rows.map(\.count).max() ?? 1)
        let full = widest * Self.boxWidth + (widest - 1) * Self.columnGap
        var position: [String: (x: Double, y: Double)] = [:]
        for (row, ids) in rows.enumerated() {
            let span = Double(ids.count) * Self.boxWidth + Double(ids.count - 1) * Self.columnGap
            for (column, id) in ids.enumerated() {
                position[id] = (Self.margin + (full - span) / 2 + Double(column) * (Self.boxWidth + Self.columnGap),
                                Self.margin + Double(row) * (Self.boxHeight + Self.rowGap))
            }
        }
        return position
    }
}
