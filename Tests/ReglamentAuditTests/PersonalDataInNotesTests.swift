import Foundation
import ReglamentRun
import Testing
@testable import ReglamentAudit

/// Operators' notes quote what clients dictate. Recorded through the
/// engine into a real SQLite log, then audited: no phone (in any format),
/// e-mail, or value the call captured reaches the text, JSON or HTML
/// report, and the rest of each note does.
@Suite(.serialized) struct PersonalDataInNotesTests {
    /// An order with notes typed before and after the name, phone, postal index and address are captured.
    static let order = [
        "", "1", "1",
        "n Перезвонить Ивану Петрову на +7 913 123-45-67 насчёт гравировки",
        "Иван Петров", "8 913 555-12-34",
        "n 89131234567 — спросить про подарочную упаковку",
        "1", "", "630099", "ул. Ленина, д. 5, кв. 12",
        "n 8 (913) 123 45 67: оптовые цены для кафе",
        "n Выставить счёт на ivan.petrov@example.ru для юрлица",
        "n иван петров спрашивает, доедет ли курьер до улицы Ленина в метель; индекс 630099",
        "Свеча x2 по 650, кружка x1 по 1200", "", "", "2", "1", "1", "1", "1", "1",
    ]
    /// A message whose note names the client before the message form asks for her name.
    static let message = [
        "", "2", "n Анне нужна рассрочка на сервиз", "2", "", "1", "Анна", "+7 913 000-11-22", "Рассрочка на сервиз", "1",
    ]
    static let hidden = [
        "+7 913 123-45-67", "913 123-45-67", "123-45-67", "89131234567", "8 (913) 123 45 67", "123 45 67",
        "ivan.petrov", "example.ru", "Ивану", "Петрову", "Иван Петров", "иван петров", "Ленина", "630099", "Анне",
    ]
    static let kept = ["Перезвонить", "насчёт гравировки", "подарочную упаковку", "оптовые цены для кафе", "для юрлица", "доедет ли курьер", "в метель", "нужна рассрочка на сервиз"]

    static func audit() async throws -> (log: ScriptedLog, report: AuditReport) {
        let log = try ScriptedLog()
        try await log.call(order, operatorName: "Ольга", at: CallCoverageTests.noon)
        try await log.call(message, operatorName: "Марина", at: CallCoverageTests.night)
        let report = try await Auditor(compiled: log.compiled, checklist: nil, reader: log.store).report(source: ScriptedLog.regulation)
        return (log, report)
    }

    @Test func noPersonalDataInAnyReport() async throws {
        let (log, report) = try await Self.audit()
        defer { log.remove() }
        #expect(report.gaps.count == 6, "each note a topic of its own: \(report.gaps.map(\.example))")
        var writer = AuditTextWriter()
        writer.listed = report.gaps.count
        let outputs = [
            "text": writer.write(report),
            "json": try report.json(),
            "html": try AuditHTMLRenderer().render(report, compiled: log.compiled),
        ]
        for (format, output) in outputs {
            for personal in Self.hidden {
                #expect(!output.contains(personal), "\(format) shows «\(personal)»")
            }
            for words in Self.kept {
                #expect(output.contains(words), "\(format) lost «\(words)»")
            }
            for placeholder in ["[телефон]", "[e-mail]", "[имя]", "[адрес]", "[индекс]"] {
                #expect(output.contains(placeholder), "\(format) has no \(placeholder)")
            }
        }
        #expect(report.gaps.map(\.example).contains("Перезвонить [имя] на [телефон] насчёт гравировки"))
        #expect(report.gaps.map(\.example).contains("[имя] спрашивает, доедет ли курьер до улицы [адрес] в метель; индекс [индекс]"))
        #expect(report.gaps.map(\.example).contains("[имя] нужна рассрочка на сервиз"))
        // The grouping reads the masked text: no hidden word becomes a topic word.
        let words = report.gaps.flatMap(\.words)
        for stem in ["иван", "петр", "ленин", "анн", "630099", "example"] {
            #expect(!words.contains { $0.hasPrefix(stem) }, "topic word from personal data: \(words)")
        }
    }

    static let mask = PersonalDataMask(placeholders: ["name": .name, "address": .address, "message.contact": .phone])

    @Test func phonesInEveryGroupingAndEmails() {
        for (note, masked) in [
            ("звонить +7 913 123-45-67 вечером", "звонить [телефон] вечером"),
            ("звонить 89131234567", "звонить [телефон]"),
            ("8 (913) 123 45 67, после шести", "[телефон], после шести"),
            ("(913) 123-45-67", "[телефон]"),
            ("пишите на Anna_K+shop@mail.example.ru!", "пишите на [e-mail]!"),
            ("заказ 31 декабря, код 123456", "заказ 31 декабря, код 123456"),
        ] {
            #expect(Self.mask.mask(note, values: []) == masked)
        }
    }

    @Test func capturedValuesInAnyCaseAndWordForm() {
        let values = [CallLogTallies.PersonalValue(field: "name", value: "Анна Смирнова"), .init(field: "address", value: "ул. Ленина, д. 5")]
        #expect(Self.mask.mask("АННА СМИРНОВА просит", values: values) == "[имя] просит")
        #expect(Self.mask.mask("передать Анне Смирновой: курьер на Ленина 5", values: values) == "передать [имя]: курьер на [адрес] 5")
        // «ё» is «е», and the forms of a name typed in capitals are hers too.
        #expect(Self.mask.mask("звонила ЕЛКИНОЙ", values: [.init(field: "name", value: "Ёлкина")]) == "звонила [имя]")
        // Whole words only, and short ones never: «д» and «5» stay, «Аннотация» is another word.
        #expect(Self.mask.mask("Аннотация к д. 5", values: values) == "Аннотация к д. 5")
        // A field the mask knows no kind for is hidden all the same.
        #expect(Self.mask.mask("Смирнова", values: [.init(field: "message.client_name", value: "Смирнова")]) == "[личные данные]")
        // A placeholder already put in is not read as words.
        #expect(Self.mask.mask("+7 913 123-45-67", values: [.init(field: "name", value: "Телефон")]) == "[телефон]")
    }
}
