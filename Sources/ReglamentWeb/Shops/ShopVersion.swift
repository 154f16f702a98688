import Foundation
import ReglamentCompile
import ReglamentDiagnostics
import ReglamentModel
import ReglamentRun

/// One compiled version of a shop's regulation, ready to take calls: the
/// runner over the shared store, the FAQ index and the handbook. A call
/// keeps the version it began on, so a version stays while the server runs.
public struct ShopVersion: Sendable {
    public let compiled: CompiledRegulation
    public let regulation: Regulation
    /// Warnings and notes `check` gave (a version with errors is never built).
    public let diagnostics: [Diagnostic]
    public let runner: CallRunner
    public let faq: FAQSearch
    public let loadedAt: Date

    public var id: String { compiled.version }
}

/// A shop in the regulations folder: the version it serves, and the
/// problems of its newest files when they do not compile.
public struct ServedShop: Sendable {
    /// The shop's id (`shop.id`), or the folder's name when the regulation cannot be read that far.
    public let id: String
    public let folder: URL
    /// What new calls run on; nil while the shop's regulation has never compiled.
    public var live: ShopVersion?
    /// `check`'s report of the newest files when they have errors: not served, shown to the owner and the admin.
    public var problems: String?

    public var name: String { live?.compiled.shop.name ?? id }
}
