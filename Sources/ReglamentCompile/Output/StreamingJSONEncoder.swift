import ReglamentModel

/// Writes `Encodable` values as compact JSON straight into one byte buffer.
///
/// Foundation's `JSONEncoder` first builds a tree of every value and then
/// sorts and serialises it; for a large compiled regulation that took
/// longer than loading and checking the regulation itself. This encoder
/// streams instead: keys come in the order the type declares them
/// (deterministic, as synthesised `encode(to:)` always writes them in that
/// order), converted to snake_case, and `[String: String]` dictionaries —
/// whose own order changes from run to run — are written sorted by key.
/// `CompiledJSON` reads the result back with Foundation's decoder.
///
/// It supports what the compiled format uses: nested keyed and unkeyed
/// containers used one after another, as synthesised conformances do.
struct StreamingJSONEncoder: Sendable {
    func encode(_ value: some Encodable) throws -> [UInt8] {
        try encodeNotingPlaces(value).bytes
    }

    /// The bytes, and where the value of each key of the top-level object
    /// was written (so a value can be replaced by one written elsewhere).
    func encodeNotingPlaces(_ value: some Encodable) throws -> (bytes: [UInt8], places: [String: Range<Int>]) {
        let output = JSONOutput()
        try output.write(value)
        return (output.bytes, output.topLevelPlaces)
    }

    /// `[a,b,…]`, the elements written on every core, a run of them into
    /// each buffer.
    func encodeList<Element: Encodable & Sendable>(_ elements: [Element]) -> [UInt8] {
        let runs = Parallel.runs(of: elements.count).map { run in (run, elements[run]) }
        let written = Parallel.map(runs) { run, slice in
            let output = JSONOutput()
            for element in slice {
                if output.bytes.count > 0 { output.bytes.append(UInt8(ascii: ",")) }
                // Strings, integers, booleans and containers of them: encoding cannot fail.
                try? output.write(element)
            }
            return output.bytes
        }
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(written.reduce(2) { $0 + $1.count + 1 })
        for run in written where !run.isEmpty {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes += run
        }
        bytes.append(UInt8(ascii: "]"))
        return bytes
    }
}

/// The buffer and the containers open in it, innermost last.
///
/// Its buffers are written for every byte of output, so Swift's run-time
/// exclusivity checks on class properties (a thread-local look-up per
/// access, an eighth of the encoding time) are turned off: an output
/// belongs to one encoding on one thread, and its accesses never overlap.
final class JSONOutput {
    @exclusivity(unchecked) var bytes: [UInt8] = []
    /// For each open container: whether it has had an element yet.
    @exclusivity(unchecked) var open: [(closer: UInt8, isEmpty: Bool)] = []
    @exclusivity(unchecked) private var keys: [String: [UInt8]] = [:]
    /// Where the value of each key of the outermost object was written.
    var topLevelPlaces: [String: Range<Int>] = [:]

    init() {
        bytes.reserveCapacity(1 << 20)
    }

    func write<Value: Encodable>(_ value: Value) throws {
        // A type comparison, not a cast: this runs for every value written.
        if Value.self == [String: String].self, let dictionary = value as? [String: String] { return writeSorted(dictionary) }
        let depth = open.count
        try value.encode(to: StreamingEncoder(output: self))
        while open.count > depth { bytes.append(open.removeLast().closer) }
    }

    func write(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    func write(_ flag: Bool) {
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    func openContainer(_ opener: UInt8, closer: UInt8) -> Int {
        bytes.append(opener)
        open.append((closer, true))
        return open.count - 1
    }

    /// A comma before every element but the first of container `index`.
    func separate(in index: Int) {
        if open[index].isEmpty {
            open[index].isEmpty = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    func writeKey(_ key: String) {
        let isLowercase = !key.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        guard !isLowercase else {
            // Most keys are one lowercase word: written as they are, no look-up.
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: key.utf8)
            bytes.append(contentsOf: "\":".utf8)
            return
        }
        if let cached = keys[key] {
            bytes += cached
            return
        }
        var encoded: [UInt8] = [UInt8(ascii: "\"")]
        for byte in key.utf8 {
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") {
                encoded += [UInt8(ascii: "_"), byte + 32]
            } else {
                encoded.append(byte)
            }
        }
        encoded += [UInt8(ascii: "\""), UInt8(ascii: ":")]
        keys[key] = encoded
        bytes += encoded
    }

    func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Most texts need no escaping: copy them whole.
        var text = text
        let copied: Bool = text.withUTF8 { buffer in
            guard !buffer.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            bytes.append(contentsOf: buffer)
            return true
        }
        if copied { return }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case UInt8(ascii: "\n"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case UInt8(ascii: "\r"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\t"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
    }

    private func writeSorted(_ dictionary: [String: String]) {
        let index = openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))
        for key in dictionary.keys.sorted() {
            separate(in: index)
            writeString(key)
            bytes.append(UInt8(ascii: ":"))
            writeString(dictionary[key] ?? "")
        }
        bytes.append(open.removeLast().closer)
    }
}

private struct StreamingEncoder: Encoder {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter<Key>(output: output, index: output.openContainer(UInt8(ascii: "{"), closer: UInt8(ascii: "}"))))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedWriter(output: output, index: output.openContainer(UInt8(ascii: "["), closer: UInt8(ascii: "]")))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueWriter(output: output)
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let output: JSONOutput
    let index: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        output.bytes += Array("null".utf8)
    }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        let start = output.bytes.count
        try output.write(value)
        if index == 0 { output.topLevelPlaces[key.stringValue] = start..<output.bytes.count }
    }

    // The common leaves, written without the generic path's dynamic checks.
    mutating func encode(_ value: String, forKey key: Key) throws {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        output.writeString(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        output.write(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        output.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        return StreamingEncoder(output: output).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        output.separate(in: index)
        output.writeKey(key.stringValue)
        return StreamingEncoder(output: output).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { StreamingEncoder(output: output) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { StreamingEncoder(output: output) }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let output: JSONOutput
    let index: Int
    var codingPath: [any CodingKey] { [] }
    private(set) var count = 0

    init(output: JSONOutput, index: Int) {
        self.output = output
        self.index = index
    }

    mutating func encodeNil() throws {
        output.separate(in: index)
        output.bytes += Array("null".utf8)
        count += 1
    }

    mutating func encode(_ value: some Encodable) throws {
        output.separate(in: index)
        try output.write(value)
        count += 1
    }

    mutating func encode(_ value: String) throws {
        output.separate(in: index)
        output.writeString(value)
        count += 1
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        output.separate(in: index)
        count += 1
        return StreamingEncoder(output: output).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        output.separate(in: index)
        count += 1
        return StreamingEncoder(output: output).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { StreamingEncoder(output: output) }
}

private struct SingleValueWriter: SingleValueEncodingContainer {
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { output.bytes += Array("null".utf8) }
    mutating func encode(_ value: some Encodable) throws { try output.write(value) }
    mutating func encode(_ value: String) throws { output.writeString(value) }
    mutating func encode(_ value: Int) throws { output.write(value) }
    mutating func encode(_ value: Bool) throws { output.write(value) }
}
