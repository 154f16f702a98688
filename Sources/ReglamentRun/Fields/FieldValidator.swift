import ReglamentCompile
import ReglamentModel

/// The runner's checks of what the operator types, by field type: the
/// value to store, or why it is refused.
public struct FieldValidator: FieldValidating {
    public init() {}

    public func validate(_ input: String, for field: CompiledField, in session: CallSession) -> Result<String, ActionRefusal> {
        switch field.type {
        case .phone: PhoneNormalizer.normalize(input)
        case .fullName: PersonNameCheck.normalize(input)
        case .email: TextChecks.email(input)
        case .postalIndex: postalIndex(input, in: session.compiled)
        case .address: TextChecks.address(input)
        case .items: ItemList.normalize(input)
        case .payment: ChoiceChecks.payment(input, in: session)
        case .delivery: ChoiceChecks.delivery(input, in: session)
        case .contactChannel, .choice, .clientKind: ChoiceChecks.choice(input, among: field.choices).map(\.id)
        case .money: TextChecks.money(input)
        case .quantity: TextChecks.quantity(input)
        case .date: TextChecks.date(input)
        case .text: TextChecks.text(input)
        }
    }

    /// Six digits (spaces allowed) that fall in one of the regulation's zones.
    private func postalIndex(_ input: String, in compiled: CompiledRegulation) -> Result<String, ActionRefusal> {
        guard let digits = (try? PostalIndex(parsing: input))?.digits else {
            return .failure(ActionRefusal("Почтовый индекс — 6 цифр, например 630099"))
        }
        guard PostalZones.zone(for: digits, in: compiled) != nil else {
            return .failure(ActionRefusal("Индекс \(digits) не входит ни в одну зону доставки регламента: уточните индекс или x — вне регламента"))
        }
        return .success(digits)
    }
}
