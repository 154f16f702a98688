import BenchmarkSupport
import Foundation
import ReglamentCompile
import ReglamentRun
import ReglamentStore

/// `reglament-run-bench`: plays an example's order scenario as many calls
/// in one process through the engine and a real SQLite call log (WAL,
/// `synchronous=FULL`: every step is on disk before the next), and times
/// each step from the operator's action to its commit.
///
///     swift run -c release reglament-run-bench [--calls N] [--regulation FILE] [--scenario FILE]
@main
struct RunStepsBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        let calls = Int(value(after: "--calls", in: arguments) ?? "1000") ?? 1000
        let regulation = value(after: "--regulation", in: arguments) ?? "Regulations/uyut-lavka/regulation.yaml"
        let scenarioFile = value(after: "--scenario", in: arguments) ?? "Regulations/uyut-lavka/scenarios/order-novosibirsk.yaml"
        guard let compiled = Compiler().compile(file: regulation).compiled else {
            print("\(regulation) does not compile")
            exit(1)
        }
        let scenario = try Scenario.load(scenarioFile)
        let now = scenario.now.date
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-run-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteCallStore(path: folder.appendingPathComponent("calls.sqlite").path)
        let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator())

        let clock = ContinuousClock()
        var steps: [Duration] = []
        steps.reserveCapacity(calls * scenario.steps.count)
        var orders = 0
        let total = try await clock.measure {
            for _ in 0..<calls {
                var session = try await runner.begin(operatorName: "Бенчмарк", at: now)
                for typed in scenario.steps {
                    guard case .action(let action) = OperatorInput(typed) else { continue }
                    let started = clock.now
                    _ = try await runner.perform(action, on: &session, at: now)
                    steps.append(clock.now - started)
                }
                if session.outcome == .order { orders += 1 }
            }
        }
        steps.sort()
        func percentile(_ fraction: Double) -> Duration { steps[min(steps.count - 1, Int(Double(steps.count) * fraction))] }
        print("calls: \(calls) (\(orders) orders), steps: \(steps.count), each committed to SQLite (WAL, synchronous=FULL)")
        print("per step: median \(milliseconds(percentile(0.5))) ms, p99 \(milliseconds(percentile(0.99))) ms, max \(milliseconds(steps.last ?? .zero)) ms (target p99 < 5 ms)")
        print("throughput: \(String(format: "%.0f", Double(steps.count) / seconds(total))) steps/s, \(String(format: "%.1f", Double(calls) / seconds(total))) calls/s, \(String(format: "%.2f", seconds(total))) s in all")
    }
}
