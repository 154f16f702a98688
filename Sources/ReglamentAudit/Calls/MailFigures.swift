import ReglamentRun

/// The mails the period's calls queued: where they are, and which may have
/// reached their recipient twice. Delivery is at least once: a mail whose
/// server reply was lost after the hand-over is sent again with the same
/// Message-ID, so a mail client can drop the copy.
public struct MailFigures: Sendable, Equatable, Codable {
    public var total: Int
    public var queued: Int
    public var sending: Int
    public var sent: Int
    public var failed: Int
    /// Sent mails with a lost reply before: the recipient may have them twice (or more).
    public var possiblyDuplicated: Int
    /// Every mail with a lost reply, in the order they were made.
    public var uncertain: [CallLogTallies.UncertainMail]

    init(_ tallies: CallLogTallies) {
        func count(_ state: DeliveryState) -> Int { tallies.mail.filter { $0.state == state }.reduce(0) { $0 + $1.count } }
        queued = count(.queued)
        sending = count(.sending)
        sent = count(.sent)
        failed = count(.failed)
        total = queued + sending + sent + failed
        uncertain = tallies.uncertainMail
        possiblyDuplicated = uncertain.filter { $0.state == .sent }.count
    }
}
