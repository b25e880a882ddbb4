-- The workshop's journal: every accepted submission and trainer action, in order. The
-- workshop's state is a replay of these rows; nothing else is stored.
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Unix time in milliseconds when the host accepted the event (shown, never simulated).
    at_ms INTEGER NOT NULL,
    -- The event as JSON (workshop::journal::Event).
    event TEXT NOT NULL
);
