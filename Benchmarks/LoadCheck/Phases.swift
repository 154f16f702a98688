import Foundation
import ReglamentCheck
import ReglamentCompile
import ReglamentModel
import ReglamentYAML

/// `--phases FILE`: where load + check spends its time.
enum Phases {
    static func run(file: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        let clock = ContinuousClock()
        print("libyaml raw:  ", clock.measure { _ = RawEventParse.run(bytes) })
        var document: YAMLDocument?
        print("yaml document:", clock.measure { document = try? YAMLLoader().load(bytes, file: file) })
        guard document != nil else { return }
        var problems = 0
        var regulation: Regulation?
        document!.withRoot { root in
            print("shape:        ", clock.measure { problems = ShapeValidator(schema: Regulation.schema).validate(root).problems.count }, problems)
            print("decode:       ", clock.measure { regulation = try? NodeDecoder.decode(Regulation.self, from: root) })
        }
        guard let regulation else { return }
        print("free document:", clock.measure { document = nil }, document == nil)
        var index: RegulationIndex?
        print("index:    ", clock.measure { index = RegulationIndex(regulation) })
        for check in RuleRegistry.checks {
            let duration = clock.measure { _ = check.init().check(regulation, index: index!) }
            if duration > .milliseconds(5) { print("  \(check):", duration) }
        }
        let checked = Checker().check(bytes, file: file)
        var compiled: CompiledRegulation?
        print("compile (after check):", clock.measure { compiled = Compiler().compile(checked).compiled })
        var size = 0
        print("encode JSON:", clock.measure { size = compiled.map { CompiledJSON.encode($0).count } ?? 0 }, size)
    }
}

extension Phases {
    static func whole(file: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        let clock = ContinuousClock()
        for _ in 0..<3 {
            var result: CheckResult?
            let check = clock.measure { result = Checker().check(bytes, file: file) }
            let free = clock.measure { result = nil }
            print("check:", check, "free model:", free, result == nil)
        }
    }
}

