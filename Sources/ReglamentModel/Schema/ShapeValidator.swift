import ReglamentDiagnostics
import ReglamentYAML

/// Checks a YAML document against the schema: unknown keys (with "did you
/// mean"), wrong types, missing required fields, bad formats and values.
/// Collects every problem in one pass.
public struct ShapeValidator {
    public let schema: SchemaNode

    public init(schema: SchemaNode) {
        self.schema = schema
    }

    /// `node`'s document must be held until this returns.
    public func validate(_ node: YAMLNode) -> [Diagnostic] {
        var problems = Problems()
        validate(node, against: schema, field: "regulation", into: &problems)
        return problems.found
    }

    /// The problems found so far, and which unknown keys may still be shown.
    private struct Problems {
        var found: [Diagnostic] = []
        var unknownKeys = DiagnosticLimit.Tracker()

        mutating func append(_ problem: Diagnostic) { found.append(problem) }
    }

    private func validate(_ node: YAMLNode, against schema: SchemaNode, field: String, into problems: inout Problems) {
        switch schema {
        case .object(let object):
            guard node.kind == .mapping else {
                return problems.append(wrongType(node, expected: "a mapping", field: field))
            }
            validateObject(object, pairs: node.pairs, at: node, field: field, into: &problems)
        case .list(let item):
            guard node.kind == .sequence else {
                return problems.append(wrongType(node, expected: "a list", field: field))
            }
            for element in node.items { validate(element, against: item, field: field, into: &problems) }
        case .dictionary(let keyFormat, let value):
            guard node.kind == .mapping else {
                return problems.append(wrongType(node, expected: "a mapping", field: field))
            }
            for pair in node.pairs {
                if let keyFormat, let problem = keyFormat.validate(pair.keyText) {
                    problems.append(badFormat(problem, at: pair.key))
                }
                validate(pair.value, against: value, field: pair.keyText, into: &problems)
            }
        case .string:
            // Any text will do, so none is made.
            if node.kind != .scalar || node.isNull { problems.append(wrongType(node, expected: "text", field: field)) }
        case .integer:
            if let text = scalar(node, expected: "a whole number", field: field, into: &problems), Int(text) == nil {
                problems.append(wrongType(node, expected: "a whole number", field: field))
            }
        case .number:
            if let text = scalar(node, expected: "a number", field: field, into: &problems), Double(text) == nil {
                problems.append(wrongType(node, expected: "a number", field: field))
            }
        case .boolean:
            if let text = scalar(node, expected: "true or false", field: field, into: &problems),
               NodeDecoder.bool(text) == nil
            {
                problems.append(wrongType(node, expected: "true or false", field: field))
            }
        case .format(let format):
            if let text = scalar(node, expected: "a \(format.name)", field: field, into: &problems),
               let problem = format.validate(text)
            {
                problems.append(badFormat(problem, at: node))
            }
        case .enumeration(_, let values):
            if let text = scalar(node, expected: "one of \(values.joined(separator: ", "))", field: field, into: &problems),
               !values.contains(text)
            {
                let suggestion = Spelling.closest(to: text, among: values).map { "did you mean '\($0)'? " } ?? ""
                problems.append(Diagnostic(
                    code: ShapeCode.badValue, severity: .error,
                    message: "'\(text)' is not a valid value for '\(field)'",
                    hint: suggestion + "expected one of: \(values.joined(separator: ", "))",
                    location: node.location
                ))
            }
        }
    }

    private func validateObject(
        _ object: ObjectSchema, pairs: YAMLNode.Pairs, at node: YAMLNode, field: String, into problems: inout Problems
    ) {
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
                guard problems.unknownKeys.mayBeShown(ShapeCode.unknownKey, at: pair.key.location) else {
                    unhinted.append(key)
                    problems.append(Diagnostic(code: ShapeCode.unknownKey, severity: .error, message: "unknown key", location: pair.key.location))
                    continue
                }
                let known = object.fields.map(\.key)
                let closest = Spelling.closest(to: key, among: known)
                if let closest { suggested.insert(closest) }
                problems.append(Diagnostic(
                    code: ShapeCode.unknownKey, severity: .error, message: "unknown key '\(key)' in '\(field)'",
                    hint: closest.map { "did you mean '\($0)'?" } ?? "known keys here: \(known.joined(separator: ", "))",
                    location: pair.key.location
                ))
                continue
            }
            if pair.value.isNull {
                if fieldSchema.isRequired { problems.append(missing(key, in: field, at: pair.key.location)) }
                continue
            }
            validate(pair.value, against: fieldSchema.schema, field: key, into: &problems)
        }
        // Presence is asked before `suggested`: hashing every required key costs more than the scan.
        for required in object.fields
        where required.isRequired && !pairs.contains(where: { $0.key.hasText(required.key) })
            && !suggested.contains(required.key)
            && !unhinted.contains(where: { Spelling.closest(to: $0, among: object.fields.map(\.key)) == required.key })
        {
            problems.append(missing(required.key, in: field, at: node.location))
        }
    }

    /// The scalar's text, or nil after reporting that it is not a scalar.
    /// `expected` is only worded when there is a problem: most values have
    /// none, and building "one of …" for each would cost more than the check.
    private func scalar(
        _ node: YAMLNode, expected: @autoclosure () -> String, field: String, into problems: inout Problems
    ) -> String? {
        guard let text = node.text, !node.isNull else {
            problems.append(wrongType(node, expected: expected(), field: field))
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
        return Diagnostic(
            code: ShapeCode.wrongType, severity: .error,
            message: "'\(field)' must be \(expected), found \(found)", location: node.location
        )
    }

    private func missing(_ key: String, in field: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            code: ShapeCode.missingField, severity: .error,
            message: "missing required field '\(key)' in '\(field)'",
            hint: "add '\(key):' here", location: location
        )
    }

    private func badFormat(_ problem: FormatProblem, at node: YAMLNode) -> Diagnostic {
        Diagnostic(code: ShapeCode.badFormat, severity: .error, message: problem.message, hint: problem.hint, location: node.location)
    }
}
