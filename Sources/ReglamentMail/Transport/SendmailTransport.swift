import Foundation

/// `sendmail:/usr/sbin/sendmail`: the Unix way, the local mail system
/// takes the mail on standard input (`-i`: a lone dot does not end it).
/// Exit 0 is accepted; 75 (EX_TEMPFAIL) is worth another try; any other
/// status is a refusal.
public struct SendmailTransport: MailTransport, MailSession {
    public let program: String
    /// A local mail system that takes longer than this is stopped, and the mail tried again later.
    public let timeout: Duration

    public init(program: String, timeout: Duration = .seconds(60)) {
        self.program = program
        self.timeout = timeout
    }

    public func open() async throws -> any MailSession {
        guard FileManager.default.isExecutableFile(atPath: program) else {
            throw DeliveryError.permanent("sendmail program '\(program)' is missing or not executable")
        }
        return self
    }

    public func send(_ message: Data, from sender: String, to recipients: [String], handOver: @Sendable () async throws -> Void) async throws -> String {
        // What it says goes to a file, read once it has exited: a pipe could be held open by a daemon it starts.
        let said = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-sendmail-\(UUID().uuidString).out")
        _ = FileManager.default.createFile(atPath: said.path, contents: nil)  // FileHandle below says if it failed
        defer { try? FileManager.default.removeItem(at: said) }
        let output = try FileHandle(forWritingTo: said)
        defer { try? output.close() }
        let input = Pipe()
        let finished = AsyncStream<Int32>.makeStream()
        // A program being replaced (an upgrade; on Linux, a file a forked child
        // still holds open for writing) cannot be started for a moment
        // (ETXTBSY): tried again twice before the mail waits for its retry.
        var started: Process?
        for attempt in 1...3 where started == nil {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = ["-i", "-f", sender, "--"] + recipients
            process.standardInput = input
            process.standardOutput = output
            process.standardError = output
            process.terminationHandler = { finished.continuation.yield($0.terminationStatus); finished.continuation.finish() }
            do {
                try process.run()
                started = process
            } catch where attempt < 3 {
                try await Task.sleep(for: .milliseconds(100))
            } catch {
                throw DeliveryError.unreachable("cannot start \(program): \(error.localizedDescription)")
            }
        }
        guard let process = started else { throw DeliveryError.unreachable("cannot start \(program)") }
        try await handOver()
        // The local convention is LF line ends.
        let text = Data(String(decoding: message, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n").utf8)
        try? input.fileHandleForWriting.write(contentsOf: text)
        try? input.fileHandleForWriting.close()
        guard let status = await Self.first(of: finished.stream, within: timeout) else {
            process.terminate()
            throw DeliveryError.unreachable("\(program) did not finish within \(timeout.components.seconds) s and was stopped")
        }
        let words = String(decoding: (try? Data(contentsOf: said)) ?? Data(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let reply = "\(program) exited with \(status)" + (words.isEmpty ? "" : ": \(words.prefix(300))")
        switch status {
        case 0: return words.isEmpty ? "accepted by \(program)" : reply
        case 75: throw DeliveryError.transient(reply)
        default: throw DeliveryError.permanent(reply)
        }
    }

    public func close() async {}

    /// The stream's first value, or nil when none comes within `limit`.
    private static func first(of stream: AsyncStream<Int32>, within limit: Duration) async -> Int32? {
        await withTaskGroup(of: Int32?.self) { group in
            group.addTask {
                for await value in stream { return value }
                return -1
            }
            group.addTask {
                try? await Task.sleep(for: limit)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }
}
