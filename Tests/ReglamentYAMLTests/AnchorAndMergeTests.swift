import ReglamentYAML
import Testing

/// Anchors, aliases and merge keys are expanded by the loader, so a
/// regulation can share blocks without its readers knowing.
struct AnchorAndMergeTests {
    static let text = """
        defaults: &defaults
          timeout: 30
          retries: 3
        extra: &extra
          retries: 5
          colour: red
        single:
          <<: *defaults
          timeout: 10
        list:
          timeout: 5
          <<: [*extra, *defaults]
        inline:
          <<: {a: 1}
          b: 2
        copy: *defaults
        names: &names [Аня, Боря]
        again: *names
        """

    @Test func aliasRepeatsTheAnchoredValue() throws {
        let root = try load(Self.text)
        #expect(root["again"]?.items.compactMap(\.text) == ["Аня", "Боря"])
        #expect(root["copy"]?.keys == ["timeout", "retries"])
        #expect(root["copy"]?["timeout"]?.text == "30")
    }

    @Test func aliasIsLocatedWhereItIsUsedAndItsInsidesWhereWritten() throws {
        let root = try load(Self.text)
        #expect(root["copy"]?.place == "16:7")
        #expect(root["copy"]?["timeout"]?.place == "2:12")
    }

    @Test func explicitKeysWinOverMergedOnes() throws {
        let single = try #require(try load(Self.text)["single"])
        #expect(single.keys == ["retries", "timeout"])
        #expect(single["timeout"]?.text == "10")
        #expect(single["retries"]?.text == "3")
        #expect(single["retries"]?.place == "3:12")
    }

    @Test func earlierMergedMappingsWinOverLaterOnes() throws {
        let list = try #require(try load(Self.text)["list"])
        #expect(list.keys == ["timeout", "retries", "colour"])
        #expect(list["timeout"]?.text == "5")
        #expect(list["retries"]?.text == "5")
        #expect(list["colour"]?.text == "red")
    }

    @Test func inlineMappingMergesToo() throws {
        let inline = try #require(try load(Self.text)["inline"])
        #expect(inline.keys == ["a", "b"])
    }

    @Test func mergedKeyIsNotADuplicateButAQuotedMergeKeyIsAKey() throws {
        let root = try load("base: &b {x: 1}\nm:\n  <<: *b\n  x: 2\nq:\n  \"<<\": text\n")
        #expect(root["m"]?["x"]?.text == "2")
        #expect(root["q"]?["<<"]?.text == "text")
        expectRefusal("base: &b {x: 1}\nm:\n  <<: *b\n  <<: *b\n", code: "Y009", line: 4, column: 3)
    }

    @Test func aliasesWithinTheBudgetLoad() throws {
        // 9 × 9 × 10 nodes, well under the default budget.
        var text = "a: &a [" + Array(repeating: "x", count: 9).joined(separator: ", ") + "]\n"
        text += "b: &b [" + Array(repeating: "*a", count: 9).joined(separator: ", ") + "]\n"
        text += "c: [" + Array(repeating: "*b", count: 9).joined(separator: ", ") + "]\n"
        let root = try load(text)
        #expect(root["c"]?.items.count == 9)
        #expect(root["c"]?.items.last?.items.last?.items.last?.text == "x")
        // b's aliases bring 90 nodes and each alias to b 91 more, so a
        // budget of 250 runs out at c's second alias.
        expectRefusal(text, code: "Y010", line: 3, column: 9, limits: .init(maxAliasedNodes: 250))
    }

    @Test func anchorRedefinedLaterIsUsedFromThere() throws {
        let root = try load("a: &x one\nb: *x\nc: &x two\nd: *x\n")
        #expect(root["b"]?.text == "one")
        #expect(root["d"]?.text == "two")
    }
}
