import ReglamentModel

/// A discount limit as the handbook shows it.
enum Percent {
    /// "10%" or "10" → "10 %"; "2.5" → "2,5 %" (a no-break space before the sign).
    static func said(_ value: String) -> String {
        let number = value.hasSuffix("%") ? String(value.dropLast()) : value
        return number.trimmingSpaces.replacingOccurrences(of: ".", with: ",") + "\u{00A0}%"
    }
}
