/// How many diagnostics of one code in one file are shown, the way
/// compilers stop a flood: a file with 200,000 unknown keys gets the first
/// 50 of them, then one note, "and 199,950 more like this (R101)". Counts
/// stay the counts found (the note carries the rest, `Diagnostic.Omitted`),
/// so summaries, `errors` in JSON and the exit status are as without the limit.
///
/// Applied where diagnostics are finished (`Checker`), so every reporter
/// prints the same; a producer of many may skip costly wording for those
/// that cannot be shown (`DiagnosticLimit.Tracker`).
public enum DiagnosticLimit {
    public static let perCodeAndFile = 50

    /// `diagnostics` in file order (`Diagnostic.<`), limited: what the
    /// checks' users print.
    public static func finish(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        apply(diagnostics.inFileOrder)
    }

    /// `diagnostics` in order, with everything past the first
    /// `perCodeAndFile` of a code in a file left out and one note in their
    /// place, at the first one left out. Notes already there stay as they
    /// are (limiting twice changes nothing).
    public static func apply(_ diagnostics: [Diagnostic], perCodeAndFile limit: Int = perCodeAndFile) -> [Diagnostic] {
        struct Tally { var count = 0; var note: Int? }
        var tallies: [Key: Tally] = [:]
        // A flood comes in runs of one code and file: the run's tally is kept at
        // hand, not looked up by hash for each (a tenth of a second in 200,000).
        var current: (key: Key, tally: Tally)?
        var shown: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard diagnostic.omitted == nil else {
                shown.append(diagnostic)
                continue
            }
            let key = Key(diagnostic)
            var tally: Tally
            if let current, current.key == key {
                tally = current.tally
            } else {
                if let current { tallies[current.key] = current.tally }
                tally = tallies[key] ?? Tally()
            }
            tally.count += 1
            if tally.count <= limit {
                shown.append(diagnostic)
            } else if let note = tally.note {
                shown[note].omitted?.count(diagnostic.severity)
            } else {
                tally.note = shown.count
                var omitted = Diagnostic.Omitted()
                omitted.count(diagnostic.severity)
                shown.append(Diagnostic(code: diagnostic.code, severity: .note, message: "", location: diagnostic.location, omitted: omitted))
            }
            current = (key, tally)
        }
        if let current { tallies[current.key] = current.tally }
        for index in tallies.values.compactMap(\.note) {
            let note = shown[index]
            shown[index].message = "and \(grouped(note.omitted?.total ?? 0)) more like this (\(note.code))"
            shown[index].hint = "only the first \(limit) of \(note.code) in a file are shown; fix those and check again"
        }
        return shown
    }

    private struct Key: Hashable, Sendable {
        let code: String
        let file: SourceFileID

        init(code: String, file: SourceFileID) {
            self.code = code
            self.file = file
        }

        init(_ diagnostic: Diagnostic) {
            self.init(code: diagnostic.code, file: diagnostic.location.fileID)
        }
    }

    /// For a producer of many diagnostics of a code (the shape check's
    /// unknown keys): which ones cannot be among those shown, so that they
    /// may go without their costly wording (the "did you mean" hint, even
    /// the message: `apply` leaves them out unread). They are still
    /// reported, and counted.
    ///
    /// One cannot be shown when `perCodeAndFile` of its code in its file
    /// were met before it, all at places before its own: the first shown
    /// are the first in file order, whatever order they are found in.
    public struct Tracker: Sendable {
        private var met: [Key: (count: Int, furthest: SourceLocation)] = [:]

        public init() {}

        /// Meets one of `code` at `location`; false when it cannot be shown.
        public mutating func mayBeShown(_ code: String, at location: SourceLocation) -> Bool {
            let key = Key(code: code, file: location.fileID)
            guard let entry = met[key] else {
                met[key] = (1, location)
                return true
            }
            if entry.count >= DiagnosticLimit.perCodeAndFile, location > entry.furthest { return false }
            met[key] = (entry.count + 1, max(entry.furthest, location))
            return true
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
