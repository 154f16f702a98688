import ReglamentCompile
import ReglamentModel

extension CompiledRegulation {
    /// The fields of `captured` events whose values are the client's
    /// personal data, with the kind of data each holds: the order form's
    /// personal fields, the message form's name and contact, and the
    /// postal index known before the call. The audit reads these values
    /// only to hide them where an operator's note repeats them.
    public var personalEventFields: [String: FieldType] {
        var found = Dictionary(fields.filter(\.personal).map { ($0.id, $0.type) }, uniquingKeysWith: { first, _ in first })
        for item in MessageItem.allCases {
            if let type = item.answeringFieldType { found[item.fieldID] = type }
        }
        found[CallSession.callerPostalIndex] = .postalIndex
        return found
    }
}
