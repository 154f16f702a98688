import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One connection to an SMTP server: send a line, wait for its reply, with
/// a deadline on every reply. Upgrades itself to TLS on STARTTLS.
final class SMTPConnection: Sendable {
    private let channel: any Channel
    private let replies: NIOLoopBound<SMTPReplyHandler>
    private let timeout: TimeAmount

    private init(channel: any Channel, replies: NIOLoopBound<SMTPReplyHandler>, timeout: TimeAmount) {
        self.channel = channel
        self.replies = replies
        self.timeout = timeout
    }

    /// Connects, with TLS from the first byte when `tls` is given (smtps).
    static func connect(host: String, port: Int, tls: NIOSSLContext?, timeout: TimeAmount) async throws -> SMTPConnection {
        let bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: tls, serverHostname: Self.isAddress(host) ? nil : host))
                    }
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    try channel.pipeline.syncOperations.addHandler(SMTPReplyHandler())
                }
            }
        let channel: any Channel
        do {
            channel = try await bootstrap.connect(host: host, port: port).get()
        } catch {
            throw DeliveryError.unreachable("cannot connect to \(host):\(port): \(error)")
        }
        let handler = try await channel.eventLoop.submit {
            NIOLoopBound(try channel.pipeline.syncOperations.handler(type: SMTPReplyHandler.self), eventLoop: channel.eventLoop)
        }.get()
        return SMTPConnection(channel: channel, replies: handler, timeout: timeout)
    }

    /// The next reply from the server.
    func reply() async throws -> SMTPReply {
        try await send(nil)
    }

    /// Writes `line` and CRLF, then waits for the reply.
    func command(_ line: String) async throws -> SMTPReply {
        var buffer = channel.allocator.buffer(capacity: line.utf8.count + 2)
        buffer.writeString(line)
        buffer.writeString("\r\n")
        return try await send(buffer)
    }

    /// Writes `bytes` and waits for the reply they produce, or for the next one when nil.
    func send(_ bytes: ByteBuffer?) async throws -> SMTPReply {
        let loop = channel.eventLoop
        let promise = loop.makePromise(of: SMTPReply.self)
        let replies = self.replies, channel = self.channel, timeout = self.timeout
        loop.execute {
            replies.value.expect(promise)
            if let bytes { channel.writeAndFlush(bytes, promise: nil) }
        }
        let deadline = loop.scheduleTask(in: timeout) {
            if replies.value.expire(promise, with: SMTPError.timedOut(seconds: timeout.nanoseconds / 1_000_000_000)) {
                channel.close(promise: nil)
            }
        }
        defer { deadline.cancel() }
        do {
            return try await promise.futureResult.get()
        } catch let error as DeliveryError {
            throw error
        } catch {
            throw DeliveryError.unreachable("\(error)")
        }
    }

    /// Writes bytes that have no reply of their own (the body of DATA).
    func write(_ bytes: ByteBuffer) async throws {
        do {
            try await channel.writeAndFlush(bytes).get()
        } catch {
            throw DeliveryError.unreachable("the connection broke while sending: \(error)")
        }
    }

    /// Puts TLS under the conversation, after the server's 220 to STARTTLS.
    func startTLS(_ context: NIOSSLContext, host: String) async throws {
        let channel = self.channel
        let serverName = Self.isAddress(host) ? nil : host
        do {
            try await channel.eventLoop.submit {
                try channel.pipeline.syncOperations.addHandler(
                    try NIOSSLClientHandler(context: context, serverHostname: serverName), position: .first)
            }.get()
        } catch {
            throw DeliveryError.permanent("cannot start TLS with \(host): \(error)")
        }
    }

    func close() async {
        try? await channel.close().get()
    }

    private static func isAddress(_ host: String) -> Bool {
        host.contains(":") || host.split(separator: ".").allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
