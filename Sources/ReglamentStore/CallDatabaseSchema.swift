import GRDB

/// The call database's tables, as named migrations: a database made by an
/// older reglament is brought up to date when it is opened.
///
/// The applied names are kept in `grdb_migrations`, the table GRDB's
/// migrator kept them in before, so every older file reads the same. All of
/// them are applied in one exclusive transaction that reads what is applied
/// inside the lock: runners started together on a new file take turns, and
/// the second finds the work done (GRDB's migrator read the list before
/// taking the lock, and the second runner repeated a migration).
enum CallDatabaseSchema {
    struct Migration: Sendable {
        let name: String
        let apply: @Sendable (Database) throws -> Void
    }

    /// Brings `database` up to date; waits for another process's migration
    /// as long as the connection's busy timeout, then throws SQLITE_BUSY.
    static func migrate(_ database: DatabasePool) throws {
        let names = migrations.map(\.name)
        // The usual case, a file already up to date, takes no write lock.
        if try database.read({ db in try applied(db) }) == Set(names) { return }
        try database.writeWithoutTransaction { db in
            try db.inTransaction(.exclusive) {
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                let done = try applied(db)
                for migration in migrations where !done.contains(migration.name) {
                    try migration.apply(db)
                    try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [migration.name])
                }
                return .commit
            }
        }
    }

    private static func applied(_ db: Database) throws -> Set<String> {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
    }

    static let migrations: [Migration] = [
        Migration(name: "v1-calls") { db in
            try db.execute(sql: """
                CREATE TABLE calls (
                    id INTEGER PRIMARY KEY,
                    shop TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    version TEXT NOT NULL,
                    script TEXT NOT NULL,
                    operator_name TEXT NOT NULL,
                    direction TEXT NOT NULL,
                    started_at REAL NOT NULL,
                    ended_at REAL,
                    outcome TEXT,
                    order_reference TEXT,
                    UNIQUE (shop, reference)
                );
                CREATE TABLE call_events (
                    call_id INTEGER NOT NULL REFERENCES calls(id),
                    sequence INTEGER NOT NULL,
                    at REAL NOT NULL,
                    kind TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    PRIMARY KEY (call_id, sequence)
                );
                -- The log is append-only: what happened in a call never changes.
                CREATE TRIGGER call_events_no_update BEFORE UPDATE ON call_events
                    BEGIN SELECT RAISE(ABORT, 'call events are append-only'); END;
                CREATE TRIGGER call_events_no_delete BEFORE DELETE ON call_events
                    BEGIN SELECT RAISE(ABORT, 'call events are append-only'); END;
                CREATE TABLE reference_counters (
                    shop TEXT NOT NULL,
                    day TEXT NOT NULL,
                    last INTEGER NOT NULL,
                    PRIMARY KEY (shop, day)
                );
                CREATE TABLE orders (
                    shop TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    fields TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    status TEXT NOT NULL,
                    PRIMARY KEY (shop, reference)
                );
                CREATE TABLE messages (
                    id INTEGER PRIMARY KEY,
                    shop TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    rule TEXT,
                    recipient TEXT NOT NULL,
                    content TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_reply TEXT,
                    next_attempt_at REAL,
                    UNIQUE (shop, reference)
                );
                CREATE INDEX messages_by_state ON messages (state, next_attempt_at);
                CREATE TABLE confirmation_attempts (
                    id INTEGER PRIMARY KEY,
                    shop TEXT NOT NULL,
                    order_reference TEXT NOT NULL,
                    call_reference TEXT,
                    at REAL NOT NULL,
                    result TEXT NOT NULL
                );
                CREATE INDEX attempts_by_order ON confirmation_attempts (shop, order_reference, at);
                """)
        },
        Migration(name: "v2-outbox") { db in
            // Delivery state moves from the message record to the outbox,
            // which carries orders' mails too.
            try db.execute(sql: """
                DROP INDEX messages_by_state;
                ALTER TABLE messages DROP COLUMN state;
                ALTER TABLE messages DROP COLUMN attempts;
                ALTER TABLE messages DROP COLUMN last_reply;
                ALTER TABLE messages DROP COLUMN next_attempt_at;
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY,
                    shop TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    message_id TEXT NOT NULL UNIQUE,
                    sender TEXT NOT NULL,
                    recipients TEXT NOT NULL,
                    raw BLOB NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_reply TEXT,
                    created_at REAL NOT NULL,
                    next_attempt_at REAL NOT NULL,
                    lease_until REAL,
                    handed_over_at REAL,
                    sent_at REAL,
                    UNIQUE (shop, reference, kind)
                );
                CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
                """)
        },
        // The audit picks a shop's calls of a period. (Its pass over the events
        // reads the table in its own order: an index on the events would only
        // slow every step a runner commits.)
        Migration(name: "v3-audit-indexes") { db in
            try db.execute(sql: "CREATE INDEX IF NOT EXISTS calls_by_shop_start ON calls (shop, started_at)")
        },
        // Each item's product classes, kept apart from the text read back to the client.
        Migration(name: "v4-order-item-classes") { db in
            try db.execute(sql: "ALTER TABLE orders ADD COLUMN item_classes TEXT NOT NULL DEFAULT '{}'")
        },
        // Hand-overs whose reply was lost: the mail is sent again, and may
        // have been delivered twice. The earlier rule left such a mail failed
        // for a person to check; it may have arrived too, and is counted.
        Migration(name: "v5-outbox-uncertain-handovers") { db in
            try db.execute(sql: """
                ALTER TABLE outbox ADD COLUMN uncertain_handovers INTEGER NOT NULL DEFAULT 0;
                UPDATE outbox SET uncertain_handovers = 1
                WHERE state = 'failed' AND last_reply LIKE 'interrupted after the message was handed to the server%';
                """)
        },
        // People who log in and the shops granted to them (the web workspace's,
        // in the call database so that every server over it knows them).
        Migration(name: "v6-users") { db in
            try db.execute(sql: """
                CREATE TABLE users (
                    name TEXT PRIMARY KEY,
                    role TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE TABLE user_grants (
                    user TEXT NOT NULL REFERENCES users (name) ON DELETE CASCADE,
                    shop TEXT NOT NULL,
                    PRIMARY KEY (user, shop)
                );
                """)
        },
        // The web workspace: sessions (only the hash of a cookie's id), who
        // drives a call, the owner's "dealt with" marks on messages, and the
        // name an operator gives clients.
        Migration(name: "v7-web-workspace") { db in
            try db.execute(sql: """
                CREATE TABLE web_sessions (
                    id_hash TEXT PRIMARY KEY,
                    user TEXT NOT NULL,
                    csrf TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    last_seen_at REAL NOT NULL
                );
                CREATE INDEX web_sessions_by_user ON web_sessions (user);
                CREATE TABLE call_drivers (
                    shop TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    user TEXT NOT NULL,
                    since REAL NOT NULL,
                    PRIMARY KEY (shop, reference)
                );
                CREATE TABLE message_follow_ups (
                    shop TEXT NOT NULL,
                    reference TEXT NOT NULL,
                    user TEXT NOT NULL,
                    note TEXT NOT NULL,
                    at REAL NOT NULL,
                    PRIMARY KEY (shop, reference)
                );
                CREATE INDEX calls_open ON calls (shop, ended_at);
                ALTER TABLE users ADD COLUMN spoken_name TEXT;
                """)
        },
        // The telephone system's screen pops and the tokens it sends them with (only their hashes).
        Migration(name: "v8-screen-pops") { db in
            try db.execute(sql: """
                CREATE TABLE api_tokens (
                    id TEXT PRIMARY KEY,
                    label TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    revoked_at REAL
                );
                CREATE TABLE screen_pops (
                    id TEXT PRIMARY KEY,
                    shop TEXT NOT NULL,
                    caller TEXT NOT NULL,
                    dialed TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    call_reference TEXT
                );
                CREATE INDEX screen_pops_by_call ON screen_pops (shop, call_reference);
                """)
        },
        Migration(name: "v9-interface-language") { db in
            // NULL: the language of the shop's regulation.
            try db.execute(sql: "ALTER TABLE users ADD COLUMN language TEXT")
        },
    ]
}
