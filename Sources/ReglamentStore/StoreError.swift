/// Why the store refused or failed; says what and where, never a value of a call.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case unknownCall(String)
    case callAlreadyEnded(String)
    case outOfOrder(call: String, expected: Int, got: Int)
    case unknownMail(Int64)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "cannot open the call database '\(path)': \(reason)"
        case .unknownCall(let reference): "no call '\(reference)' in the call database"
        case .callAlreadyEnded(let reference): "call '\(reference)' has already ended; a call has exactly one outcome"
        case .outOfOrder(let call, let expected, let got):
            "event \(got) of call '\(call)' is out of order: the log expects event \(expected) (two runners on one call?)"
        case .unknownMail(let id): "no mail \(id) in the outbox"
        }
    }
}
