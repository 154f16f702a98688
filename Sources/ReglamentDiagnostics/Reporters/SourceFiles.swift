import Foundation

/// The text of the files diagnostics point into, read once each, so the text
/// reporter can quote the offending line.
///
/// A file that cannot be read (deleted since the check, or not a file at
/// all) simply has no lines: the report still names the place.
public final class SourceFiles {
    private var lines: [String: [Substring]] = [:]

    public init() {}

    /// Sources given as text, for reports on files that are not on disk.
    public init(texts: [String: String]) {
        for (file, text) in texts { lines[file] = Self.split(text) }
    }

    /// Line `number` (1-based) of `file` without its line break, or nil.
    public func line(_ number: Int, of file: String) -> Substring? {
        // Line 0 is the file as a whole (unreadable, too large): nothing to read.
        guard number >= 1 else { return nil }
        let fileLines = lines[file] ?? load(file)
        guard number <= fileLines.count else { return nil }
        return fileLines[number - 1]
    }

    /// Files larger than any regulation the loader reads are not quoted.
    private static let largestQuoted = 32 << 20

    private func load(_ file: String) -> [Substring] {
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let data = size <= Self.largestQuoted ? FileManager.default.contents(atPath: file) ?? Data() : Data()
        let text = String(decoding: data, as: UTF8.self)
        let fileLines = Self.split(text)
        lines[file] = fileLines
        return fileLines
    }

    /// Splits on LF, CRLF and lone CR, as libyaml counts lines; a BOM is
    /// not part of the first line's text.
    private static func split(_ text: String) -> [Substring] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // "\r\n" is one Character in Swift, so this splits each break once.
        return body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    }
}
