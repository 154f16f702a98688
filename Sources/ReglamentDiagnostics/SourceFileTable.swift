import Synchronization

public struct SourceFileID: Hashable, Sendable, BitwiseCopyable {
    let index: UInt32
}

/// The names of the files locations point into, each stored once for the
/// life of the process (a process reads a handful of regulation files).
public enum SourceFileTable {
    private struct Table {
        var names: [String] = []
        var ids: [String: SourceFileID] = [:]
    }

    private static let table = Mutex(Table())

    public static func id(for name: String) -> SourceFileID {
        table.withLock { table in
            if let id = table.ids[name] { return id }
            let id = SourceFileID(index: UInt32(table.names.count))
            table.names.append(name)
            table.ids[name] = id
            return id
        }
    }

    public static func name(of id: SourceFileID) -> String {
        table.withLock { $0.names[Int(id.index)] }
    }
}
