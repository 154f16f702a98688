import Foundation
import ReglamentYAML
import Testing

/// Input meant to break a loader, or broken by accident: each is refused
/// with its own code at the right place, within a second.
struct HostileInputTests {
    @Test func billionLaughsStopsAtTheAliasBudget() {
        var text = "a: &a [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ", ") + "]\n"
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        // Aliases to a..d bring 8,289 nodes, the nine to e 66,429 more; the
        // first alias to e's 66,430 nodes crosses 100,000.
        let diagnostic = expectRefusal(text, code: "Y010", line: 6, column: 8)
        #expect(diagnostic?.message.contains("100000") == true)
    }

    @Test func recursiveAliasIsRefusedAtTheAlias() {
        let diagnostic = expectRefusal("a: &a [1, *a]\n", code: "Y011", line: 1, column: 11)
        #expect(diagnostic?.related.first?.location.line == 1)
        #expect(diagnostic?.related.first?.location.column == 4)
        expectRefusal("a: &a\n  b: *a\n", code: "Y011", line: 2, column: 6)
    }

    @Test func aliasWithoutAnchorIsRefused() {
        expectRefusal("a: *nowhere\n", code: "Y012", line: 1, column: 4)
    }

    @Test func deepNestingStopsAtTheLimit() {
        let text = "a: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        // The top-level mapping is level 1; the 64th '[' would be level 65.
        expectRefusal(text, code: "Y013", line: 1, column: 3 + 64)
    }

    @Test func deepNestingAtTheTopIsNotAMapping() {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        expectRefusal(text, code: "Y020", line: 1, column: 1)
    }

    @Test func invalidUTF8IsLocatedAtTheFirstBadByte() {
        let bytes = Array("name: Жук\nbad: x".utf8) + [0xFF] + Array("y\n".utf8)
        let diagnostic = expectRefusal(bytes, code: "Y004", line: 2, column: 7)
        #expect(diagnostic?.message.contains("0xFF") == true)
        // A truncated two-byte character: the lead byte is blamed.
        expectRefusal(Array("a: caf".utf8) + [0xC3] + Array("(\n".utf8), code: "Y004", line: 1, column: 7)
        // An overlong encoding of '/'.
        expectRefusal(Array("a: ".utf8) + [0xC0, 0xAF], code: "Y004", line: 1, column: 4)
        // A UTF-8-encoded surrogate.
        expectRefusal(Array("a: ".utf8) + [0xED, 0xA0, 0x80], code: "Y004", line: 1, column: 4)
    }

    @Test func utf16IsRefusedAsNotUTF8() {
        let diagnostic = expectRefusal([0xFF, 0xFE] + Array("a\0:\0".utf8), code: "Y004", line: 1, column: 1)
        #expect(diagnostic?.message.contains("UTF-16") == true)
    }

    @Test func nulByteIsLocated() {
        expectRefusal(Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8), code: "Y005", line: 2, column: 5)
    }

    @Test func otherControlCharactersAreLocated() {
        let diagnostic = expectRefusal("a: 1\nb: x\u{07}\n", code: "Y006", line: 2, column: 5)
        #expect(diagnostic?.message.contains("U+0007") == true)
        expectRefusal("a: x\u{9B}\n", code: "Y006", line: 1, column: 5)
    }

    @Test func tabIndentationIsNamedWithItsHint() {
        let diagnostic = expectRefusal("shop:\n\tname: x\n", code: "Y008", line: 2, column: 1)
        #expect(diagnostic?.hint?.contains("indent with spaces") == true)
        expectRefusal("shop:\n  name: x\n  \tphone: y\n", code: "Y008", line: 3, column: 3)
        expectRefusal("list:\n  - a\n\t- b\n", code: "Y008", line: 3, column: 1)
        expectRefusal("text: |\n  one\n\ttwo\n", code: "Y008", line: 3, column: 1)
        // Tabs are fine inside a value and after the key.
        #expect(throws: Never.self) { try load("a:\tb\tc\n") }
    }

    @Test func pythonObjectTagIsRefused() {
        let diagnostic = expectRefusal("run: !!python/object/apply:os.system [\"ls\"]\n", code: "Y014", line: 1, column: 6)
        #expect(diagnostic?.message.contains("!!python/object/apply:os.system") == true)
        expectRefusal("a: !custom x\n", code: "Y014", line: 1, column: 4)
        expectRefusal("a: !<tag:example.com,2000:x> y\n", code: "Y014", line: 1, column: 4)
    }

    @Test func coreTagOnTheWrongKindOfNodeIsRefused() {
        expectRefusal("a: !!map [x]\n", code: "Y015", line: 1, column: 4)
        expectRefusal("a: !!seq x\n", code: "Y015", line: 1, column: 4)
        expectRefusal("a: !!str {b: c}\n", code: "Y015", line: 1, column: 4)
    }

    @Test func complexKeyIsRefused() {
        expectRefusal("? [a, b]\n: value\n", code: "Y016", line: 1, column: 3)
        expectRefusal("a: {{b: c}: d}\n", code: "Y016", line: 1, column: 5)
    }

    @Test func aliasAsKeyIsRefused() {
        expectRefusal("base: &k name\n*k : value\n", code: "Y017", line: 2, column: 1)
    }

    @Test func secondDocumentIsRefused() {
        expectRefusal("a: 1\n---\nb: 2\n", code: "Y019", line: 2, column: 1)
        expectRefusal("a: 1\n...\nb: 2\n", code: "Y007", line: 3, column: 1)
    }

    @Test func topLevelMustBeAMapping() {
        let list = expectRefusal("- a\n- b\n", code: "Y020", line: 1, column: 1)
        #expect(list?.message.contains("list") == true)
        let scalar = expectRefusal("just text\n", code: "Y020", line: 1, column: 1)
        #expect(scalar?.message.contains("scalar") == true)
        // An empty document is a null, which libyaml places after the marker.
        expectRefusal("---\n", code: "Y020", line: 2, column: 1)
    }

    @Test func emptyAndCommentOnlyFilesAreRefused() {
        let empty = expectRefusal("", code: "Y003", line: 1, column: 1)
        #expect(empty?.message == "the file is empty")
        expectRefusal(" \n\n", code: "Y003", line: 1, column: 1)
        let comments = expectRefusal("# a regulation\n\n  # to be written\n", code: "Y003", line: 1, column: 1)
        #expect(comments?.message == "the file holds only comments")
    }

    @Test func fileOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let limits = YAMLLoader.Limits(maxFileBytes: 16)
        expectRefusal("a: 1\nb: 2\nc: 3\nd: 4\n", code: "Y002", line: 0, column: 0, limits: limits)
        #expect(throws: Never.self) { try YAMLLoader(limits: limits).load(Array("a: 1\nb: 2\nc: 3\n".utf8), file: "small.yaml") }

        let path = FileManager.default.temporaryDirectory.appending(path: "reglament-large-\(UUID().uuidString).yaml").path
        try Data("a: 1\nb: 2\nc: 3\nd: 4\n".utf8).write(to: URL(filePath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try YAMLLoader(limits: limits).load(contentsOf: path)
        } throws: { error in
            (error as? YAMLLoadError)?.diagnostic.code == "Y002"
        }
    }

    @Test func unreadableFileIsRefusedWithTheReason() {
        let missing = "/nonexistent/regulation.yaml"
        do {
            _ = try YAMLLoader().load(contentsOf: missing)
            Issue.record("loaded a missing file")
        } catch {
            #expect(error.diagnostic.code == "Y001")
            #expect(error.diagnostic.location == .init(file: missing, line: 0, column: 0))
            #expect(error.diagnostic.message.contains("No such file"))
        }
        do {
            _ = try YAMLLoader().load(contentsOf: FileManager.default.temporaryDirectory.path)
            Issue.record("loaded a folder")
        } catch {
            #expect(error.diagnostic.code == "Y001")
            #expect(error.diagnostic.message.contains("folder"))
        }
    }

    /// A pipe would block the loader until someone writes to it (for ever);
    /// a device would be read without end. Both are refused at once, by name.
    @Test(arguments: ["fifo", "/dev/zero", "/dev/null"])
    func onlyRegularFilesAreRead(kind: String) throws {
        var path = kind
        if kind == "fifo" {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-fifo-\(UUID().uuidString)").path
            #expect(mkfifo(path, 0o600) == 0)
        }
        defer { if kind == "fifo" { unlink(path) } }
        do {
            _ = try YAMLLoader().load(contentsOf: path)
            Issue.record("loaded \(path)")
        } catch {
            #expect(error.diagnostic.code == "Y001")
            #expect(error.diagnostic.message == "cannot read '\(path)': it is not a regular file (a pipe, a socket or a device)")
        }
    }

    @Test func duplicateKeyPointsAtBothKeys() {
        let diagnostic = expectRefusal("shop:\n  name: a\n  phone: b\n  name: c\n", code: "Y009", line: 4, column: 3)
        #expect(diagnostic?.message.contains("'name'") == true)
        #expect(diagnostic?.related.first?.location == .init(file: "test.yaml", line: 2, column: 3))
        // Quoting does not make it another key.
        expectRefusal("a: 1\n\"a\": 2\n", code: "Y009", line: 2, column: 1)
        expectRefusal("m: {x: 1, y: 2, x: 3}\n", code: "Y009", line: 1, column: 17)
    }

    @Test func duplicateKeyInALargeMappingIsFound() {
        let keys = (1...200).map { "key\($0): \($0)\n" }.joined()
        expectRefusal(keys + "key17: again\n", code: "Y009", line: 201, column: 1)
        expectRefusal(keys + "key190: again\n", code: "Y009", line: 201, column: 1)
    }

    @Test func syntaxErrorSaysWhatLibyamlFound() {
        let colon = expectRefusal("a: b\nc\nd: e\n", code: "Y007", line: 2, column: 1)
        #expect(colon?.message.contains("could not find expected ':'") == true)
        #expect(colon?.hint != nil)
        let indent = expectRefusal("a:\n  b: 1\n c: 2\n", code: "Y007", line: 3, column: 2)
        #expect(indent?.message.contains("did not find expected key") == true)
        #expect(indent?.related.first?.location.line == 1)
        expectRefusal("a: \"open\n", code: "Y007", line: 2, column: 1)
    }

    @Test func mergeOfAScalarIsRefused() {
        expectRefusal("a:\n  <<: text\n", code: "Y018", line: 2, column: 7)
        expectRefusal("a: &a {x: 1}\nb:\n  <<: [*a, 2]\n", code: "Y018", line: 3, column: 12)
    }
}
