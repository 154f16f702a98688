import ReglamentCompile

/// The runner's checks of what the operator types, by field type (see
/// `CompiledField.validation`): the value to store, or why it is refused.
public struct FieldValidator: FieldValidating {
    public init() {}

    public func validate(_ input: String, for field: CompiledField, in session: CallSession) -> Result<String, ActionRefusal> {
        switch field.validation {
        case "phone": PhoneNormalizer.normalize(input)
        case "full_name": PersonNameCheck.normalize(input)
        case "email": TextChecks.email(input)
        case "postal_index": postalIndex(input, in: session.compiled)
        case "address": TextChecks.address(input)
        case "items": ItemList.normalize(input, classes: session.compiled.productClasses)
        case "payment": ChoiceChecks.payment(input, field: field, compiled: session.compiled, total: session.fields["total"])
        case "delivery": ChoiceChecks.delivery(input, zone: session.zone, itemClasses: Self.itemClasses(in: session))
        case "contact_channel", "choice": ChoiceChecks.choice(input, among: field.choices).map(\.id)
        case "money": TextChecks.money(input)
        case "quantity": TextChecks.quantity(input)
        case "date": TextChecks.date(input)
        default: TextChecks.text(input)
        }
    }

    /// Six digits (spaces allowed) that fall in one of the regulation's zones.
    private func postalIndex(_ input: String, in compiled: CompiledRegulation) -> Result<String, ActionRefusal> {
        let digits = input.filter { !$0.isWhitespace }
        guard digits.count == 6, digits.allSatisfy(\.isASCIIDigit) else {
            return .failure(ActionRefusal("Почтовый индекс — 6 цифр, например 630099"))
        }
        guard PostalZones.zone(for: digits, in: compiled) != nil else {
            return .failure(ActionRefusal("Индекс \(digits) не входит ни в одну зону доставки регламента: уточните индекс или x — вне регламента"))
        }
        return .success(digits)
    }

    /// The product classes of the call's goods so far.
    static func itemClasses(in session: CallSession) -> Set<String> {
        session.compiled.fields.filter { $0.type == "items" }.compactMap { session.fields[$0.id] }
            .reduce(into: Set<String>()) { $0.formUnion(ItemList.classes(in: $1)) }
    }
}
