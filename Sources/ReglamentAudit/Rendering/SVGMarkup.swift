import Foundation
import ReglamentModel

/// The little SVG the audit draws by hand (no scripts, no fonts fetched):
/// escaping for text and attributes, numbers without noise, and colour ramps.
enum SVGMarkup {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default:
                // Control characters are not allowed in XML at all.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\n" || $0 == "\t" }) { escaped.append(character) }
            }
        }
        return escaped
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// From white (0) to a deep blue (1): how much a step or an hour was used.
    static func heat(_ fraction: Double) -> String {
        let t = min(max(fraction, 0), 1)
        let from = (r: 0xEE, g: 0xF4, b: 0xFB), to = (r: 0x1F, g: 0x5F, b: 0xA8)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b) - Double(a)) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(from.r, to.r), mix(from.g, to.g), mix(from.b, to.b))
    }

    /// Dark text on light cells, light text on dark ones.
    static func ink(on fraction: Double) -> String { fraction > 0.55 ? "#ffffff" : "#1b1f24" }

    /// Each outcome's colour; nil is the calls left without one.
    static let outcomeColors: [(outcome: Outcome?, label: String, color: String)] = [
        (.order, "заказ", "#2e8540"), (.message, "сообщение", "#d39e00"), (.transfer, "перевод", "#1f5fa8"),
        (.closed, "закрыт с ответом", "#8a8f98"), (nil, "без итога", "#c0392b"),
    ]

    static func shorten(_ text: String, to length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
