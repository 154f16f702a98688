import Foundation
import ReglamentCompile
import Testing

/// A `.script.json` is checked when it is read: its format, then every
/// reference inside it, each problem named by its JSON path.
struct CompiledIntegrityTests {
    @Test(arguments: Examples.mainFiles)
    func everyExampleReadsBackWhole(file: String) throws {
        let compiled = try #require(Compiler().compile(file: file).compiled)
        #expect(compiled.integrityProblems() == [])
        #expect(try CompiledJSON.decode(CompiledJSON.encode(compiled)) == compiled)
    }

    func uyut() throws -> String {
        let compiled = try #require(Compiler().compile(file: Examples.file("uyut-lavka")).compiled)
        return String(decoding: CompiledJSON.encode(compiled), as: UTF8.self)
    }

    @Test func anOptionToAStepThatIsNotThereIsRefusedWithItsPath() throws {
        let json = try uyut().replacingOccurrences(of: "\"target\":\"consent\"", with: "\"target\":\"no-such-step\"")
        #expect(throws: CompiledIntegrityError.self) { try CompiledJSON.decode(Data(json.utf8)) }
        do {
            _ = try CompiledJSON.decode(Data(json.utf8))
        } catch let error as CompiledIntegrityError {
            #expect(error.problems.first?.hasPrefix("$.scripts[0].steps[") == true)
            #expect(error.problems.first?.hasSuffix(".target: no step 'no-such-step' in script 'inbound'") == true)
        }
    }

    @Test func aMissingStartIsRefused() throws {
        let json = try uyut().replacingOccurrences(of: "\"start\":\"greeting\"", with: "\"start\":\"\"")
        #expect {
            try CompiledJSON.decode(Data(json.utf8))
        } throws: { error in
            (error as? CompiledIntegrityError)?.problems.contains("$.scripts[0].start: no step '' in script 'inbound'") == true
        }
    }

    @Test func anotherFormatIsRefusedBeforeItsKeysAreRead() throws {
        let json = #"{"format":"reglament-compiled/9","whatever":1}"#
        #expect {
            try CompiledJSON.decode(Data(json.utf8))
        } throws: { error in
            (error as? CompiledFormatError)?.found == "reglament-compiled/9"
        }
    }
}
