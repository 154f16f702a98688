import ReglamentModel

/// What a message to the owner must say, asked for at the `message`
/// outcome unless the call already captured it. Consent comes first when
/// the call has not read it: a message taken after "escalate" or "not in
/// the regulation" also records a name and a phone.
public enum MessageItem: String, CaseIterable, Sendable {
    case consent
    case clientName = "client_name"
    case contact
    case question
    case urgency

    /// The consent item's answer when the client said no.
    static let refused = "no"

    /// The field its answer is logged under (`captured` events).
    var fieldID: String { "message.\(rawValue)" }

    /// What the operator is asked.
    public func prompt(consent wording: String) -> String {
        switch self {
        case .consent: "Прочитайте: «\(wording)» 1 — согласен, 2 — не согласен (тогда передадим только вопрос, без имени и телефона)"
        case .clientName: "Как зовут клиента?"
        case .contact: "Как с клиентом связаться: телефон или другой канал (например: «только SMS, не звонить»)?"
        case .question: "Вопрос клиента его словами:"
        case .urgency: "Срочность: 1 — обычная, 2 — срочно"
        }
    }

    /// The order field type that already answers this item, if the call captured one.
    var answeringFieldType: FieldType? {
        switch self {
        case .clientName: .fullName
        case .contact: .phone
        case .consent, .question, .urgency: nil
        }
    }

    /// The answer as stored, or why it is refused.
    func accept(_ input: String) -> Result<String, ActionRefusal> {
        let text = input.trimmingSpaces
        if text.isEmpty { return .failure(ActionRefusal("Нужен ответ")) }
        if let refusal = self == .question ? OneLineText.multilineRefusal(text) : OneLineText.refusal(text) {
            return .failure(refusal)
        }
        switch self {
        case .consent:
            switch text.lowercased() {
            case "1", "да", "согласен", "согласна": return .success("yes")
            case "2", "нет", "не согласен", "не согласна": return .success(Self.refused)
            default: return .failure(ActionRefusal("Введите 1 (согласен) или 2 (не согласен)"))
            }
        case .urgency:
            switch text.lowercased() {
            case "1", "обычная", "обычно": return .success(Urgency.normal.rawValue)
            case "2", "срочно", "срочная": return .success(Urgency.high.rawValue)
            default: return .failure(ActionRefusal("Введите 1 (обычная) или 2 (срочно)"))
            }
        case .clientName, .contact, .question:
            return .success(text)
        }
    }
}
