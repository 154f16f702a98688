import Foundation
import ReglamentCompile
import ReglamentHandbook
import Testing

/// The handbooks of the three example shops hold everything an operator
/// needs: the shop, every zone, every FAQ question, every step's words.
@Suite struct ExampleHandbookTests {
    @Test(arguments: HandbookFixtures.shops)
    func htmlHoldsTheWholeRegulation(shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        let html = try HandbookFixtures.renderer().render(compiled).html
        let escaped = HandbookFixtures.htmlEscaped

        #expect(html.contains("<title>Регламент колл-центра: \(escaped(compiled.shop.name))</title>"))
        for zone in compiled.zones {
            #expect(html.contains("Зона «\(escaped(zone.name))»"), "zone \(zone.id)")
        }
        for entry in compiled.faq {
            for question in entry.questions {
                #expect(html.contains(escaped(question)), "FAQ \(entry.id): \(question)")
            }
            for piece in HandbookFixtures.literalPieces(entry.answer.text) {
                #expect(html.contains(escaped(piece)), "FAQ \(entry.id) answer: \(piece)")
            }
        }
        for script in compiled.scripts {
            for (index, step) in script.steps.enumerated() {
                #expect(html.contains("<span class=\"num\">\(index + 1).</span>"), "\(script.id) step \(index + 1)")
                for piece in HandbookFixtures.literalPieces(step.line?.text ?? "") {
                    #expect(html.contains(escaped(piece)), "\(script.id)/\(step.id): \(piece)")
                }
            }
        }
        for rule in compiled.escalations {
            #expect(html.contains("<code>\(escaped(rule.id))</code>"), "escalation \(rule.id)")
        }
    }

    @Test(arguments: HandbookFixtures.shops)
    func markdownHasHeadingsTablesAndNumberedSteps(shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        let markdown = try HandbookFixtures.renderer().render(compiled).markdown
        #expect(markdown.hasPrefix("# Регламент колл-центра: "))
        for heading in ["## Магазин", "## Контакты", "## Оплата", "## Доставка", "## Частые вопросы", "## Эскалации", "## Полномочия оператора"] {
            #expect(markdown.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(markdown.contains("| Способ | Срок | Цена | Бесплатно | Пункты |"))
        for script in compiled.scripts {
            #expect(markdown.contains("\n1. **"), "\(script.id) has no step 1")
            #expect(markdown.contains("\n\(script.steps.count). **"), "\(script.id) has no last step")
        }
        #expect(markdown.contains("→ шаг "))
    }

    @Test func branchesNameTheirStepsByNumber() throws {
        let compiled = try HandbookFixtures.compiled("uyut-lavka")
        let view = HandbookView(compiled)
        let inbound = try #require(view.scripts.first)
        let script = try #require(compiled.scripts.first)
        for (step, compiledStep) in zip(inbound.steps, script.steps) {
            for (option, compiledOption) in zip(step.options, compiledStep.options) {
                let target = try #require(script.steps.firstIndex { $0.id == compiledOption.target })
                #expect(option.target == "→ шаг \(target + 1)")
            }
        }
    }

    @Test func escalationsSayHoursInTheContactsAndTheShopsTime() throws {
        let view = HandbookView(try HandbookFixtures.compiled("uyut-lavka"))
        let rule = try #require(view.escalations.first { $0.id == "not-covered" })
        #expect(rule.hoursOwn == "пн–пт 09:00–22:00; сб 11:00–16:00")
        #expect(rule.hoursCallCenter == rule.hoursOwn + " МСК")  // no call_center: the shop's zone
        #expect(rule.fallback.hasPrefix("→ message-owner"))
        let bigOrder = try #require(view.escalations.first { $0.id == "big-order" })
        #expect(bigOrder.condition == "заказ дороже 30\u{00A0}000\u{00A0}₽")
    }

    @Test(arguments: ["uyut-lavka", "bolshoy-dom", "hifi-dom"])
    func faqTopicsAreNamedNeverShownByTheirIds(_ shop: String) throws {
        let compiled = try HandbookFixtures.compiled(shop)
        for topic in HandbookView(compiled).faqTopics {
            #expect(!compiled.faq.contains { $0.topic == topic.title }, "\(shop): the topic «\(topic.title)» is shown by its id")
        }
    }

    @Test func aTopicOfTheShopsOwnIsCalledByItsTitleOrItsFirstQuestion() throws {
        let titles = HandbookView(try HandbookFixtures.compiled("hifi-dom")).faqTopics.map(\.title)
        #expect(titles.contains("Гарантия и сервис"))  // `title:`
        #expect(titles.contains("Принимаете старую технику?"))  // trade_in has no title
        #expect(titles.contains("Доставка: сроки и стоимость"))  // a standard topic
    }

    @Test func aShortenedHolidaySpanSaysItsHoursOnce() throws {
        let view = HandbookView(try HandbookFixtures.compiled("hifi-dom"))
        let days = try #require(view.shop.hoursExceptions.first { $0.dates == "04.01.2027–08.01.2027" })
        #expect(days.hours == "12:00–18:00")
    }

    @Test func writesBothFiles() throws {
        let folder = try HandbookFixtures.temporaryFolder()
        let renderer = HandbookFixtures.renderer()
        try renderer.write(try renderer.render(try HandbookFixtures.compiled("hifi-dom")), to: folder)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("handbook.html").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("handbook.md").path))
    }
}
