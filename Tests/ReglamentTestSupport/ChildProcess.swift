import Foundation

/// Runs a child process to its end with a deadline. Every test that starts a
/// program goes through here, so a program that hangs (a browser waiting
/// for a display, a runner waiting for input) fails its own test with what it
/// printed instead of stalling the whole suite until CI gives up.
public enum ChildProcess {
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Standard output and standard error together, for tools whose messages go to either.
        public var combined: String { stdout + stderr }
    }

    public struct TimedOut: Error, CustomStringConvertible {
        public let command: String
        public let seconds: Int64
        public let output: String
        public var description: String {
            "'\(command)' did not finish within \(seconds) s and was killed; it printed:\n\(output.suffix(2000))"
        }
    }

    /// Starts `process` (configured but not yet run), writes `input` to its
    /// standard input, reads both outputs on their own threads so neither
    /// pipe can fill, and kills it after `timeout`.
    public static func run(_ process: Process, input: Data? = nil, timeout: Duration = .seconds(120)) throws -> Output {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = input.map { _ in Pipe() }
        process.standardInput = stdin ?? FileHandle.nullDevice
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()

        let outReader = PipeReader(out.fileHandleForReading)
        let errReader = PipeReader(err.fileHandleForReading)
        if let stdin, let input {
            Thread {
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }.start()
        }
        let seconds = timeout.components.seconds
        guard exited.wait(timeout: .now() + .seconds(Int(seconds))) == .success else {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            let command = ([process.executableURL?.lastPathComponent ?? "?"] + (process.arguments ?? [])).joined(separator: " ")
            throw TimedOut(command: String(command.prefix(300)), seconds: seconds, output: outReader.text(waiting: .seconds(1)) + errReader.text(waiting: .seconds(1)))
        }
        // A grandchild that inherited the pipes may keep them open; do not wait on it for long.
        return Output(
            status: process.terminationStatus,
            stdout: outReader.text(waiting: .seconds(10)),
            stderr: errReader.text(waiting: .seconds(10))
        )
    }

    /// Collects everything written to a pipe until its writers close it.
    final class PipeReader: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                    lock.withLock { data.append(chunk) }
                }
                done.signal()
            }.start()
        }

        func text(waiting limit: Duration) -> String {
            _ = done.wait(timeout: .now() + .seconds(Int(limit.components.seconds)))
            return lock.withLock { String(decoding: data, as: UTF8.self) }
        }
    }
}
