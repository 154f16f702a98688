import Dispatch
import ReglamentYAML
import Synchronization
import Testing

/// Files long enough that libyaml parses them on its own thread over many
/// batches of events while the document is built: problems found late, or
/// early while the parse runs ahead, and values that cross batches.
@Suite struct LargeFileTests {
    /// 5,000 zones of three values each: some 30,000 events.
    static func zones(_ count: Int = 5_000) -> String {
        (0..<count).map { "  - id: zone-\($0)\n    name: Зона \($0)\n    days: 2\n" }.joined()
    }

    @Test func everyValueOfAManyBatchFileIsThere() throws {
        let root = try load("zones:\n" + Self.zones())
        let zones = try #require(root["zones"])
        #expect(zones.items.count == 5_000)
        #expect(zones.items.last?["name"]?.text == "Зона 4999")
        #expect(zones.items.last?["name"]?.place == "15000:11")
    }

    @Test func syntaxErrorNearTheEndIsLocated() {
        expectRefusal("zones:\n" + Self.zones() + "oops: [unclosed\n", code: "Y007", line: 15003, column: 1)
    }

    @Test func problemAtTheStartStopsTheParseAhead() {
        // The builder refuses line 3 while libyaml is still parsing batches ahead.
        expectRefusal("a: 1\nb: 2\na: 3\nzones:\n" + Self.zones(20_000), code: "Y009", line: 3, column: 1)
    }

    @Test func badByteLateInTheFileIsTheProblemReported() {
        var bytes = Array(("zones:\n" + Self.zones()).utf8)
        bytes += Array("last: ".utf8) + [0xFF] + Array("\n".utf8)
        expectRefusal(bytes, code: "Y004", line: 15002, column: 7)
    }

    @Test func aliasFarFromItsAnchorLoads() throws {
        let root = try load("hours: &hours {mon-fri: '09:00-18:00'}\nzones:\n" + Self.zones() + "again: *hours\n")
        #expect(root["again"]?["mon-fri"]?.text == "09:00-18:00")
        #expect(root["again"]?.place == "15003:8")
    }

    @Test func severalFilesLoadAtOnce() {
        let text = Array(("zones:\n" + Self.zones(2_000)).utf8)
        let counts = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let count = (try? YAMLLoader().load(text, file: "test.yaml").withRoot { $0["zones"]?.items.count }) ?? nil
            counts.withLock { $0.append(count ?? -1) }
        }
        #expect(counts.withLock { $0 } == Array(repeating: 2_000, count: 8))
    }
}
