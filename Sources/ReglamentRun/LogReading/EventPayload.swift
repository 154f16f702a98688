/// The few values the audit needs from an event's payload, read straight
/// from its bytes in the log: `{"shown":{"step":"greeting"}}`,
/// `{"chose":{"label":"…","option":0,"step":"ask-intent","target":"consent"}}`…
///
/// Payloads are `CallEvent.Kind` as `JSONEncoder` writes it: one object
/// holding one flat object of strings, numbers, booleans and nulls. A
/// million of them are read per audit, so this reads that shape and
/// nothing more, without building a Swift value per event: `JSONDecoder`
/// took 10× the time of the whole scan. Strings are decoded (escapes
/// included) only for the keys asked for; `value`, the captured data, is
/// left as bytes, and the scan makes a string only of a personal field's,
/// to hide it in the call's notes.
struct EventPayload {
    /// The step's and the field's bytes as stored (escapes and all), valid
    /// only as long as the bytes read: the scan numbers them (`NameTable`).
    var stepBytes: UnsafeRawBufferPointer?
    var fieldBytes: UnsafeRawBufferPointer?
    var valueBytes: UnsafeRawBufferPointer?
    var rule: String?
    var text: String?
    var option: Int?
    var available: Bool?
    var answered: Bool?

    /// The values to read; the reader stops as soon as it has them all
    /// (keys are sorted: `field`, `step`, `value`).
    struct Wanted: OptionSet {
        let rawValue: Int
        static let step = Wanted(rawValue: 1)
        static let field = Wanted(rawValue: 2)
        static let rule = Wanted(rawValue: 4)
        static let text = Wanted(rawValue: 8)
        static let option = Wanted(rawValue: 16)
        static let available = Wanted(rawValue: 32)
        static let answered = Wanted(rawValue: 64)
        static let value = Wanted(rawValue: 128)
    }

    /// Nil when the bytes are not a payload of that shape.
    init?(_ bytes: UnsafeRawBufferPointer, wanted: Wanted) {
        var reader = Reader(bytes: bytes)
        guard reader.expect(UInt8(ascii: "{")), reader.skipString(), reader.expect(UInt8(ascii: ":")),
              reader.expect(UInt8(ascii: "{")) else { return nil }
        if reader.expect(UInt8(ascii: "}")) { return }
        var found: Wanted = []
        repeat {
            guard let key = reader.keyName(), reader.expect(UInt8(ascii: ":")) else { return nil }
            switch key {
            case .step where wanted.contains(.step): guard let value = reader.stringBytes() else { return nil }; stepBytes = value; found.insert(.step)
            case .field where wanted.contains(.field): guard let value = reader.stringBytes() else { return nil }; fieldBytes = value; found.insert(.field)
            case .value where wanted.contains(.value): guard let value = reader.stringBytes() else { return nil }; valueBytes = value; found.insert(.value)
            case .rule where wanted.contains(.rule): guard let value = reader.string() else { return nil }; rule = value; found.insert(.rule)
            case .text where wanted.contains(.text): guard let value = reader.string() else { return nil }; text = value; found.insert(.text)
            case .option where wanted.contains(.option): guard let value = reader.integer() else { return nil }; option = value; found.insert(.option)
            case .available where wanted.contains(.available): guard let value = reader.boolean() else { return nil }; available = value; found.insert(.available)
            case .answered where wanted.contains(.answered): guard let value = reader.boolean() else { return nil }; answered = value; found.insert(.answered)
            default: guard reader.skipValue() else { return nil }
            }
            if found == wanted { return }
        } while reader.expect(UInt8(ascii: ","))
        guard reader.expect(UInt8(ascii: "}")) else { return nil }
    }

    var step: String? { stepBytes.map(Self.string) }
    var field: String? { fieldBytes.map(Self.string) }
    var value: String? { valueBytes.map(Self.string) }

    /// A string's stored bytes as a `String`, escapes undone.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        return Reader.unescape(bytes) ?? String(decoding: bytes, as: UTF8.self)
    }

    enum Key { case step, field, rule, text, option, available, answered, value, other }

    /// A cursor over the payload's bytes.
    struct Reader {
        let bytes: UnsafeRawBufferPointer
        var at = 0

        mutating func skipSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
        }

        mutating func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// A key, recognised by its bytes (keys are plain ASCII names).
        mutating func keyName() -> Key? {
            skipSpace()
            let start = at + 1
            guard skipString() else { return nil }
            let name = UnsafeRawBufferPointer(rebasing: bytes[start..<(at - 1)])
            switch name.count {
            case 4 where Self.equal(name, "step"): return .step
            case 4 where Self.equal(name, "rule"): return .rule
            case 4 where Self.equal(name, "text"): return .text
            case 5 where Self.equal(name, "field"): return .field
            case 5 where Self.equal(name, "value"): return .value
            case 6 where Self.equal(name, "option"): return .option
            case 8 where Self.equal(name, "answered"): return .answered
            case 9 where Self.equal(name, "available"): return .available
            default: return .other
            }
        }

        static func equal(_ bytes: UnsafeRawBufferPointer, _ name: StaticString) -> Bool {
            name.withUTF8Buffer { $0.elementsEqual(bytes) }
        }

        /// Past a string, escapes included; false when it does not close.
        mutating func skipString() -> Bool {
            skipSpace()
            guard at < bytes.count, bytes[at] == UInt8(ascii: "\"") else { return false }
            at += 1
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "\\"): at += 2
                case UInt8(ascii: "\""): at += 1; return true
                default: at += 1
                }
            }
            return false
        }

        /// A string's stored bytes, between its quotes.
        mutating func stringBytes() -> UnsafeRawBufferPointer? {
            skipSpace()
            let start = at + 1
            guard skipString() else { return nil }
            return UnsafeRawBufferPointer(rebasing: bytes[start..<(at - 1)])
        }

        /// A string's value, escapes undone.
        mutating func string() -> String? {
            guard let content = stringBytes() else { return nil }
            guard content.contains(UInt8(ascii: "\\")) else { return String(decoding: content, as: UTF8.self) }
            return Self.unescape(content)
        }

        /// The string's UTF-8 with its escapes undone (`\/` is the usual one:
        /// `JSONEncoder` writes every slash of a step id so).
        static func unescape(_ content: UnsafeRawBufferPointer) -> String? {
            var utf8: [UInt8] = []
            utf8.reserveCapacity(content.count)
            var index = 0
            func hex(at position: Int) -> UInt32? {
                guard position + 4 <= content.count else { return nil }
                var value: UInt32 = 0
                for byte in content[position..<(position + 4)] {
                    guard let digit = Character(UnicodeScalar(byte)).hexDigitValue else { return nil }
                    value = value * 16 + UInt32(digit)
                }
                return value
            }
            while index < content.count {
                let byte = content[index]
                guard byte == UInt8(ascii: "\\"), index + 1 < content.count else {
                    utf8.append(byte)
                    index += 1
                    continue
                }
                let escaped = content[index + 1]
                index += 2
                switch escaped {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"):
                    guard var code = hex(at: index) else { return nil }
                    index += 4
                    // A character outside the BMP comes as a surrogate pair.
                    if (0xD800..<0xDC00).contains(code), content.count >= index + 6, content[index] == UInt8(ascii: "\\"),
                       content[index + 1] == UInt8(ascii: "u"), let low = hex(at: index + 2), (0xDC00..<0xE000).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                    utf8.append(contentsOf: String(UnicodeScalar(code) ?? "\u{FFFD}").utf8)
                default: utf8.append(escaped)
                }
            }
            return String(decoding: utf8, as: UTF8.self)
        }

        mutating func integer() -> Int? {
            skipSpace()
            var value = 0, sign = 1, digits = 0
            if at < bytes.count, bytes[at] == UInt8(ascii: "-") { sign = -1; at += 1 }
            while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
                value = value * 10 + Int(bytes[at] - UInt8(ascii: "0"))
                at += 1
                digits += 1
            }
            return digits > 0 ? sign * value : nil
        }

        mutating func boolean() -> Bool? {
            skipSpace()
            if literal("true") { return true }
            if literal("false") { return false }
            return nil
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let length = word.utf8CodeUnitCount
            guard at + length <= bytes.count, Self.equal(UnsafeRawBufferPointer(rebasing: bytes[at..<(at + length)]), word) else { return false }
            at += length
            return true
        }

        /// A value the audit does not need: a string, number, boolean or null.
        mutating func skipValue() -> Bool {
            skipSpace()
            guard at < bytes.count else { return false }
            if bytes[at] == UInt8(ascii: "\"") { return skipString() }
            if literal("null") || literal("true") || literal("false") { return true }
            let start = at
            while at < bytes.count, bytes[at] != UInt8(ascii: ","), bytes[at] != UInt8(ascii: "}") { at += 1 }
            return at > start
        }
    }
}
