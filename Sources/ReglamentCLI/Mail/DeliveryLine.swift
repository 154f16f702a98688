import ReglamentMail

/// One line for the operator or the owner about a delivery pass.
enum DeliveryLine {
    static func describe(_ report: DeliveryReport) -> String? {
        var parts: [String] = []
        if report.sent > 0 { parts.append("отправлено: \(report.sent)") }
        if report.retried > 0 { parts.append("отложено до повтора: \(report.retried)") }
        if report.failed > 0 { parts.append("не доставлено: \(report.failed)") }
        if report.uncertain > 0 {
            parts.append("ответ сервера потерян после передачи: \(report.uncertain) (письмо могло дойти; уйдёт ещё раз, возможно, придёт дважды)")
        }
        if let reason = report.unreachable { parts.append("сервер недоступен (\(reason)); письма в очереди, уйдут при следующей отправке") }
        return parts.isEmpty ? nil : "Почта владельцу: " + parts.joined(separator: "; ")
    }
}
