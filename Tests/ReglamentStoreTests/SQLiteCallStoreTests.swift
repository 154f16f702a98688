import Foundation
import ReglamentRun
@testable import ReglamentStore
import ReglamentTestSupport
import Testing

/// What only an SQLite file shows (the conformance suites run on it in `StoreConformanceTests`).
struct SQLiteCallStoreTests {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reglament-store-\(UUID().uuidString)/calls.sqlite").path
    var conformance: CallStoreConformance {
        let path = self.path
        return CallStoreConformance { try SQLiteCallStore(path: path) }
    }

    /// A database written by the previous release (messages with their own delivery state) opens and gains the outbox.
    @Test func aVersionOneDatabaseIsMigrated() async throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let old = try ExternalTool.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.executescript(\"\"\"
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1-calls');
                CREATE TABLE calls (id INTEGER PRIMARY KEY, shop TEXT NOT NULL, reference TEXT NOT NULL, version TEXT NOT NULL,
                    script TEXT NOT NULL, operator_name TEXT NOT NULL, direction TEXT NOT NULL, started_at REAL NOT NULL,
                    ended_at REAL, outcome TEXT, order_reference TEXT, UNIQUE (shop, reference));
                CREATE TABLE call_events (call_id INTEGER NOT NULL, sequence INTEGER NOT NULL, at REAL NOT NULL, kind TEXT NOT NULL,
                    payload TEXT NOT NULL, PRIMARY KEY (call_id, sequence));
                CREATE TABLE reference_counters (shop TEXT NOT NULL, day TEXT NOT NULL, last INTEGER NOT NULL, PRIMARY KEY (shop, day));
                CREATE TABLE orders (shop TEXT NOT NULL, reference TEXT NOT NULL, fields TEXT NOT NULL, created_at REAL NOT NULL,
                    status TEXT NOT NULL, PRIMARY KEY (shop, reference));
                CREATE TABLE messages (id INTEGER PRIMARY KEY, shop TEXT NOT NULL, reference TEXT NOT NULL, rule TEXT,
                    recipient TEXT NOT NULL, content TEXT NOT NULL, created_at REAL NOT NULL, state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0, last_reply TEXT, next_attempt_at REAL, UNIQUE (shop, reference));
                CREATE INDEX messages_by_state ON messages (state, next_attempt_at);
                CREATE TABLE confirmation_attempts (id INTEGER PRIMARY KEY, shop TEXT NOT NULL, order_reference TEXT NOT NULL,
                    call_reference TEXT, at REAL NOT NULL, result TEXT NOT NULL);
                INSERT INTO messages (shop, reference, rule, recipient, content, created_at, state)
                    VALUES ('uyut', 'UYUT-1122-001', 'night', 'owner@uyut.example', '{"question":"Когда?"}', 1795000000, 'queued');
            \"\"\")
            db.commit()
            """, arguments: [path])
        #expect(old.status == 0, "\(old.output)")
        let store = try SQLiteCallStore(path: path)
        #expect(try await store.message("UYUT-1122-001", shop: "uyut")?.content == ["question": "Когда?"], "old messages are kept")
        #expect(try await conformance.queuedMail(in: store).state == .queued, "the outbox works")
    }

    @Test func everyEventIsOnDiskInWALWithFullSync() throws {
        let settings = try SQLiteCallStore(path: path).settings()
        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == 2)
    }

    @Test func aSecondStoreOnTheFileSeesCommittedEvents() async throws {
        let writer = try SQLiteCallStore(path: path)
        let call = try await conformance.begin(writer)
        try await writer.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "greeting")), toCall: call.reference, shop: call.shop)
        let reader = try SQLiteCallStore(path: path)
        #expect(try await reader.events(ofCall: call.reference, shop: call.shop).count == 1)
    }

    /// A text file and bytes that are no database: refused with the file's
    /// name and what to do, and left exactly as they were.
    @Test(arguments: [Data("это не база данных, а текст\n".utf8), Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })])
    func aFileThatIsNotADatabaseIsRefused(content: Data) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try content.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try SQLiteCallStore(path: path)
        } throws: { error in
            guard case StoreError.damaged(let named, _) = error else { return false }
            return named == path && "\(error)".contains("'\(path)': it is not an SQLite database") && "\(error)".contains(".recover")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content, "left as it was")
    }

    /// A call log with pages in the middle overwritten: refused when it is
    /// opened, before a call is taken on it.
    @Test func aDamagedFileIsRefusedWhenOpened() async throws {
        try await record(calls: 40, in: try SQLiteCallStore(path: path))
        try DamagedDatabase.damage(path)
        #expect {
            _ = try SQLiteCallStore(path: path)
        } throws: { error in
            guard case StoreError.damaged(let named, _) = error else { return false }
            return named == path && "\(error)".contains("it is damaged") && "\(error)".contains(".recover")
        }
    }

    /// The check is bounded in time: cut short, it lets a file through
    /// (damage there is met later, by name); with time, it finds the damage.
    @Test func theCheckStopsAtItsTimeLimit() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let made = try ExternalTool.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            db.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)")
            db.executemany("INSERT INTO filler (body) VALUES (randomblob(400))", ([] for _ in range(100000)))
            db.commit()
            """, arguments: [path])
        #expect(made.status == 0, "\(made.output)")
        // Near the start: SQLite's check walks a table from its last pages to its first, so it meets this damage last.
        try DamagedDatabase.damage(path, at: 0.02)
        let whole = Date()
        #expect(throws: StoreError.self) { try IntegrityCheck.run(path: path, limit: .seconds(60)) }
        let wholeSeconds = Date().timeIntervalSince(whole)
        let started = Date()
        do {
            try IntegrityCheck.run(path: path, limit: .milliseconds(1))
        } catch StoreError.damaged {
            // The cut is a timer's: on a loaded machine it may come after the
            // check met the damage. What must hold is that it stops early.
        }
        #expect(Date().timeIntervalSince(started) < max(0.5, wholeSeconds / 2), "stopped, not run to the end (the whole check took \(wholeSeconds) s)")
    }

    /// Damage that appears while the file is open is met by the next read
    /// of it: a StoreError naming the file, without the SQL that failed.
    @Test func damageMetLaterNamesTheFileNotTheSQL() async throws {
        let store = try SQLiteCallStore(path: path)
        try await record(calls: 40, in: store)
        try DamagedDatabase.damage(path)
        await #expect {
            _ = try await store.tallies(CallLogQuery(shop: "uyut"))
        } throws: { error in
            guard case StoreError.damaged(let named, _) = error else { return false }
            let text = "\(error)"
            return named == path && !text.contains("SELECT") && !text.contains("while executing")
        }
    }

    /// Another process holds the write lock past the wait: a clear error
    /// naming the file, after the wait and not forever.
    @Test func aLockHeldPastTheWaitIsABusyErrorNamingTheFile() throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let holder = try ChildProcess("python3", ["-c", """
            import sqlite3, sys, time
            db = sqlite3.connect(sys.argv[1], isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("BEGIN EXCLUSIVE")
            print("LOCKED", flush=True)
            time.sleep(60)
            """, path])
        defer {
            holder.kill()
            _ = holder.wait(timeout: .seconds(5))
        }
        #expect(holder.stdout.wait(for: "LOCKED", seconds: 20))
        let started = Date()
        #expect {
            _ = try SQLiteCallStore(path: path, busyTimeout: 1)
        } throws: { error in
            (error as? StoreError) == .busy(path: path, seconds: 1) && "\(error)".contains("'\(path)'")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    /// Calls with notes enough to fill some dozens of pages.
    func record(calls: Int, in store: SQLiteCallStore) async throws {
        for _ in 0..<calls {
            let call = try await conformance.begin(store)
            let events = (1...20).map { CallEvent(sequence: $0, at: conformance.noon, kind: .note(step: "question", text: String(repeating: "заметка ", count: 25))) }
            try await store.append(events, toCall: call.reference, shop: call.shop)
        }
    }

    @Test func eventsCannotBeRewritten() async throws {
        let store = try SQLiteCallStore(path: path)
        let call = try await conformance.begin(store)
        try await store.append(CallEvent(sequence: 1, at: Date(), kind: .shown(step: "greeting")), toCall: call.reference, shop: call.shop)
        let sqlite = try ExternalTool.python("""
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            for statement in ["UPDATE call_events SET payload = '{}'", "DELETE FROM call_events"]:
                try:
                    db.execute(statement); db.commit(); print("allowed:", statement); sys.exit(1)
                except sqlite3.DatabaseError as error:
                    assert "append-only" in str(error), error
            """, arguments: [path])
        #expect(sqlite.status == 0, "\(sqlite.output)")
    }
}
