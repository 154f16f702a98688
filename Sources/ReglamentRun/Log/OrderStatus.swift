/// Where an order stands after the call that took it: confirmation calls
/// move it on.
public enum OrderStatus: String, Codable, Sendable, CaseIterable {
    case new, confirmed, changed, cancelled
}

/// How one attempt to confirm an order ended.
public enum ConfirmationResult: String, Codable, Sendable, CaseIterable {
    case confirmed, changed, cancelled
    /// Nobody answered the call.
    case noAnswer = "no_answer"
    /// The call ended in a message for the owner or a transfer: the order waits.
    case message, transfer
    /// The confirmation was sent as a text (SMS, e-mail) to a client who is not to be called.
    case sentAsText = "sent_as_text"
}
