import Foundation

/// Real damage to a real SQLite file, done by Python's sqlite3 from outside
/// the process under test: the WAL is copied back into the file, then
/// pages in the middle are overwritten with random bytes, and SQLite's
/// own check confirms the file is damaged.
public enum DamagedDatabase {
    public struct NotDamaged: Error, CustomStringConvertible {
        public let output: String
        public var description: String { "the file could not be damaged as the test needs: \(output)" }
    }

    /// Overwrites `pages` pages from `at` (a share of the file: 0.5 is its middle).
    public static func damage(_ path: String, pages: Int = 4, at share: Double = 0.5) throws {
        let result = try ExternalTool.python("""
            import random, sqlite3, sys
            path, count, share = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
            db = sqlite3.connect(path)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            total = db.execute("PRAGMA page_count").fetchone()[0]
            size = db.execute("PRAGMA page_size").fetchone()[0]
            db.close()
            first = max(2, int(total * share))
            if first + count > total:
                print("only", total, "pages"); sys.exit(1)
            noise = random.Random(7)
            with open(path, "r+b") as file:
                for page in range(first, first + count):
                    file.seek(page * size)
                    file.write(bytes(noise.getrandbits(8) for _ in range(size)))
            try:
                found = [row[0] for row in sqlite3.connect(path).execute("PRAGMA quick_check").fetchall()]
            except sqlite3.DatabaseError as error:
                found = [str(error)]
            print(found)
            sys.exit(1 if found == ["ok"] else 0)
            """, arguments: [path, String(pages), String(share)])
        guard result.status == 0 else { throw NotDamaged(output: result.output) }
    }
}
