import Foundation
@testable import ReglamentCompile
import Testing

@Suite struct CompiledJSONTests {
    /// Zones, answers and scripts are written on every core and put into
    /// the rest afterwards: the bytes must be those of one pass.
    @Test(arguments: Examples.mainFiles)
    func writtenInPartsAsInOnePass(file: String) throws {
        let compiled = try #require(Compiler().compile(file: file).compiled)
        #expect(!compiled.zones.isEmpty && !compiled.faq.isEmpty && !compiled.scripts.isEmpty)
        let onePass = try StreamingJSONEncoder().encode(compiled) + [0x0A]
        #expect(CompiledJSON.encode(compiled) == Data(onePass))
    }
}
