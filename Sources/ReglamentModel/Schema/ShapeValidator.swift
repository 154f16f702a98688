import ReglamentDiagnostics
import ReglamentYAML

/// Checks a YAML document against the schema: unknown keys (with "did you
/// mean"), wrong types, missing required fields, bad formats and values.
/// Collects every problem in one pass, and notes what the decoder must be
/// spared for the rest to be read and checked (`ShapeReport`).
public struct ShapeValidator {
    public let schema: SchemaNode
    /// What the document is called in messages ("unknown key 'x' in 'scenario'").
    public let rootName: String

    public init(schema: SchemaNode, rootName: String = "regulation") {
        self.schema = schema
        self.rootName = rootName
    }

    /// `node`'s document must be held until this returns.
    public func validate(_ node: YAMLNode) -> ShapeReport {
        var report = ShapeReport()
        report.root = node.id
        report.isReadable = validate(node, against: schema, field: rootName, into: &report)
        report.finish(node)
        return report
    }

    /// Whether the node can be decoded as `schema` once the parts noted in
    /// `report.omitted` are taken out. An item of a list, a value of a
    /// dictionary and an optional field that cannot are omitted (the rest of
    /// their mapping or list still reads); a required field that cannot
    /// makes its whole mapping unreadable.
    private func validate(_ node: YAMLNode, against schema: SchemaNode, field: String, into report: inout ShapeReport) -> Bool {
        // Inside an alias's repeat, problems are the anchor's: reported once, with the alias as a note.
        if node.isAliasRepeat {
            report.aliasSites.append(node.location)
            defer { report.aliasSites.removeLast() }
            return validateValue(node, against: schema, field: field, into: &report)
        }
        return validateValue(node, against: schema, field: field, into: &report)
    }

    private func validateValue(_ node: YAMLNode, against schema: SchemaNode, field: String, into report: inout ShapeReport) -> Bool {
        switch schema {
        case .object(let object):
            guard node.kind == .mapping else {
                return report.refuse(wrongType(node, expected: "a mapping", field: field))
            }
            return validateObject(object, pairs: node.pairs, at: node, field: field, into: &report)
        case .list(let item):
            guard node.kind == .sequence else {
                return report.refuse(wrongType(node, expected: "a list", field: field))
            }
            for element in node.items where !validate(element, against: item, field: field, into: &report) {
                report.omit(element, from: node)
            }
            return true
        case .dictionary(let keyFormat, let value):
            guard node.kind == .mapping else {
                return report.refuse(wrongType(node, expected: "a mapping", field: field))
            }
            for pair in node.pairs {
                var readable = true
                if let keyFormat, let problem = keyFormat.validate(pair.keyText) {
                    readable = report.refuse(badFormat(problem, in: pair.keyText, of: keyFormat, at: pair.key))
                }
                if !validate(pair.value, against: value, field: pair.keyText, into: &report) { readable = false }
                if !readable { report.omit(pair.value, from: node) }
            }
            return true
        case .string:
            // Any text will do, so none is made.
            if node.kind != .scalar || node.isNull { return report.refuse(wrongType(node, expected: "text", field: field)) }
        case .integer:
            if let text = scalar(node, expected: "a whole number", field: field, into: &report), Int(text) == nil {
                return report.refuse(wrongType(node, expected: "a whole number", field: field))
            }
        case .number:
            if let text = scalar(node, expected: "a number", field: field, into: &report), Double(text) == nil {
                return report.refuse(wrongType(node, expected: "a number", field: field))
            }
        case .boolean:
            if let text = scalar(node, expected: "true or false", field: field, into: &report),
               NodeDecoder.bool(text) == nil
            {
                return report.refuse(wrongType(node, expected: "true or false", field: field))
            }
        case .format(let format):
            if let text = scalar(node, expected: "a \(format.name)", field: field, into: &report),
               let problem = format.validate(text)
            {
                return report.refuse(badFormat(problem, in: text, of: format, at: node))
            }
        case .enumeration(_, let values):
            if let text = scalar(node, expected: "one of \(values.joined(separator: ", "))", field: field, into: &report),
               !values.contains(text)
            {
                return report.refuse(BadValueRule.diagnostic(text, for: field, allowed: values, at: node.location))
            }
        }
        // A scalar's own problems were returned above; `scalar` reported a missing one.
        return node.kind == .scalar && !node.isNull
    }

    private func validateObject(
        _ object: ObjectSchema, pairs: YAMLNode.Pairs, at node: YAMLNode, field: String, into report: inout ShapeReport
    ) -> Bool {
        var readable = true
        // A misspelt required key is reported once, as the typo, not again as missing.
        var suggested: Set<String> = []
        // Unknown keys that cannot be shown (`DiagnosticLimit.Tracker`) are counted,
        // worded as their kind only: in a file of 200,000 of them the nearest known
        // key and the message were most of the check's time. Whether one is a
        // misspelt required key is asked only if that key is missing.
        var unhinted: [String] = []
        for pair in pairs {
            let key = pair.keyText
            guard let fieldSchema = object.field(named: key) else {
                // The decoder passes over it; what the owner meant by it is missing around it.
                report.ignore(pair.value, in: node)
                guard report.unknownKeys.mayBeShown(UnknownKeyRule.code, at: pair.key.location) else {
                    unhinted.append(key)
                    report.add(UnknownKeyRule.unworded(at: pair.key.location))
                    continue
                }
                let known = object.fields.map(\.key)
                let closest = Spelling.closest(to: key, among: known)
                if let closest { suggested.insert(closest) }
                report.add(UnknownKeyRule.diagnostic(key, in: field, closest: closest, known: known, at: pair.key.location))
                continue
            }
            if pair.value.isNull {
                if fieldSchema.isRequired { readable = report.refuse(missing(key, in: field, at: pair.key.location)) }
                continue
            }
            if !validate(pair.value, against: fieldSchema.schema, field: key, into: &report) {
                if fieldSchema.isRequired { readable = false } else { report.omit(pair.value, from: node) }
            } else if key == WarningAcceptance.key {
                report.accept(pair.value, in: node)
            }
        }
        // Presence is asked before `suggested`: hashing every required key costs more than the scan.
        for required in object.fields where required.isRequired && !pairs.contains(where: { $0.key.hasText(required.key) }) {
            // Missing all the same: the mapping cannot be read, whether or not it is said twice.
            readable = false
            guard !suggested.contains(required.key),
                  !unhinted.contains(where: { Spelling.closest(to: $0, among: object.fields.map(\.key)) == required.key })
            else { continue }
            report.add(missing(required.key, in: field, at: node.location))
        }
        return readable
    }

    /// The scalar's text, or nil after reporting that it is not a scalar.
    /// `expected` is only worded when there is a problem: most values have
    /// none, and building "one of …" for each would cost more than the check.
    private func scalar(
        _ node: YAMLNode, expected: @autoclosure () -> String, field: String, into report: inout ShapeReport
    ) -> String? {
        guard let text = node.text, !node.isNull else {
            report.add(wrongType(node, expected: expected(), field: field))
            return nil
        }
        return text
    }

    private func wrongType(_ node: YAMLNode, expected: String, field: String) -> Diagnostic {
        let found = switch node.kind {
        case .scalar: node.isNull ? "nothing" : "'\(node.text ?? "")'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
        return WrongTypeRule.diagnostic(field, expected: expected, found: found, at: node.location)
    }

    private func missing(_ key: String, in field: String, at location: SourceLocation) -> Diagnostic {
        MissingFieldRule.diagnostic(key, in: field, at: location)
    }

    private func badFormat(_ problem: FormatProblem, in text: String, of format: ScalarFormatInfo, at node: YAMLNode) -> Diagnostic {
        BadFormatRule.diagnostic(problem, in: text, of: format, at: node.location)
    }
}
