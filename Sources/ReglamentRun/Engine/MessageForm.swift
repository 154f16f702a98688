import ReglamentModel

/// What a message to the owner must say, asked for at the `message`
/// outcome unless the call already captured it.
public enum MessageItem: String, CaseIterable, Sendable {
    case clientName = "client_name"
    case contact
    case question
    case urgency

    /// What the operator is asked.
    public var prompt: String {
        switch self {
        case .clientName: "Как зовут клиента?"
        case .contact: "Как с клиентом связаться: телефон или другой канал (например: «только SMS, не звонить»)?"
        case .question: "Вопрос клиента его словами:"
        case .urgency: "Срочность: 1 — обычная, 2 — срочно"
        }
    }

    /// The order field type that already answers this item, if the call captured one.
    var answeringFieldType: String? {
        switch self {
        case .clientName: "full_name"
        case .contact: "phone"
        case .question, .urgency: nil
        }
    }

    /// The answer as stored, or why it is refused.
    func accept(_ input: String) -> Result<String, ActionRefusal> {
        let text = input.trimmingSpaces
        if text.isEmpty { return .failure(ActionRefusal("Нужен ответ: \(prompt)")) }
        if self != .question, text.contains(where: { $0 == "\n" || $0 == "\r" }) {
            return .failure(ActionRefusal("Одной строкой, без переводов строки"))
        }
        guard self == .urgency else { return .success(text) }
        switch text.lowercased() {
        case "1", "обычная", "обычно": return .success("normal")
        case "2", "срочно", "срочная": return .success("urgent")
        default: return .failure(ActionRefusal("Введите 1 (обычная) или 2 (срочно)"))
        }
    }
}
