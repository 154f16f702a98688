/// The operator handbook as the templates read it: plain strings, lists
/// and flags, every label, sum, term and hour already written out in
/// Russian. The templates only lay it out.
///
/// Mustache looks a missing or `nil` name up in the enclosing objects, so
/// every optional field has a name no enclosing type uses.
public struct HandbookView: Sendable, Equatable {
    /// "Регламент колл-центра: Уютная лавка".
    public var title: String
    /// The first 12 hex digits of the compiled version; `versionFull` is all of it.
    public var version: String
    public var versionFull: String
    public var sources: [String]
    public var contents: [ContentsEntry]
    public var shop: ShopFacts
    public var contacts: [ContactRow]
    public var payment: [PaymentRow]
    public var productClasses: [ProductClassRow]
    public var delivery: DeliveryTables
    public var order: OrderRules
    public var faqTopics: [FAQTopic]
    public var escalations: [EscalationRow]
    public var authority: AuthorityLimits
    public var scripts: [ScriptView]

    /// One line of the table of contents.
    public struct ContentsEntry: Sendable, Equatable {
        public var anchor: String
        public var title: String
    }
}

/// A text to say or read, cut into plain text and slots the call fills in
/// ("‹имя клиента›"), so the HTML can mark the slots.
public struct SpokenLine: Sendable, Equatable {
    public var segments: [Segment]
    /// The whole line with slots as "‹…›".
    public var plain: String

    public struct Segment: Sendable, Equatable {
        public var text: String
        public var slot: Bool
    }
}

/// Dated hours that differ from the week: holidays, a shortened day, a holiday of the person.
public struct HoursException: Sendable, Equatable {
    public var dates: String
    public var hours: String
    public var exceptionNote: String?
}

public struct ShopFacts: Sendable, Equatable {
    public var name: String
    public var phone: String
    public var shopSite: String?
    public var shopEmail: String?
    public var timezone: String
    public var currency: String
    public var locale: String
    public var hours: String
    public var hoursExceptions: [HoursException]
    public var shopAbout: String?
}

public struct ContactRow: Sendable, Equatable {
    public var anchor: String
    public var name: String
    public var role: String
    public var phone: String
    public var email: String
    public var timezone: String
    /// When they take calls, in their own time zone and on the call center's clock.
    public var hoursOwn: String
    public var hoursCallCenter: String
    public var messagesOnly: Bool
    public var contactExceptions: [HoursException]
}

public struct PaymentRow: Sendable, Equatable {
    public var name: String
    /// "до 15 000 ₽" or "без ограничения".
    public var limit: String
    public var paymentNote: String?
}

public struct ProductClassRow: Sendable, Equatable {
    public var name: String
    public var classDescription: String?
    /// "Екатерина Лаврова, Игорь Соколов" or "—".
    public var specialists: String
}

public struct DeliveryTables: Sendable, Equatable {
    public var methods: [MethodRow]
    /// The product classes, in the order of each option's `classes`.
    public var classNames: [String]
    public var hasClasses: Bool
    public var zones: [ZoneTable]

    public struct MethodRow: Sendable, Equatable {
        public var name: String
        public var kind: String
        public var excludes: String
        public var points: [PointRow]
    }

    public struct PointRow: Sendable, Equatable {
        public var name: String
        public var address: String
        public var pointHours: String
        public var pointExcludes: String
    }

    public struct ZoneTable: Sendable, Equatable {
        public var anchor: String
        public var name: String
        public var timezone: String
        public var postal: String
        public var cities: String
        public var options: [OptionRow]
        public var noOptions: Bool
    }

    public struct OptionRow: Sendable, Equatable {
        public var method: String
        public var kind: String
        public var days: String
        public var price: String
        public var freeFrom: String
        public var points: String
        /// One cell per product class, in `classNames` order.
        public var classes: [ClassCell]
    }

    public struct ClassCell: Sendable, Equatable {
        public var accepts: Bool
        /// "да" or "нет".
        public var mark: String
    }
}

public struct OrderRules: Sendable, Equatable {
    public var consent: SpokenLine
    public var fields: [FieldRow]

    public struct FieldRow: Sendable, Equatable {
        public var label: String
        public var required: String
        public var personal: Bool
        public var prompt: SpokenLine
        public var rule: String
        public var choices: String
    }
}

public struct FAQTopic: Sendable, Equatable {
    public var anchor: String
    public var title: String
    public var entries: [FAQEntry]
}

public struct FAQEntry: Sendable, Equatable {
    public var anchor: String
    public var questions: [String]
    public var answer: SpokenLine
    public var byZone: [ZoneAnswerView]
    public var hasZoneAnswers: Bool

    public struct ZoneAnswerView: Sendable, Equatable {
        public var zone: String
        public var answer: SpokenLine
        public var byClass: [ClassAnswerView]
    }

    public struct ClassAnswerView: Sendable, Equatable {
        public var productClass: String
        public var answer: SpokenLine
    }
}

public struct EscalationRow: Sendable, Equatable {
    public var anchor: String
    public var id: String
    /// When the rule applies: "вопроса нет в регламенте", "заказ дороже 30 000 ₽".
    public var condition: String
    public var action: String
    public var contact: String
    public var hoursOwn: String
    public var hoursCallCenter: String
    /// "→ message-owner (любой случай)" or "—".
    public var fallback: String
    public var escalationWhisper: SpokenLine?
    public var escalationPromise: SpokenLine?
}

public struct AuthorityLimits: Sendable, Equatable {
    public var compensation: String
    public var discount: String
    public var may: [String]
    public var mayNot: [String]
}

public struct ScriptView: Sendable, Equatable {
    public var anchor: String
    public var title: String
    public var direction: String
    /// "В любой момент: нет в регламенте → шаг 14".
    public var anytime: [String]
    /// Outbound confirmation: attempts, spacing, auto-cancel.
    public var confirmation: [String]
    public var steps: [StepView]
}

public struct StepView: Sendable, Equatable {
    public var anchor: String
    /// "1.", "2."...
    public var number: String
    public var id: String
    public var kind: String
    public var stepLine: SpokenLine?
    /// For a capture: "Имя и фамилия" and its prompt.
    public var captureLabel: String?
    public var capturePrompt: SpokenLine?
    public var faqLinks: [FAQLink]
    public var options: [Branch]
    /// "→ шаг 3" when the step goes on without a choice.
    public var stepNext: Branch?
    public var stepEscalation: EscalationBranches?
    public var stepOutcome: String?
    public var stepRequires: String?

    public struct FAQLink: Sendable, Equatable {
        public var anchor: String
        public var title: String
    }

    public struct Branch: Sendable, Equatable {
        public var label: String
        /// "→ шаг 5".
        public var target: String
        public var targetAnchor: String
    }

    public struct EscalationBranches: Sendable, Equatable {
        public var rule: String
        public var ruleAnchor: String
        public var branchAnswered: Branch?
        public var branchFallback: Branch?
    }
}
