/// Step and field names of the log, each given a number the first time
/// its bytes are seen, so the audit's pass counts by number and makes a
/// `String` once per distinct name, not once per event.
///
/// Found by the bytes as stored (a 64-bit FNV-1a hash, then the bytes
/// compared); two spellings of one name (`a\/b` and `a/b`) get one number.
struct NameTable {
    private(set) var names: [String] = []
    private var numbers: [String: Int] = [:]
    private var spellings: [UInt64: [(bytes: [UInt8], number: Int)]] = [:]

    mutating func number(of raw: UnsafeRawBufferPointer) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in raw { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        if let known = spellings[hash]?.first(where: { $0.bytes.elementsEqual(raw) }) { return known.number }
        let name = EventPayload.string(raw)
        let number = numbers[name] ?? names.count
        if number == names.count {
            names.append(name)
            numbers[name] = number
        }
        spellings[hash, default: []].append((Array(raw), number))
        return number
    }
}
