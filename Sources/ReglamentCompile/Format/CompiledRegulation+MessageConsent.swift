extension CompiledRegulation {
    /// What the operator reads before a message to the owner records the
    /// client's name and contact. Never the order's consent: that one says
    /// «чтобы оформить и доставить заказ», a promise a message call does not make.
    public var messageConsentLine: Line {
        messageConsent ?? Line(text: """
            Чтобы магазин «\(shop.name)» мог ответить вам, я запишу ваше имя и контакт и передам их вместе с вопросом. \
            Их используют только для ответа на ваш вопрос. Вы согласны на обработку персональных данных?
            """)
    }
}
