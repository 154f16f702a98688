import Foundation

/// An email before it is written out: who, what, and both bodies.
public struct MailMessage: Sendable, Equatable {
    public var from: MailAddress
    public var to: [MailAddress]
    public var replyTo: MailAddress?
    public var subject: String
    public var date: Date
    /// The time zone the Date header is written in (the shop's).
    public var timeZone: TimeZone
    /// `<...@...>`, kept for every attempt so a resend is recognisable.
    public var messageID: String
    public var text: String
    public var html: String?

    public init(
        from: MailAddress, to: [MailAddress], replyTo: MailAddress? = nil, subject: String, date: Date,
        timeZone: TimeZone = .gmt, messageID: String, text: String, html: String? = nil
    ) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.timeZone = timeZone
        self.messageID = messageID
        self.text = text
        self.html = html
    }

    /// A new Message-ID in the sender's domain.
    public static func newID(for reference: String, kind: String, from: MailAddress) -> String {
        let token = UUID().uuidString.lowercased().prefix(13).replacingOccurrences(of: "-", with: "")
        let local = "\(reference).\(kind).\(token)".filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-._".contains($0)) }
        return "<\(local)@\(from.domain)>"
    }
}
