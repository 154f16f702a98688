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
        var node: YAMLNode?
        print("yaml tree:", clock.measure { node = try? YAMLLoader().load(bytes, file: file) })
        guard var node else { return }
        defer { node = YAMLNode(.sequence([]), location: .unknown) }
        var problems = 0
        print("shape:    ", clock.measure { problems = ShapeValidator(schema: Regulation.schema).validate(node).count }, problems)
        var regulation: Regulation?
        print("decode:   ", clock.measure { regulation = try? NodeDecoder.decode(Regulation.self, from: node) })
        guard let regulation else { return }
        var tree: YAMLNode? = node
        print("free tree:", clock.measure { tree = nil }, tree == nil)
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
