import ReglamentModel

/// A regulation compiled for the runner: every fact substituted, every
/// branch explicit, nothing left to interpret at run time. Written as
/// `<shop-id>.script.json` (see docs/compiled-format.md); the runner reads
/// only this.
public struct CompiledRegulation: Codable, Sendable, Equatable {
    /// `reglament-compiled/3`: readers refuse a format they do not know.
    public var format: String
    /// SHA-256 over the regulation's source files (see `sources`): the
    /// version every call records.
    public var version: String
    public var sources: [SourceDigest]
    public var shop: CompiledShop
    public var callCenter: CompiledCallCenter
    /// Shop facts by variable name (`shop.name`, `payment.methods`...), as
    /// substituted into every line.
    public var facts: [String: String]
    public var contacts: [CompiledContact]
    public var payment: [CompiledPayment]
    public var productClasses: [CompiledProductClass]
    public var deliveryMethods: [CompiledDeliveryMethod]
    public var zones: [CompiledZone]
    public var fields: [CompiledField]
    public var consent: Line
    /// The regulation's `order.message_consent`; nil: `messageConsentLine`'s default.
    public var messageConsent: Line?
    public var faq: [CompiledFAQ]
    public var escalations: [CompiledEscalation]
    public var authority: CompiledAuthority?
    /// The regulation's own mail templates (`message-email.txt`...), their
    /// text carried here so the runner needs no file beside the script.
    public var mailTemplates: [String: String]?
    public var scripts: [CompiledScript]

    public static let formatName = "reglament-compiled/3"
}

/// One source file of the regulation and the SHA-256 of its bytes.
public struct SourceDigest: Codable, Sendable, Equatable {
    /// Relative to the main file's folder.
    public var path: String
    public var sha256: String
}

/// The call center answering the line (see `CallCenter`): its clock and,
/// when it does not answer around the clock, its hours.
public struct CompiledCallCenter: Codable, Sendable, Equatable {
    public var timezone: String
    /// As the handbook says them ("пн–пт 20:00–09:00"); nil around the clock.
    public var hours: String?
    public var availability: Availability?
}

public struct CompiledShop: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var phone: String
    /// Every number the shop's calls come in on, E.164: its phone and its `lines` (nil in scripts compiled before them).
    public var numbers: [String]?
    public var site: String?
    public var email: String?
    public var timezone: String
    public var locale: String
    public var currency: String
    public var about: String?
    /// The working hours as the operator reads them out ("пн–пт 09:00–21:00").
    public var hours: String
    public var availability: Availability
}

public struct CompiledContact: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: ContactRole?
    public var phone: String?
    public var email: String?
    public var timezone: String?
    public var hours: String?
    /// Nil when the regulation gives no hours: the contact takes messages only.
    public var availability: Availability?
}

public struct CompiledPayment: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// The largest order this method accepts, as a decimal ("50000").
    public var max: String?
    public var note: String?
    /// Delivery methods it works with; nil: all.
    public var with: [String]?
    /// Who may pay this way; nil: anyone.
    public var clients: ClientKind?
}

public struct CompiledProductClass: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String?
    /// Contacts who consult on this class, in the order they are tried.
    public var specialists: [String]
    /// Russian stems an item's words are matched on (`рояль` → `роял`).
    public var keywords: [String]
}

public struct CompiledAuthority: Codable, Sendable, Equatable {
    public var compensationMax: String?
    public var discountMax: String?
    public var may: [String]
    public var mayNot: [String]
}
