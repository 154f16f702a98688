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
        // Wall time, and the process's CPU time: on a shared machine the
        // second says what the work costs when other processes take the cores.
        var plain: [Measured] = [], tallies: [Measured] = [], audit: [Measured] = []
        var report: AuditReport?
        for _ in 0..<runs {
            var started = Measured.Start()
            _ = try reader.read { db in try Row.fetchAll(db, sql: "SELECT kind, COUNT(*) FROM call_events GROUP BY kind") }
            plain.append(started.stop())
            let query = auditor.query(since: nil, until: nil)
            started = Measured.Start()
            _ = try await store.tallies(query)
            tallies.append(started.stop())
            started = Measured.Start()
            report = try await auditor.report(source: regulation)
            audit.append(started.stop())
        }
        print("events: \(recorded), calls: \(report?.calls ?? 0), off-script notes: \(report?.gaps.reduce(0) { $0 + $1.count } ?? 0), runs: \(runs)")
        print("                                                                         wall: best, median   cpu: best, median")
        print("plain aggregate (SELECT kind, COUNT(*) FROM call_events GROUP BY kind):  \(Measured.summary(plain))")
        print("the log's figures (SQL over calls + one pass over the events):          \(Measured.summary(tallies))")
        print("whole audit (those, notes grouped, checklist, coverage per step):        \(Measured.summary(audit))")
        let wall = (audit.map(\.wall).min() ?? 0) / (plain.map(\.wall).min() ?? 1)
        let cpu = (audit.map(\.cpu).min() ?? 0) / (plain.map(\.cpu).min() ?? 1)
        print("ratio, best to best: wall \(String(format: "%.2f", wall))×, cpu \(String(format: "%.2f", cpu))× the plain aggregate (target ≤ 2×, under 5 s)")
    }

    /// One measurement: seconds of wall clock and of the process's CPU (user + system).
    struct Measured {
        var wall: Double
        var cpu: Double

        struct Start {
            let clock = ContinuousClock()
            let wall: ContinuousClock.Instant
            let cpu: Double

            init() {
                cpu = Measured.processCPU()
                wall = clock.now
            }

            func stop() -> Measured { Measured(wall: seconds(clock.now - wall), cpu: Measured.processCPU() - cpu) }
        }

        static func processCPU() -> Double {
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }

        static func summary(_ runs: [Measured]) -> String {
            func both(_ values: [Double]) -> String {
                let sorted = values.sorted()
                return String(format: "%.3f s, %.3f s", sorted.first ?? 0, sorted[sorted.count / 2])
            }
            return "\(both(runs.map(\.wall)))   \(both(runs.map(\.cpu)))"
        }
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
}
