import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a child process with a deadline. Every test that starts a program
/// goes through here, so a program that hangs (a browser waiting for a
/// display, a runner waiting for input) fails its own test with what it
/// printed instead of stalling the whole suite until CI gives up.
///
/// Started with `posix_spawn` and reaped with `waitpid` polling rather than
/// Foundation's `Process`: on Linux, `Process.waitUntilExit()` was seen
/// waiting forever for a `tmux new-session -d` that had exited (it stayed a
/// zombie), which stalled a whole CI run.
public final class ChildProcess: @unchecked Sendable {
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

    public struct CannotStart: Error, CustomStringConvertible {
        public let command: String
        public let code: Int32
        public var description: String { "cannot start '\(command)': \(String(cString: strerror(code)))" }
    }

    public let pid: pid_t
    public let command: String
    /// The child's standard input, when it was started with one.
    public let input: FileHandle?
    public let stdout: PipeReader
    public let stderr: PipeReader
    private var status: Int32?

    /// Starts `executable` (looked up on PATH when it has no slash) in
    /// `directory`, with `environment` (this process's when nil).
    public init(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String]? = nil,
        standardInput: Bool = false
    ) throws {
        // posix_spawn has no portable chdir: a shell changes directory, then becomes the program.
        var argv = [executable] + arguments
        if let directory { argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + argv }
        command = ([executable] + arguments).joined(separator: " ").prefix(300).description

        // Close-on-exec from birth: a child that another test spawns at the same moment must not
        // inherit this child's pipes, or a reader here waits for that other child to exit.
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        let outPipe = try Self.pipe(), errPipe = try Self.pipe()
        let inPipe = standardInput ? try Self.pipe() : nil
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let inPipe {
            posix_spawn_file_actions_adddup2(&actions, inPipe.read, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outPipe.write, 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe.write, 2)

        let environment = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let code = Self.withCStrings(argv) { argvPointers in
            Self.withCStrings(environment) { envPointers in
                posix_spawnp(&pid, argv[0], &actions, nil, argvPointers, envPointers)
            }
        }
        close(outPipe.write)
        close(errPipe.write)
        if let inPipe { close(inPipe.read) }
        guard code == 0 else {
            close(outPipe.read)
            close(errPipe.read)
            if let inPipe { close(inPipe.write) }
            throw CannotStart(command: command, code: code)
        }
        self.pid = pid
        input = inPipe.map { FileHandle(fileDescriptor: $0.write, closeOnDealloc: true) }
        stdout = PipeReader(FileHandle(fileDescriptor: outPipe.read, closeOnDealloc: false))
        stderr = PipeReader(FileHandle(fileDescriptor: errPipe.read, closeOnDealloc: false))
    }

    /// A pipe whose ends close on exec. Made while holding `spawning`, which
    /// every spawn here also holds, so no child of ours starts in between.
    private static func pipe() throws -> (read: Int32, write: Int32) {
        var descriptors: [Int32] = [0, 0]
        guard Glibc.pipe(&descriptors) == 0 else { throw CannotStart(command: "pipe", code: errno) }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return (descriptors[0], descriptors[1])
    }

    private static let spawning = NSLock()

    /// The exit status (128 + signal when killed), or nil when it is still
    /// running after `timeout`.
    public func wait(timeout: Duration) -> Int32? {
        if let status { return status }
        let deadline = ContinuousClock.now + timeout
        while true {
            var raw: Int32 = 0
            let result = waitpid(pid, &raw, WNOHANG)
            if result == pid {
                let signal = raw & 0x7F
                status = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
                return status
            }
            // Reaped elsewhere: it has ended, how is unknown.
            if result < 0, errno == ECHILD { status = -1; return status }
            if ContinuousClock.now >= deadline { return nil }
            usleep(5_000)
        }
    }

    public func kill(_ signal: Int32 = SIGKILL) {
        _ = Glibc.kill(pid, signal)
    }

    /// Waits for the end and everything printed; kills the child and throws after `timeout`.
    public func finish(timeout: Duration) throws -> Output {
        guard let status = wait(timeout: timeout) else {
            kill()
            _ = wait(timeout: .seconds(5))
            throw TimedOut(
                command: command, seconds: timeout.components.seconds,
                output: stdout.text(waiting: .seconds(1)) + stderr.text(waiting: .seconds(1)))
        }
        // A grandchild that inherited the pipes may keep them open: do not wait on it for long.
        return Output(status: status, stdout: stdout.text(waiting: .seconds(10)), stderr: stderr.text(waiting: .seconds(10)))
    }

    /// Runs to the end: writes `input` (when given) to standard input, then waits.
    public static func run(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String]? = nil,
        input: Data? = nil, timeout: Duration = .seconds(120)
    ) throws -> Output {
        let child = try ChildProcess(executable, arguments, directory: directory, environment: environment, standardInput: input != nil)
        if let input, let handle = child.input {
            Thread {
                try? handle.write(contentsOf: input)
                try? handle.close()
            }.start()
        }
        return try child.finish(timeout: timeout)
    }

    private static func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> T) -> T {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}

/// Collects everything written to a pipe, on its own thread, until the
/// writers close it; the text so far can be read at any time.
public final class PipeReader: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            // read(2) returns what has arrived; FileHandle's reads wait to fill their buffer.
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(handle.fileDescriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                lock.withLock { data.append(contentsOf: buffer[0..<count]) }
            }
            try? handle.close()
            done.signal()
        }.start()
    }

    /// What was written so far.
    public var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

    /// Waits up to `limit` for the end of the output, then returns what there is.
    public func text(waiting limit: Duration) -> String {
        if done.wait(timeout: .now() + .seconds(Int(limit.components.seconds))) == .success { done.signal() }
        return text
    }

    /// Waits until `needle` appears, up to `seconds`.
    public func wait(for needle: String, seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if text.contains(needle) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
