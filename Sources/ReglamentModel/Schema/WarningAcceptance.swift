import ReglamentDiagnostics
import ReglamentYAML

/// A warning the shop owner accepts on purpose, written on the mapping the
/// warning is about: `accept: {R403: "пианино в Калининград не возим — так
/// и говорим"}` on the zone. It covers that rule's warnings inside the
/// mapping that holds it; the reason is required, so an auditor reads why.
/// Any mapping of a regulation may carry one (see `Regulation.schema`);
/// which codes can be accepted is the checker's to say.
public struct WarningAcceptance: Hashable, Sendable {
    public static let key = "accept"

    /// The rule's code, as `check` prints it: `R403`.
    public var code: String
    public var reason: String
    /// Where the code is written.
    public var location: SourceLocation
    /// The places inside the mapping that holds `accept:`.
    public var scope: ClosedRange<SourceLocation>

    public init(code: String, reason: String, location: SourceLocation, scope: ClosedRange<SourceLocation>) {
        self.code = code
        self.reason = reason
        self.location = location
        self.scope = scope
    }

    /// `accept:` as the shape check and editors see it: rule codes, each with its reason.
    public static let field = FieldSchema(
        key: key,
        schema: .dictionary(key: codeFormat, value: .format(reasonFormat)),
        isRequired: false,
        summary: "Warnings accepted on purpose here: the rule's code (R403) and why, in words an auditor reads."
    )

    static let codeFormat = ScalarFormatInfo(
        name: "rule code", jsonSchema: ["type": "string", "pattern": "^R[0-9]{3}$"]
    ) { text in
        let digits = text.dropFirst()
        guard text.first == "R", digits.count == 3, digits.allSatisfy({ ("0"..."9").contains($0) }) else {
            return FormatProblem("'\(text)' is not a rule code", hint: "write the code `check` prints, e.g. R403")
        }
        return nil
    }

    static let reasonFormat = ScalarFormatInfo(
        name: "reason", jsonSchema: ["type": "string", "minLength": 1]
    ) { text in
        text.allSatisfy(\.isWhitespace)
            ? FormatProblem("an accepted warning needs a reason", hint: "say why, as you would tell an auditor")
            : nil
    }

    /// The acceptances of one `accept:` mapping that passed the shape check,
    /// scoped to `holder`, the mapping it is written in.
    static func read(_ node: YAMLNode, in holder: YAMLNode) -> [WarningAcceptance] {
        let scope = holder.extent
        return node.pairs.compactMap { pair in
            guard let reason = pair.value.text, codeFormat.validate(pair.keyText) == nil,
                  reasonFormat.validate(reason) == nil
            else { return nil }
            return WarningAcceptance(code: pair.keyText, reason: reason, location: pair.key.location, scope: scope)
        }
    }
}

extension SchemaNode {
    /// The same shape with `field` allowed on every mapping of named fields.
    public func addingToEveryObject(_ field: FieldSchema) -> SchemaNode {
        switch self {
        case .string, .integer, .number, .boolean, .format, .enumeration:
            return self
        case .list(let item):
            return .list(item.addingToEveryObject(field))
        case .dictionary(let key, let value):
            return .dictionary(key: key, value: value.addingToEveryObject(field))
        case .object(var object):
            object.fields = object.fields.map { member in
                var member = member
                member.schema = member.schema.addingToEveryObject(field)
                return member
            } + [field]
            return .object(object)
        }
    }
}
