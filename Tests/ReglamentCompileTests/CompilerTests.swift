import Foundation
import ReglamentCompile
import Testing

struct CompilerTests {
    @Test(arguments: Examples.mainFiles)
    func everyExampleCompilesWithEveryTargetDefined(file: String) throws {
        let result = Compiler().compile(file: file)
        let compiled = try #require(result.compiled, "\(result.diagnostics)")
        #expect(compiled.format == "reglament-compiled/3")
        for script in compiled.scripts {
            let ids = Set(script.steps.map(\.id))
            #expect(ids.count == script.steps.count, "step ids repeat in \(script.id)")
            #expect(ids.contains(script.start))
            for step in script.steps {
                let targets = step.options.map(\.target) + [step.next, step.escalation?.answered, step.escalation?.fallback].compactMap { $0 }
                for target in targets {
                    #expect(ids.contains(target), "\(script.id)/\(step.id) leads to missing step \(target)")
                }
                let isEnd = step.kind == .outcome
                #expect(isEnd || !targets.isEmpty, "\(script.id)/\(step.id) leads nowhere")
                #expect(step.line?.text.contains("{{shop.") != true, "a shop fact was left unsubstituted in \(step.id)")
            }
            for exit in [script.anytime.notCovered, script.anytime.escalate].compactMap({ $0 }) {
                #expect(ids.contains(exit))
            }
        }
    }

    @Test(arguments: Examples.mainFiles)
    func outputIsByteIdenticalAcrossRunsAndCheckouts(file: String) throws {
        let first = try #require(Compiler().compile(file: file).compiled)
        let second = try #require(Compiler().compile(file: file).compiled)
        #expect(CompiledJSON.encode(first) == CompiledJSON.encode(second))
        let shop = URL(fileURLWithPath: file).deletingLastPathComponent().lastPathComponent
        let elsewhere = try #require(Compiler().compile(file: try Examples.copy(shop)).compiled)
        #expect(CompiledJSON.encode(first) == CompiledJSON.encode(elsewhere), "the output depends on where the files are")
    }

    @Test func versionIsTheHashOfTheSourcesAndChangesWithThem() throws {
        let original = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
        #expect(original.sources.map(\.path) == ["regulation.yaml", "geography.yaml"])
        #expect(original.version.count == 64)
        let edited = try #require(Compiler().compile(file: try Examples.copy("uyut-lavka") { $0 + "\n# правка\n" }).compiled)
        #expect(edited.version != original.version)
        #expect(edited.sources[1] == original.sources[1])
    }

    @Test func encodedOutputReadsBack() throws {
        let compiled = try #require(Compiler().compile(file: Examples.file("hifi-dom")).compiled)
        #expect(try CompiledJSON.decode(CompiledJSON.encode(compiled)) == compiled)
    }

    @Test func regulationWithErrorsIsRefusedWithThem() throws {
        let broken = try Examples.copy("hifi-dom") { $0.replacingOccurrences(of: "timezone: Europe/Moscow", with: "timezone: Europe/Moskva") }
        let result = Compiler().compile(file: broken)
        #expect(result.compiled == nil)
        #expect(result.diagnostics.contains { $0.code == "R104" })
    }

    @Test func captureIsOneStepPerFieldWithItsRule() throws {
        let compiled = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
        let inbound = try #require(compiled.scripts.first { $0.direction == .inbound })
        let captures = inbound.steps.filter { $0.kind == .capture }
        #expect(captures.compactMap(\.field).contains("phone"))
        let phone = try #require(compiled.fields.first { $0.id == "phone" })
        #expect(phone.type == .phone)
        #expect(phone.personal)
        let order = try #require(inbound.steps.first { $0.outcome == .order })
        #expect(order.requires == compiled.fields.filter(\.required).map(\.id))
    }

    @Test func aMessageHasItsOwnConsentLineTheOwnersOrADefault() throws {
        let uyut = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
        #expect(uyut.messageConsent == nil && uyut.messageConsentLine != uyut.consent)
        #expect(uyut.messageConsentLine.text.contains("«Уютная лавка» мог ответить вам") && !uyut.messageConsentLine.text.contains("{{"))
        let owned = try Examples.copy("uyut-lavka") {
            $0.replacingOccurrences(of: "  fields:\n    - {id: full_name", with: "  message_consent: Чтобы {{shop.name}} перезвонила, я запишу имя и телефон. Согласны?\n  fields:\n    - {id: full_name")
        }
        let edited = try #require(Compiler().compile(file: owned).compiled)
        #expect(edited.messageConsentLine.text == "Чтобы Уютная лавка перезвонила, я запишу имя и телефон. Согласны?")
    }

    @Test func zoneTermsArePrecomputedPerZoneAndClass() throws {
        let compiled = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
        let delivery = try #require(compiled.faq.first { $0.dependsOnZone })
        #expect(delivery.answer.slots.contains { $0.source == .zone })
        let novosibirsk = try #require(compiled.zones.first { $0.id == "novosibirsk" })
        let answer = delivery.answer.filling(novosibirsk.variables())
        #expect(!answer.text.contains("{{zone."))
        #expect(answer.slots.allSatisfy { $0.source != .zone })
        // Fragile goods do not go by post: their terms leave the post out.
        #expect(novosibirsk.terms.delivery.contains("Почта России"))
        #expect(novosibirsk.termsByClass.map(\.productClass) == ["fragile"])
        #expect(!novosibirsk.variables(for: "fragile")["zone.delivery", default: ""].contains("Почта России"))
        #expect(novosibirsk.variables(for: "no-such-class") == novosibirsk.variables())
    }

    @Test func escalationCarriesContactAvailabilityOnTheirOwnClock() throws {
        let compiled = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
        let owner = try #require(compiled.contacts.first { $0.id == "owner" })
        // Monday 09:00–22:00 in Moscow: minutes 540–1320 from local midnight, with the zone named.
        let availability = try #require(owner.availability)
        #expect(availability.timezone == "Europe/Moscow")
        #expect(availability.week.count == 7)
        #expect(availability.week[0] == [MinuteSpan(start: 540, end: 1320)])
        #expect(availability.week[6].isEmpty)
        let transfer = try #require(compiled.escalations.first { $0.action == .transfer && $0.contact == "owner" })
        #expect(transfer.availability == owner.availability)
        #expect(transfer.fallback != nil)
    }
}

/// The streaming encoder against Foundation's: the same JSON, value for value.
struct StreamingJSONTests {
    @Test(arguments: Examples.mainFiles)
    func writesWhatFoundationWrites(file: String) throws {
        let compiled = try #require(Compiler().compile(file: file).compiled)
        let foundation = JSONEncoder()
        foundation.keyEncodingStrategy = .convertToSnakeCase
        let expected = try JSONSerialization.jsonObject(with: try foundation.encode(compiled)) as? NSDictionary
        let streamed = try JSONSerialization.jsonObject(with: CompiledJSON.encode(compiled)) as? NSDictionary
        #expect(expected != nil && expected == streamed)
    }

    @Test func escapesWhatJSONRequires() throws {
        var compiled = try #require(Compiler().compile(file: Examples.file("hifi-dom")).compiled)
        compiled.shop.name = "«Дом» \"в кавычках\" \\ слэш\nстрока\t\u{01}"
        let decoded = try CompiledJSON.decode(CompiledJSON.encode(compiled))
        #expect(decoded.shop.name == compiled.shop.name)
    }
}
