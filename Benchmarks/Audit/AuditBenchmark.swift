import Foundation
import GRDB
import ReglamentAudit
import ReglamentCompile
import ReglamentRun
import ReglamentStore

/// `reglament-audit-bench`: the audit of a call log of about a million
/// events, against the plainest aggregate over the same rows
/// (`SELECT kind, COUNT(*) FROM call_events GROUP BY kind`), in one run.
///
/// The log is recorded through the real engine (`CallLogGenerator`, bulk
/// durability) the first time and kept in `--db` for the next runs.
///
///     swift run -c release reglament-audit-bench [--events N] [--db PATH] [--regulation FILE] [--runs N]
@main
struct AuditBenchmark {
    static func main() async throws {
        let arguments = CommandLine.arguments
        let events = Int(value(after: "--events", in: arguments) ?? "1000000") ?? 1_000_000
        let path = value(after: "--db", in: arguments) ?? ".build/audit-bench.sqlite"
        let regulation = value(after: "--regulation", in: arguments) ?? "Regulations/uyut-lavka/regulation.yaml"
        let runs = Int(value(after: "--runs", in: arguments) ?? "5") ?? 5
        let result = Compiler().compile(file: regulation)
        guard let compiled = result.compiled, let model = result.regulation else {
            print("\(regulation) does not compile")
            exit(1)
        }
        let store = try SQLiteCallStore(path: path, durability: .bulk)
        var recorded = try count(path)
        if recorded < events {
            print("recording calls through the engine into \(path) until it holds \(events) events…")
            let clock = ContinuousClock()
            let runner = CallRunner(store: store, compiled: compiled, validator: FieldValidator())
            var batch: UInt64 = recorded == 0 ? 1 : UInt64(recorded)
            let took = try await clock.measure {
                while recorded < events {
                    let generator = CallLogGenerator(
                        runner: runner, start: Date(timeIntervalSince1970: 1_793_491_200), days: 28, seed: batch)
                    _ = try await generator.generate(calls: 2_000)
                    batch += 1
                    recorded = try count(path)
                }
            }
            print("recorded \(recorded) events in \(format(took)) s")
        }
        let auditor = Auditor(compiled: compiled, checklist: CoverageChecklist(regulation: model, diagnostics: result.diagnostics), reader: store)
        let reader = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let clock = ContinuousClock()
        var plain: [Duration] = [], tallies: [Duration] = [], audit: [Duration] = []
        var report: AuditReport?
        for _ in 0..<runs {
            plain.append(try clock.measure {
                _ = try reader.read { db in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) FROM call_events GROUP BY kind") }
            })
            let query = auditor.query(since: nil, until: nil)
            tallies.append(try await clock.measure { _ = try await store.tallies(query) })
            let started = clock.now
            report = try await auditor.report(source: regulation)
            audit.append(clock.now - started)
        }
        let bestPlain = plain.min() ?? .zero, bestAudit = audit.min() ?? .zero
        print("events: \(recorded), calls: \(report?.calls ?? 0), off-script notes: \(report?.gaps.reduce(0) { $0 + $1.count } ?? 0), runs: \(runs) (best, median)")
        print("plain aggregate (SELECT kind, COUNT(*) FROM call_events GROUP BY kind): \(format(bestPlain)) s, \(format(median(plain))) s")
        print("the log's figures (SQL over calls + one pass over the events): \(format(tallies.min() ?? .zero)) s, \(format(median(tallies))) s")
        print("whole audit (those, notes grouped, checklist, coverage per step): \(format(bestAudit)) s, \(format(median(audit))) s")
        print("ratio: \(String(format: "%.2f", seconds(bestAudit) / seconds(bestPlain)))× the plain aggregate (target ≤ 2×, under 5 s)")
    }

    static func count(_ path: String) throws -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM call_events") ?? 0 }
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func format(_ duration: Duration) -> String { String(format: "%.3f", seconds(duration)) }

    static func median(_ durations: [Duration]) -> Duration { durations.sorted()[durations.count / 2] }
}
