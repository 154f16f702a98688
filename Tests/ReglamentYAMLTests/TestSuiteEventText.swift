import ReglamentYAML

/// The event notation of the YAML test suite (`test.event`), one line per
/// event: `+MAP {} &anchor <tag>`, `=VAL :plain`, `=ALI *name`, `-DOC ...`.
enum TestSuiteEventText {
    /// Every event of `bytes`, each line ended by a newline as in the suite's files.
    static func events(of bytes: [UInt8]) throws(YAMLEventReader.SyntaxError) -> String {
        var reader = YAMLEventReader(bytes)
        var text = ""
        while let event = try reader.next() {
            text += line(for: event) + "\n"
        }
        return text
    }

    static func line(for event: YAMLEvent) -> String {
        switch event.kind {
        case .streamStart: "+STR"
        case .streamEnd: "-STR"
        case .documentStart(let explicit): explicit ? "+DOC ---" : "+DOC"
        case .documentEnd(let explicit): explicit ? "-DOC ..." : "-DOC"
        case .mappingStart(let start): "+MAP" + collection(start, flow: " {}")
        case .mappingEnd: "-MAP"
        case .sequenceStart(let start): "+SEQ" + collection(start, flow: " []")
        case .sequenceEnd: "-SEQ"
        case .alias(let anchor): "=ALI *" + anchor
        case .scalar(let scalar): "=VAL" + properties(scalar.anchor, scalar.tag) + " " + indicator(scalar.style) + escaped(scalar.value)
        }
    }

    private static func collection(_ start: YAMLCollectionStart, flow: String) -> String {
        (start.style == .flow ? flow : "") + properties(start.anchor, start.tag)
    }

    private static func properties(_ anchor: String?, _ tag: String?) -> String {
        (anchor.map { " &" + $0 } ?? "") + (tag.map { " <" + $0 + ">" } ?? "")
    }

    private static func indicator(_ style: YAMLScalar.Style) -> String {
        switch style {
        case .plain: ":"
        case .singleQuoted: "'"
        case .doubleQuoted: "\""
        case .literal: "|"
        case .folded: ">"
        }
    }

    private static func escaped(_ value: String) -> String {
        var text = ""
        text.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\0": text += "\\0"
            case "\u{08}": text += "\\b"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text
    }
}
