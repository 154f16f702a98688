import BenchmarkSupport
import Foundation
import ReglamentCheck
import ReglamentCompile

/// `reglament-bench`: generates a regulation of the given size, then times
/// libyaml's raw event parse, reglament's load + check, and its compile
/// (check, then build and encode the compiled script) of the same bytes in
/// one run (several rounds, interleaved; the median of the rounds' ratios), and measures the peak
/// memory of load + check in a child process of its own.
///
///     swift run -c release reglament-bench [--size MB] [--rounds N] [--keep PATH]
@main
struct LoadCheckBenchmark {
    static func main() throws {
        let arguments = CommandLine.arguments
        if arguments.count == 3, arguments[1] == "--phases" { return try Phases.run(file: arguments[2]) }
        if arguments.count == 3, arguments[1] == "--whole" { return try Phases.whole(file: arguments[2]) }
        if arguments.count == 3, arguments[1] == "--measure-memory" {
            return measureMemory(file: arguments[2])
        }
        let megabytes = Int(value(after: "--size", in: arguments) ?? "10") ?? 10
        let rounds = Int(value(after: "--rounds", in: arguments) ?? "7") ?? 7
        let file = value(after: "--keep", in: arguments)
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("reglament-bench-\(megabytes)mb.yaml").path

        let text = RegulationGenerator(megabytes: megabytes).yaml()
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let bytes = Array(text.utf8)
        print("file: \(file), \(String(format: "%.1f", Double(bytes.count) / 1_048_576)) MiB")

        let first = Checker().check(bytes, file: file)
        guard first.regulation != nil, first.diagnostics.isEmpty else {
            print("the generated regulation has problems:")
            first.diagnostics.prefix(10).forEach { print("  \($0.location): \($0.code) \($0.message)") }
            exit(1)
        }

        var raw: [Duration] = [], loadCheck: [Duration] = [], compile: [Duration] = []
        var events = 0, scriptBytes = 0
        for _ in 0..<rounds {
            raw.append(ContinuousClock().measure { events = RawEventParse.run(bytes) })
            loadCheck.append(ContinuousClock().measure { _ = Checker().check(bytes, file: file) })
            compile.append(ContinuousClock().measure {
                scriptBytes = Compiler().compile(bytes, file: file).compiled.map { CompiledJSON.encode($0).count } ?? 0
            })
        }
        // The machine is shared and its speed comes in bursts: each round
        // times the three one after another, so a round's ratios compare
        // like with like; the median of those is the figure.
        print("libyaml raw event parse: \(format(median(raw))) median, \(format(raw.min()!)) best (\(events) events)")
        print("reglament load + check:  \(format(median(loadCheck))) median, \(format(loadCheck.min()!)) best")
        print("ratio: \(ratios(loadCheck, raw)) (target ≤ 2.5×)")
        print("reglament compile:       \(format(median(compile))) median, \(format(compile.min()!)) best (\(scriptBytes / 1024) KiB of script JSON)")
        print("compile / check: \(ratios(compile, loadCheck)) (target ≤ 1.5×)")

        let peak = try childPeakMemory(file: file)
        print("peak memory of load + check: \(peak / 1_048_576) MiB = \(String(format: "%.1f", Double(peak) / Double(bytes.count)))× the file (target ≤ 10×)")
    }

    static func measureMemory(file: String) {
        let result = Checker().check(file: file)
        print(peakResidentBytes(), result.diagnostics.count)
    }

    /// This process's own peak resident size. Linux's `ru_maxrss` will not
    /// do: it keeps the high-water mark of the address space the process
    /// was forked from, so a child started by this benchmark reported at
    /// least the parent's resident size (the generated text, its bytes and
    /// the heap of the timed rounds), not its own. `VmHWM` is the peak of
    /// this process's own address space.
    static func peakResidentBytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kibibytes = Int(line.split(separator: " ").dropFirst().first ?? "")
        {
            return kibibytes * 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        // Linux reports ru_maxrss in KiB.
        return usage.ru_maxrss * 1024
    }

    static func childPeakMemory(file: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        process.arguments = ["--measure-memory", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Int(output.split(separator: " ").first ?? "") ?? 0
    }

    static func median(_ durations: [Duration]) -> Duration { durations.sorted()[durations.count / 2] }

    /// "2.10× (median of the rounds; 1.95× to 2.40×)". Not best to best:
    /// the raw parse has bursts of speed the rest of a round does not share.
    static func ratios(_ slower: [Duration], _ faster: [Duration]) -> String {
        let perRound = zip(slower, faster).map { seconds($0) / seconds($1) }.sorted()
        return String(
            format: "%.2f× (median of the rounds; %.2f× to %.2f×)",
            perRound[perRound.count / 2], perRound.first!, perRound.last!)
    }
    static func format(_ duration: Duration) -> String { String(format: "%.3f s", seconds(duration)) }
}
