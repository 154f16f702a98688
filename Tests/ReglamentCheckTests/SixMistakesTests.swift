import ReglamentCheck
import ReglamentDiagnostics
import Testing

/// Issue 13's "done when": six typical mistakes made at once in one
/// regulation each give exactly one located diagnostic (with its notes),
/// and a rule unrelated to them still reports beside them.
struct SixMistakesTests {
    static let edits: [(String, String)] = [
        // 1. A misspelt key: said once, not again as the transfer "without fallback" (R307).
        ("    fallback: piano-message\n", "    falback: piano-message\n"),
        // 2. A dead end: said once, naming the node it cuts off (not again as unreachable, R301).
        ("""
                options:
                  - {label: Повреждение при доставке, next: compensate}
                  - {label: Возврат мебели в течение 7 дней, next: take-message}
                  - {label: Хочет вернуть исправный инструмент, escalate: return-beyond-law}

        """, ""),
        // 3. An en dash inside an anchor that four aliases repeat: said once, at the anchor.
        ("        hours: 09:00-14:00\n", "        hours: 09:00–14:00\n"),
        // 4. A dot for a colon in a time.
        ("        tue-sat: 11:00-19:00\n", "        tue-sat: 11.00-19:00\n"),
        // 5. A Cyrillic «с» in a Latin id.
        ("faq: [availability, price]\n", "faq: [availability, priсe]\n"),
        // 6. The phone not captured: said at the order, noted at the step that should ask it.
        ("        capture: [full_name, phone, email, contact_channel]\n", "        capture: [full_name, email, contact_channel]\n"),
        // And one deliberate-looking gap the other rules must still find: no piano carrier to the Volga.
        ("        - method: piano-transport\n          days: 5-8\n          price: 42000\n", ""),
    ]

    @Test func eachMistakeIsOneLocatedDiagnosticAndTheOtherRulesStillReport() throws {
        let result = try EditedExample.check("bolshoy-dom", Self.edits)
        let found = result.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" }
        #expect(found == ["26:16 R104", "70:18 R104", "226:7 R403", "396:5 R101", "479:29 R104", "515:37 R305", "540:9 R302"],
                "\(EditedExample.rendered(result))")

        let anchor = try #require(result.diagnostics.first)
        #expect(anchor.hint == "'–' is a dash (U+2013), not the hyphen '-': write '09:00-14:00'")
        #expect(anchor.related.count == 4 && anchor.related.allSatisfy { $0.message == "the same value is used here through an alias" })
        #expect(result.diagnostics[1].hint == "hours and minutes are joined by ':', not '.': write '11:00-19:00'")
        #expect(result.diagnostics[3].hint == "did you mean 'fallback'?")
        #expect(result.diagnostics[4].hint == "'с' is the Cyrillic letter (U+0441), not the Latin one it looks like: write 'price'")
        #expect(result.diagnostics[5].related.map(\.message) == ["step 'who' is on a path to this order and does not capture 'phone'"])
        #expect(result.diagnostics[6].related.map(\.message) == ["node 'compensate' is reached only past this dead end"])
    }
}
