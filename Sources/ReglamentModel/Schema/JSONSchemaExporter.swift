/// Writes a `SchemaNode` as JSON Schema (draft 2020-12), the form
/// yaml-language-server reads for completion and hover in editors.
public struct JSONSchemaExporter {
    /// For files that hold part of a regulation: includes merge mappings
    /// key by key and join lists, so a mapping reached through mappings only
    /// (the top level, `delivery`, `order`...) may be split over files and
    /// requires nothing; a list item (a zone, a node) is always whole.
    public var partial: Bool

    public init(partial: Bool = false) {
        self.partial = partial
    }

    public func export(_ root: SchemaNode, title: String, id: String) -> JSONValue {
        var definitions: [(String, JSONValue)] = []
        let rootReference = json(for: root, definitions: &definitions, mayBeSplit: partial)
        var document: [(String, JSONValue)] = [
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("$id", .string(id)),
            ("title", .string(title)),
        ]
        if case .object(let members) = rootReference { document += members }
        document.append(("$defs", .object(definitions.sorted { $0.0 < $1.0 })))
        return .object(document)
    }

    /// `mayBeSplit`: the node is reached from the top through mappings only,
    /// in a partial schema.
    private func json(for node: SchemaNode, definitions: inout [(String, JSONValue)], mayBeSplit: Bool = false) -> JSONValue {
        switch node {
        case .string: return ["type": "string"]
        case .integer: return ["type": "integer"]
        case .number: return ["type": "number"]
        case .boolean: return ["type": "boolean"]
        case .format(let format): return format.jsonSchema
        case .enumeration(_, let values): return ["enum": .array(values.map { .string($0) })]
        case .list(let item):
            return ["type": "array", "items": json(for: item, definitions: &definitions)]
        case .dictionary(let key, let value):
            var members: [(String, JSONValue)] = [("type", "object")]
            if let key { members.append(("propertyNames", key.jsonSchema)) }
            members.append(("additionalProperties", json(for: value, definitions: &definitions)))
            return .object(members)
        case .object(let object):
            // A split part and a whole item of the same type are different definitions.
            let name = mayBeSplit ? object.name + "Part" : object.name
            if !definitions.contains(where: { $0.0 == name }) {
                definitions.append((name, .null))  // reserve: the type may refer to itself
                let definition = objectJSON(object, definitions: &definitions, mayBeSplit: mayBeSplit)
                if let index = definitions.firstIndex(where: { $0.0 == name }) { definitions[index].1 = definition }
            }
            return ["$ref": .string("#/$defs/\(name)")]
        }
    }

    private func objectJSON(_ object: ObjectSchema, definitions: inout [(String, JSONValue)], mayBeSplit: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", "object")]
        if let summary = object.summary { members.append(("description", .string(summary))) }
        let properties: [(String, JSONValue)] = object.fields.map { field in
            var property = json(for: field.schema, definitions: &definitions, mayBeSplit: mayBeSplit)
            if let summary = field.summary, case .object(var propertyMembers) = property {
                propertyMembers.insert(("description", .string(summary)), at: 0)
                property = .object(propertyMembers)
            }
            return (field.key, property)
        }
        members.append(("properties", .object(properties)))
        let required = object.fields.filter(\.isRequired).map { JSONValue.string($0.key) }
        if !mayBeSplit && !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", false))
        return .object(members)
    }
}
