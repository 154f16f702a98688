import Foundation
import ReglamentCompile
import ReglamentModel

extension MessageRecord {
    /// What the message says, as the owner's list and its exports show it:
    /// label and value, in the order a person reads them.
    public var readableFields: [(label: String, value: String)] {
        var fields: [(String, String)] = []
        func add(_ label: String, _ key: String, _ said: (String) -> String = { $0 }) {
            if let value = content[key], !value.isEmpty { fields.append((label, said(value))) }
        }
        add("Имя", "client_name")
        add("Связь", "contact")
        add("Канал", "channel") { id in ContactChannels.all.first { $0.id == id }?.label ?? id }
        add("E-mail", "client_email")
        add("Вопрос", "question")
        add("Срочность", "urgency") { $0 == Urgency.high.rawValue ? "срочно" : "обычная" }
        add("Обещано клиенту", "promise_client_time")
        if content["consent"] == "refused" { fields.append(("Согласие", "не дал: имя и телефон не переданы")) }
        return fields
    }
}
