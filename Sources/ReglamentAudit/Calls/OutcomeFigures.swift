import ReglamentModel
import ReglamentRun

/// How calls ended: orders, messages, transfers, closed, and calls still
/// open (abandoned or in progress).
public struct OutcomeCounts: Sendable, Equatable, Codable {
    public var order = 0
    public var message = 0
    public var transfer = 0
    public var closed = 0
    public var open = 0

    public init() {}

    public var total: Int { order + message + transfer + closed + open }

    mutating func add(_ outcome: Outcome?, _ count: Int) {
        self[outcome] += count
    }

    /// The count for calls that ended in `outcome`; nil counts the calls still open.
    subscript(outcome: Outcome?) -> Int {
        get {
            switch outcome {
            case .order: order
            case .message: message
            case .transfer: transfer
            case .closed: closed
            case nil: open
            }
        }
        set {
            switch outcome {
            case .order: order = newValue
            case .message: message = newValue
            case .transfer: transfer = newValue
            case .closed: closed = newValue
            case nil: open = newValue
            }
        }
    }

    enum CodingKeys: String, CodingKey { case order, message, transfer, closed, open, total }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        order = try container.decode(Int.self, forKey: .order)
        message = try container.decode(Int.self, forKey: .message)
        transfer = try container.decode(Int.self, forKey: .transfer)
        closed = try container.decode(Int.self, forKey: .closed)
        open = try container.decode(Int.self, forKey: .open)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(order, forKey: .order)
        try container.encode(message, forKey: .message)
        try container.encode(transfer, forKey: .transfer)
        try container.encode(closed, forKey: .closed)
        try container.encode(open, forKey: .open)
        try container.encode(total, forKey: .total)
    }
}

/// Outcomes in all, per day (the shop's) and per regulation version, and
/// how warm transfers went.
public struct OutcomeFigures: Sendable, Equatable, Codable {
    public struct Day: Sendable, Equatable, Codable {
        public var day: String
        public var outcomes: OutcomeCounts
    }

    public struct Version: Sendable, Equatable, Codable {
        public var version: String
        public var outcomes: OutcomeCounts
    }

    /// One escalation rule's transfers: picked up, not picked up (its
    /// fallback followed), and not tried because the contact was outside
    /// their hours (the fallback followed at once).
    public struct Transfer: Sendable, Equatable, Codable {
        public var rule: String
        public var answered: Int
        public var notAnswered: Int
        public var unavailable: Int
    }

    public var total = OutcomeCounts()
    public var inbound = OutcomeCounts()
    public var outbound = OutcomeCounts()
    public var byDay: [Day] = []
    public var byVersion: [Version] = []
    public var transfers: [Transfer] = []

    init(_ tallies: CallLogTallies, transferRules: Set<String>) {
        var days: [String: OutcomeCounts] = [:]
        var versions: [String: OutcomeCounts] = [:]
        for row in tallies.calls {
            total.add(row.outcome, row.count)
            if row.direction == .outbound { outbound.add(row.outcome, row.count) } else { inbound.add(row.outcome, row.count) }
            days[row.day, default: OutcomeCounts()].add(row.outcome, row.count)
            versions[row.version, default: OutcomeCounts()].add(row.outcome, row.count)
        }
        byDay = days.sorted { $0.key < $1.key }.map { Day(day: $0.key, outcomes: $0.value) }
        byVersion = versions.sorted { $0.key < $1.key }.map { Version(version: $0.key, outcomes: $0.value) }
        var transfers: [String: Transfer] = [:]
        for row in tallies.transfers {
            var transfer = transfers[row.rule] ?? Transfer(rule: row.rule, answered: 0, notAnswered: 0, unavailable: 0)
            if row.answered { transfer.answered += row.count } else { transfer.notAnswered += row.count }
            transfers[row.rule] = transfer
        }
        for row in tallies.escalations where !row.available && transferRules.contains(row.rule) {
            transfers[row.rule, default: Transfer(rule: row.rule, answered: 0, notAnswered: 0, unavailable: 0)].unavailable += row.count
        }
        self.transfers = transfers.values.sorted { $0.rule < $1.rule }
    }
}
