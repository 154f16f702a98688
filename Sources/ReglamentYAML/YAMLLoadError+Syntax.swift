import ReglamentDiagnostics

extension YAMLLoadError {
    /// A diagnostic for libyaml's syntax error: its own words, placed where
    /// the user can see the problem, with a hint for the common mistakes.
    /// Tabs in indentation get their own code, since libyaml reports them
    /// only as some token it did not expect.
    init(syntax error: YAMLEventReader.SyntaxError, in bytes: [UInt8], file: String) {
        if let tab = Self.indentationTab(near: error, in: bytes) {
            self.init(
                .tabIndentation, "tab character in the indentation",
                hint: "indent with spaces: YAML does not allow tabs for indentation",
                at: SourceLocation(file: file, line: tab.line, column: tab.column))
            return
        }
        let problemPlace = SourceLocation(file: file, line: error.line, column: error.column)
        let contextPlace = error.contextLine.map { line in
            SourceLocation(file: file, line: line, column: error.contextColumn ?? 1)
        }
        var message = "syntax error: " + error.problem
        if let context = error.context { message += " " + context }
        let hint = Self.syntaxHints[error.problem]

        guard let context = error.context, let contextPlace, contextPlace != problemPlace else {
            self.init(.syntax, message, hint: hint, at: problemPlace)
            return
        }
        // libyaml notices a key without ':' only where the next token starts,
        // often the following line; the key itself is where to look.
        if error.problem == "could not find expected ':'" {
            self.init(
                .syntax, message, hint: hint, at: contextPlace,
                related: [RelatedLocation(message: "libyaml noticed it here", location: problemPlace)])
            return
        }
        let construct = context
            .replacingPrefix("while scanning ", with: "")
            .replacingPrefix("while parsing ", with: "")
        self.init(
            .syntax, message, hint: hint, at: problemPlace,
            related: [RelatedLocation(message: "\(construct) starts here", location: contextPlace)])
    }

    private static let syntaxHints: [String: String] = [
        "could not find expected ':'":
            "a key needs ':' after it, and a value continued on the next line must be indented more than its key",
        "mapping values are not allowed in this context":
            "quote a value that contains ': ', or check this line's indentation",
        "did not find expected key":
            "check the indentation: keys of one mapping must start in the same column",
        "did not find expected '-' indicator":
            "check the indentation: items of one list must start in the same column",
        "found character that cannot start any token":
            "quote the value: plain values cannot start with '@' or '`'",
        "found unexpected end of stream":
            "close the quote",
        "did not find expected ',' or ']'":
            "close the list with ']' and separate its items with ','",
        "did not find expected ',' or '}'":
            "close the mapping with '}' and separate its pairs with ','",
        "found unknown escape character":
            "in double quotes '\\' starts an escape: write '\\\\' for a backslash, or use single quotes",
        "found undefined tag handle":
            "only YAML's core tags such as !!str are read; remove the tag",
        "block sequence entries are not allowed in this context":
            "start the list on the next line, indented under its key",
    ]

    /// The first tab in the indentation of the line libyaml stopped on, when
    /// libyaml stopped within that indentation or just after it.
    private static func indentationTab(
        near error: YAMLEventReader.SyntaxError, in bytes: [UInt8]
    ) -> (line: Int, column: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let line = SourcePosition.lineBytes(error.line, in: buffer) else { return nil }
            var firstTab: Int?
            var indentEnd = line.lowerBound
            while indentEnd < line.upperBound, buffer[indentEnd] == UInt8(ascii: " ") || buffer[indentEnd] == UInt8(ascii: "\t") {
                if firstTab == nil && buffer[indentEnd] == UInt8(ascii: "\t") { firstTab = indentEnd }
                indentEnd += 1
            }
            guard let firstTab else { return nil }
            let indentColumns = SourcePosition.column(ofByte: indentEnd, lineStart: line.lowerBound, in: buffer)
            guard error.column <= indentColumns else { return nil }
            return (error.line, SourcePosition.column(ofByte: firstTab, lineStart: line.lowerBound, in: buffer))
        }
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
