import Foundation
import ReglamentRun
import ReglamentTestSupport
import Testing

/// The phone normaliser against Google's libphonenumber (Python
/// `phonenumbers`, region RU, "possible number"), on numbers written the
/// many ways clients dictate them.
struct PhoneCorpusTests {
    /// Russian numbers: mobiles and landlines of several cities.
    static let russian = [
        "9123456789", "9031234567", "9265550011", "9817773344", "9500001122", "9998887766", "9135551234", "9241002030",
        "4951234567", "4997654321", "8123336655", "3832101010", "3433712233", "4232405060", "8432921100", "8633001122",
        "8462777888", "3512223344", "8002000600", "4012556677",
    ]

    /// Ways the same ten digits are written.
    static let writings: [@Sendable (String) -> String] = [
        { d in "8 \(d.prefix(3)) \(d.dropFirst(3).prefix(3))-\(d.dropFirst(6).prefix(2))-\(d.suffix(2))" },
        { d in "+7 (\(d.prefix(3))) \(d.dropFirst(3).prefix(3))-\(d.dropFirst(6).prefix(2))-\(d.suffix(2))" },
        { d in "+7\(d)" },
        { d in "8\(d)" },
        { d in d },
        { d in "8(\(d.prefix(3)))\(d.dropFirst(3))" },
        { d in "+7 \(d.prefix(3)) \(d.dropFirst(3).prefix(3)) \(d.dropFirst(6).prefix(2)) \(d.suffix(2))" },
        { d in "+7.\(d.prefix(3)).\(d.dropFirst(3).prefix(3)).\(d.dropFirst(6).prefix(2)).\(d.suffix(2))" },
        { d in "8-\(d.prefix(3))-\(d.dropFirst(3).prefix(3))-\(d.dropFirst(6).prefix(2))-\(d.suffix(2))" },
        { d in "  +7 \(d)  " },
    ]

    /// International numbers, with + and with 00.
    static let international = [
        "+44 20 7946 0958", "+49 30 1234567", "+33 1 42 68 53 00", "+1 212 555 0187", "+86 10 6552 9988",
        "+380 44 123 4567", "+375 17 123-45-67", "+998 71 123 45 67", "+994 12 498 12 34", "+374 10 123456",
        "+995 32 212 3456", "+90 212 555 1234", "+39 06 1234 5678", "+34 91 123 45 67", "+972 3 123 4567",
        "+7 727 123 4567", "+81 3-1234-5678", "+61 2 9374 4000",
    ]

    /// Numbers both must refuse: too short or too long.
    static let wrongLength = ["912345678", "8912345678", "891234567890", "+7 912 345 67 8", "+7 912 345 67 890", "12345", "+44 12", "00 44 1"]

    static var corpus: [String] {
        russian.flatMap { digits in writings.map { $0(digits) } }
            + international
            + international.map { $0.filter { $0 != " " && $0 != "-" } }
            + international.map { "8 10 " + $0.dropFirst() }
            + wrongLength
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.corpus.count >= 200)
    }

    @Test func agreesWithPhonenumbers() throws {
        let corpus = Self.corpus
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-phones-\(UUID().uuidString).json")
        try JSONEncoder().encode(corpus).write(to: file)
        let script = """
            import json, sys, phonenumbers
            out = []
            for text in json.load(open(sys.argv[1])):
                try:
                    number = phonenumbers.parse(text, "RU")
                    ok = phonenumbers.is_possible_number(number)
                    out.append(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if ok else None)
                except phonenumbers.NumberParseException:
                    out.append(None)
            print(json.dumps(out))
            """
        let python = try Python.run(script, arguments: [file.path])
        let reference = try JSONDecoder().decode([String?].self, from: Data(python.output.utf8))
        #expect(reference.count == corpus.count)
        var agreed = 0
        for (text, expected) in zip(corpus, reference) {
            let ours = try? PhoneNormalizer.normalize(text).get()
            #expect(ours == expected, "«\(text)»: ours \(ours ?? "refused"), phonenumbers \(expected ?? "refused")")
            if ours == expected { agreed += 1 }
        }
        #expect(agreed == corpus.count)
    }

    /// Where we differ on purpose: `00` is an international prefix (see `PhoneNormalizer`).
    @Test func zeroZeroIsTheInternationalPrefix() throws {
        for number in Self.international {
            let written = "00 " + number.dropFirst()
            #expect(try PhoneNormalizer.normalize(written).get() == PhoneNormalizer.normalize(number).get())
        }
    }

    @Test func refusalsSayWhy() {
        #expect(PhoneNormalizer.normalize("8 912 345 67").failureReason == "В номере 8 цифр после +7 или 8, а нужно 10")
        #expect(PhoneNormalizer.normalize("+7 912 345-67-89 доб. 12").failureReason?.contains("добавочный") == true)
        #expect(PhoneNormalizer.normalize("8 912 345-67-89\r\nBcc: x@y.ru").failureReason != nil)
        #expect(PhoneNormalizer.normalize("+7 912 +345").failureReason != nil)
    }
}

extension Result where Failure == ActionRefusal {
    /// The refusal's reason, nil when accepted.
    var failureReason: String? {
        if case .failure(let refusal) = self { return refusal.reason }
        return nil
    }
}

/// Python scripts that check our output with the reference tools.
enum Python {
    static func run(_ script: String, arguments: [String]) throws -> (status: Int32, output: String) {
        try ExternalTool.python(script, arguments: arguments)
    }
}
