import Foundation
import ReglamentModel
import ReglamentYAML
import Testing

struct SchemaTests {
    @Test func everyKeyIsSnakeCase() {
        var keys: [String] = []
        collectKeys(Regulation.schema, into: &keys)
        #expect(!keys.isEmpty)
        let bad = keys.filter { !$0.allSatisfy { $0.isLowercase || $0 == "_" } }
        #expect(bad.isEmpty, "keys not in snake_case: \(bad)")
    }

    @Test func derivedSchemaKnowsRequiredAndOptionalFields() throws {
        guard case .object(let regulation) = Regulation.schema else {
            Issue.record("the regulation is not an object")
            return
        }
        #expect(regulation.field(named: "shop")?.isRequired == true)
        #expect(regulation.field(named: "authority")?.isRequired == false)
        #expect(regulation.field(named: "location") == nil, "locations come from the file, not from a key")
        #expect(regulation.field(named: "product_classes") != nil)
    }

    @Test func exportIsDeterministicJSON() throws {
        let first = JSONSchemaExporter().export(Regulation.schema, title: "t", id: "i").rendered()
        let second = JSONSchemaExporter().export(Regulation.schema, title: "t", id: "i").rendered()
        #expect(first == second)
        let parsed = try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        #expect(parsed?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        let definitions = parsed?["$defs"] as? [String: Any]
        #expect(definitions?["DeliveryZone"] != nil)
    }

    private func collectKeys(_ node: SchemaNode, into keys: inout [String]) {
        switch node {
        case .object(let object):
            for field in object.fields {
                keys.append(field.key)
                collectKeys(field.schema, into: &keys)
            }
        case .list(let item): collectKeys(item, into: &keys)
        case .dictionary(_, let value): collectKeys(value, into: &keys)
        default: break
        }
    }
}
