import ReglamentModel

/// How long an answer may be, by what it is: a name, a phone or an address
/// longer than any real one is a slip (or an attack) that would end up in
/// mail headers, file names and the owner's inbox. Checked before any
/// field's own rule, in characters.
public enum AnswerLength {
    public static func limit(for type: FieldType) -> Int {
        switch type {
        case .fullName, .email, .postalIndex, .phone, .money, .quantity, .date, .payment, .delivery, .contactChannel, .clientKind, .choice: 200
        case .address: 500
        case .items, .text: 2000
        }
    }

    public static func limit(for item: MessageItem) -> Int {
        switch item {
        case .question: 4000
        case .consent, .clientName, .contact, .urgency: 200
        }
    }

    /// Why `text` is too long for `limit`, or nil.
    public static func refusal(_ text: String, limit: Int) -> ActionRefusal? {
        // unicodeScalars: counting grapheme clusters of a huge input would be the slow part.
        text.unicodeScalars.count > limit ? ActionRefusal("Слишком длинно: не больше \(limit) знаков") : nil
    }
}
