import Foundation
import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// R305 is reported at the order outcome, with a note at each capture step
/// on a path that misses a field: where the owner adds it.
struct IncompleteOrderNotesTests {
    @Test func eachPathThatMissesAFieldIsNotedAtItsCaptureStep() throws {
        let example = try #require(IncompleteOrderCheck.description.triggering.first)
        let (yaml, _) = ExampleRegulation.compose(example)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("r305-\(UUID().uuidString).yaml").path
        let found = Checker().check(Array(yaml.utf8), file: file).diagnostics.filter { $0.code == "R305" }
        #expect(found.count == 2)
        let atDetails = try #require(found.first { $0.message.contains("node 'details'") })
        #expect(atDetails.related.map(\.message) == ["step 'details' is on a path to this order and does not capture 'phone'"])
        // `capture: [full_name]` is on line 16 of the example (the note points at its first field).
        #expect(atDetails.related.first.map { "\($0.location.line):\($0.location.column)" } == "16:19")
        let quick = try #require(found.first { $0.message.contains("node 'greeting'") })
        #expect(quick.related.map(\.message) == ["a path from the start reaches this order through no capture step"])
    }

    @Test func aStepOnEveryPathNamesOnlyWhatItLacks() throws {
        let (yaml, _) = ExampleRegulation.compose("""
            scripts:
              - id: inbound
                direction: inbound
                start: greeting
                nodes:
                  - id: greeting
                    say: Здравствуйте!
                    options:
                      - {label: Заказ, next: consent}
                  - id: consent
                    consent: true
                    say: "{{order.consent}}"
                    options:
                      - {label: Курьер, next: name}
                      - {label: Самовывоз, next: name-and-phone}
                  - id: name
                    capture: [full_name]
                    next: done
                  - id: name-and-phone
                    capture: [full_name, phone]
                    next: done
                  - id: done
                    say: Спасибо!
                    outcome: order
            """)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("r305-\(UUID().uuidString).yaml").path
        let found = Checker().check(Array(yaml.utf8), file: file).diagnostics.filter { $0.code == "R305" }
        #expect(found.count == 1)
        // The path through 'name-and-phone' has the phone: only 'name' is noted.
        #expect(found.first?.related.map(\.message) == ["step 'name' is on a path to this order and does not capture 'phone'"])
    }
}
