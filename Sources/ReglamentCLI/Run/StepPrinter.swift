import ReglamentCompile
import ReglamentRun

/// Lays a step out for the terminal: the line to say stands out, options
/// are numbered, the field asked for shows its rule, the keys that work
/// everywhere are always listed.
struct StepPrinter {
    var colors: Bool

    func render(_ view: StepView) -> String {
        var text = "\n" + style("━━ Шаг \(view.number) · \(view.step) ━━", "1;34") + "\n"
        if let contact = view.contact {
            let state = view.contactAvailable == true ? style("доступен(а) сейчас", "1;32") : style("недоступен(а) сейчас", "1;31")
            text += "Эскалация: \(contact) — \(state)" + (view.contactStatus.map { " (\($0))" } ?? "") + "\n"
            if let phone = view.contactPhone { text += "Переведите на \(phone)\n" }
            if let whisper = view.whisper, view.contactAvailable == true { text += "Шепните при переводе: «\(whisper)»\n" }
        }
        if let notice = view.notice {
            text += style("ВНИМАНИЕ (не читать клиенту): ", "1;33") + notice + "\n"
        }
        if let line = view.line, !line.isEmpty {
            text += style("СКАЖИТЕ:", "1") + "\n  " + style("«\(line)»", "1;97") + "\n"
        }
        if let prompt = view.prompt {
            text += style("ВВЕДИТЕ: ", "1") + prompt + (view.rule.map { style("  (\($0))", "2") } ?? "") + "\n"
        }
        for (index, option) in view.options.enumerated() {
            text += "  \(index + 1)) \(option)\n"
        }
        if view.outcome == nil {
            text += style("[цифра — выбор · Enter — дальше · ? слова — FAQ · ! — эскалация · x — вне регламента · b — назад · n текст — заметка]", "2") + "\n"
        }
        return text
    }

    func refusal(_ reason: String) -> String {
        style("✗ \(reason)", "1;31") + "\n"
    }

    private func style(_ text: String, _ code: String) -> String {
        colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
