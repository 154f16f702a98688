import ReglamentCompile
import ReglamentHandbook
import ReglamentRun

extension AuditView {
    /// Every figure of `report` worded for the page; the flow heat maps are drawn on `compiled`'s graph.
    public init(_ report: AuditReport, compiled: CompiledRegulation) {
        title = "Аудит регламента: \(report.shop.name)"
        shopName = report.shop.name
        version = String(report.version.prefix(12))
        source = report.source
        period = Self.periodText(report.period)
        let total = report.outcomes.total
        summary = [
            Figure(label: "Звонков", value: "\(total.total)"),
            Figure(label: "Заказов", value: "\(total.order)"),
            Figure(label: "Сообщений", value: "\(total.message)"),
            Figure(label: "Переводов", value: "\(total.transfer)"),
            Figure(label: "Закрыто с ответом", value: "\(total.closed)"),
            Figure(label: "Без итога", value: "\(total.open)"),
        ]
        hasChecklist = report.checklist != nil
        checklistSummary = report.checklist.map { "Выполнено \($0.passed) из \($0.items.count)" } ?? ""
        checklist = (report.checklist?.items ?? []).map { item in
            ChecklistRow(title: item.title, passed: item.passed, location: item.location ?? "", fix: item.hint ?? "", details: item.details.joined(separator: "; "),
                         hasDetails: !item.details.isEmpty)
        }
        outcomeChart = OutcomeChart(days: report.outcomes.byDay).svg()
        hourChart = HourOfWeekChart(grid: report.escalations.byHourOfWeek).svg()
        outcomesByVersion = report.outcomes.byVersion.map { row in
            let o = row.outcomes
            return VersionRow(version: String(row.version.prefix(12)), isCurrent: row.version == report.version,
                              order: o.order, message: o.message, transfer: o.transfer, closed: o.closed, open: o.open, total: o.total)
        }
        transfers = report.outcomes.transfers.map { TransferRow(rule: $0.rule, answered: $0.answered, notAnswered: $0.notAnswered, unavailable: $0.unavailable) }
        let graph = FlowGraph(compiled)
        scripts = report.scripts.map { coverage in
            let cluster = graph.clusters.first { $0.script == coverage.script }
            let start = compiled.scripts.first { $0.id == coverage.script }?.start ?? ""
            let size = coverage.size
            let path = Self.pathToOrder(size)
            return ScriptSection(
                id: coverage.script, scriptTitle: coverage.title, calls: coverage.calls,
                sizeText: "шагов \(size.steps), ветвлений \(size.branches), исходов \(size.outcomes), \(path)",
                coverageText: "использовано шагов \(coverage.steps.count - coverage.neverUsedSteps.count) из \(coverage.steps.count) (\(Self.percent(coverage.stepCoverage))), "
                    + "вариантов \(coverage.options.count - coverage.neverUsedOptions.count) из \(coverage.options.count) (\(Self.percent(coverage.optionCoverage)))",
                flow: cluster.map { FlowHeatMap(cluster: $0, start: start, coverage: coverage).svg() } ?? "",
                unusedSteps: coverage.neverUsedSteps.joined(separator: ", "), hasUnusedSteps: !coverage.neverUsedSteps.isEmpty,
                unusedOptions: coverage.options.filter { $0.calls == 0 }.map { "\($0.step) → \($0.option). «\($0.label)»" },
                hasUnusedOptions: coverage.options.contains { $0.calls == 0 },
                stepRows: coverage.steps.map { StepRow(number: $0.number, step: $0.step, kind: Self.kindLabel($0.kind), calls: $0.calls, shown: $0.shown, unused: $0.calls == 0) })
        }
        gaps = report.gaps.map { group in
            GapRow(count: group.count, words: group.words.joined(separator: " · "), example: group.example,
                   places: group.places.map { "\($0.script)/\($0.step) (\($0.count))" }.joined(separator: ", "),
                   references: group.references.joined(separator: ", "))
        }
        escalationRules = report.escalations.byRule.map { EscalationRow(rule: $0.rule, total: $0.total, available: $0.available, unavailable: $0.unavailable) }
        fallbacksForUnavailable = report.escalations.fallbacksForUnavailable
        let c = report.compliance
        compliance = [
            ComplianceRow(label: "Личные данные до согласия на обработку", count: c.consentSkipped.count, ok: c.consentSkipped.isEmpty, references: Self.references(c.consentSkipped.map(\.reference))),
            ComplianceRow(label: "Заказ изменён при звонке-подтверждении", count: c.changedAtConfirmation.count, ok: c.changedAtConfirmation.isEmpty,
                          references: Self.references(c.changedAtConfirmation.map { "\($0.reference) (заказ \($0.orderReference ?? "?"))" })),
            ComplianceRow(label: "Звонок брошен без итога", count: c.abandoned.count, ok: c.abandoned.isEmpty, references: Self.references(c.abandoned.map { "\($0.reference) (\($0.operatorName))" })),
        ]
        stepTimes = c.stepTimes.map { StepTimeRow(operatorName: $0.operatorName, steps: $0.steps, median: Self.seconds($0.medianSeconds), p90: Self.seconds($0.p90Seconds)) }
        let k = report.confirmations
        confirmation = [
            Figure(label: "Заказов с подтверждением", value: "\(k.orders)"),
            Figure(label: "Звонков-подтверждений", value: "\(k.attempts)"),
            Figure(label: "Без ответа", value: "\(k.unanswered)"),
            Figure(label: "Отменено автоматически", value: "\(k.autoCancelled)"),
        ]
        attemptsRows = k.ordersByAttempts.map { Figure(label: "\($0.attempts)", value: "\($0.orders)") }
        let m = report.mail
        mail = [
            Figure(label: "Писем", value: "\(m.total)"),
            Figure(label: "Отправлено", value: "\(m.sent)"),
            Figure(label: "В очереди", value: "\(m.queued + m.sending)"),
            Figure(label: "Не доставлено", value: "\(m.failed)"),
            Figure(label: "Возможно, пришли дважды", value: "\(m.possiblyDuplicated)"),
        ]
        uncertainMail = m.uncertain.map { item in
            UncertainMailRow(
                reference: item.reference, kindName: Self.mailKindLabel(item.kind),
                doubt: item.state == .sent ? "отправлено; возможно, пришло дважды" : "могло дойти; \(Self.stateLabel(item.state))",
                lostReplies: item.uncertainHandOvers)
        }
        hasUncertainMail = !m.uncertain.isEmpty
    }
}
