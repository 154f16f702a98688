/// Text bound for a header: one line, no control characters. A name or a
/// question typed during a call may hold a line break; in a header it
/// would start a new header, so every break and control becomes a space.
enum HeaderText {
    static func singleLine(_ text: String) -> String {
        var result = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let isBreakOrControl = scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .lineSeparator
                || scalar.properties.generalCategory == .paragraphSeparator
            if isBreakOrControl || scalar == " " {
                if !lastWasSpace, !result.isEmpty { result.append(" ") }
                lastWasSpace = true
            } else {
                result.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return lastWasSpace ? String(result.dropLast()) : result
    }
}
