import NIOCore

/// Pairs each reply with the command waiting for it. A reply that comes
/// before anyone waits (the greeting) is kept for the first waiter.
final class SMTPReplyHandler: ChannelInboundHandler {
    typealias InboundIn = SMTPReply

    private var waiting = CircularBuffer<EventLoopPromise<SMTPReply>>()
    private var early = CircularBuffer<SMTPReply>()
    private var failure: (any Error)?

    func expect(_ promise: EventLoopPromise<SMTPReply>) {
        if let reply = early.popFirst() {
            promise.succeed(reply)
        } else if let failure {
            promise.fail(failure)
        } else {
            waiting.append(promise)
        }
    }

    /// Fails `promise` if it is still waiting (its deadline passed).
    func expire(_ promise: EventLoopPromise<SMTPReply>, with error: any Error) -> Bool {
        guard let index = waiting.firstIndex(where: { $0.futureResult === promise.futureResult }) else { return false }
        waiting.remove(at: index)
        promise.fail(error)
        return true
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = unwrapInboundIn(data)
        if let promise = waiting.popFirst() {
            promise.succeed(reply)
        } else {
            early.append(reply)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(error)
        context.close(promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(SMTPError.connectionClosed)
        context.fireChannelInactive()
    }

    private func failAll(_ error: any Error) {
        if failure == nil { failure = error }
        while let promise = waiting.popFirst() { promise.fail(error) }
    }
}
