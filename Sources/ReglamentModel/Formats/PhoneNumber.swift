/// A phone number as the regulation writes it (`+7 495 123-45-67`,
/// `8 (800) 555-35-35`), kept with its E.164 form.
public struct PhoneNumber: ScalarFormat, Hashable, CustomStringConvertible {
    public var written: String
    /// `+74951234567`.
    public var e164: String

    public static let formatName = "phone number"
    // Digits written plain (`89161234567`) are an integer to editors.
    public static let jsonSchema: JSONValue = [
        "oneOf": [
            ["type": "string", "pattern": "^\\+?[0-9 ()\u{00A0}-]{7,24}$", "examples": ["+7 495 123-45-67", "8 (800) 555-35-35"]],
            ["type": "integer"],
        ],
    ]
    public static let schemaPlaceholder = PhoneNumber(written: "+70000000000", e164: "+70000000000")

    init(written: String, e164: String) {
        self.written = written
        self.e164 = e164
    }

    public init(parsing text: String) throws(FormatProblem) {
        let allowed: Set<Character> = [" ", "-", "(", ")", "\u{00A0}"]
        var digits = ""
        for (index, character) in text.enumerated() {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if character == "+" && index == 0 {
                continue
            } else if !allowed.contains(character) {
                throw PhoneNumber.problem(text)
            }
        }
        let international = text.hasPrefix("+")
        if !international && digits.count == 11 && (digits.hasPrefix("8") || digits.hasPrefix("7")) {
            // The Russian trunk prefix: 8 (495) ... is +7 (495) ...
            digits = "7" + digits.dropFirst()
        } else if !international {
            throw PhoneNumber.problem(text)
        }
        guard (8...15).contains(digits.count), !digits.hasPrefix("0") else { throw PhoneNumber.problem(text) }
        if digits.hasPrefix("7") && digits.count != 11 { throw PhoneNumber.problem(text) }
        self.init(written: text, e164: "+" + digits)
    }

    private static func problem(_ text: String) -> FormatProblem {
        FormatProblem(
            "'\(text)' is not a phone number",
            hint: "write it with the country code, e.g. '+7 495 123-45-67' or '8 800 555-35-35'"
        )
    }

    public var description: String { written }
}
