/// How many diagnostics of one code in one file are shown, the way
/// compilers stop a flood: a file with 200,000 unknown keys gets the first
/// 50 of them, then one note, "and 199,950 more like this (R101)". Counts
/// stay the counts found (the note carries the rest, `Diagnostic.Omitted`),
/// so summaries, `errors` in JSON and the exit status are as without the limit.
///
/// Applied where diagnostics are finished (`Checker`), so every reporter
/// prints the same.
public enum DiagnosticLimit {
    public static let perCodeAndFile = 50

    /// `diagnostics` in order, with everything past the first
    /// `perCodeAndFile` of a code in a file left out and one note in their
    /// place, at the first one left out. Notes already there stay as they
    /// are (limiting twice changes nothing).
    public static func apply(_ diagnostics: [Diagnostic], perCodeAndFile limit: Int = perCodeAndFile) -> [Diagnostic] {
        var seen: [Key: Int] = [:]
        var notes: [Key: Int] = [:]
        var shown: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard diagnostic.omitted == nil else {
                shown.append(diagnostic)
                continue
            }
            let key = Key(diagnostic)
            let count = seen[key, default: 0] + 1
            seen[key] = count
            if count <= limit {
                shown.append(diagnostic)
                continue
            }
            if let note = notes[key] {
                shown[note].omitted?.count(diagnostic.severity)
            } else {
                notes[key] = shown.count
                var omitted = Diagnostic.Omitted()
                omitted.count(diagnostic.severity)
                shown.append(Diagnostic(code: diagnostic.code, severity: .note, message: "", location: diagnostic.location, omitted: omitted))
            }
        }
        for index in notes.values {
            let note = shown[index]
            shown[index].message = "and \(grouped(note.omitted?.total ?? 0)) more like this (\(note.code))"
            shown[index].hint = "only the first \(limit) of \(note.code) in a file are shown; fix those and check again"
        }
        return shown
    }

    private struct Key: Hashable {
        let code: String
        let file: String

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code
            file = diagnostic.location.file
        }
    }

    /// 199950 as `199,950`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }
}

extension Diagnostic.Omitted {
    mutating func count(_ severity: Severity) {
        switch severity {
        case .error: errors += 1
        case .warning: warnings += 1
        case .note: break
        }
    }
}
