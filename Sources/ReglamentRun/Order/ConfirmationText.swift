import ReglamentCompile
import ReglamentModel

/// The confirmation sent as a text (SMS, e-mail, messenger) to a client
/// who is not to be called: the shop, the order's reference, what it holds,
/// the total, and how to answer.
public enum ConfirmationText {
    public static func text(for order: OrderDetails, reference: String) -> String {
        let shop = order.compiled.shop
        var text = "«\(shop.name)»: ваш заказ \(reference) принят"
        if let summary = order.summary { text += ": \(summary)" }
        if let total = order.total { text += ". Итого с доставкой \(order.compiled.said(total))" }
        return text + ". Ответьте «да», чтобы подтвердить, или позвоните \(shop.phone)."
    }
}
