-- The quiz server's tables (docs/quiz.md), written to run unchanged on SQLite and
-- PostgreSQL: ids are random text, times Unix milliseconds, flags 0/1 as BIGINT.
CREATE TABLE quiz_trainers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    -- SHA-256 of the trainer's token, hex: the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    created_ms BIGINT NOT NULL
);
CREATE TABLE quiz_programmes (
    id TEXT PRIMARY KEY,
    trainer_id TEXT NOT NULL REFERENCES quiz_trainers (id),
    name TEXT NOT NULL,
    invite_code TEXT NOT NULL UNIQUE,
    question_seconds BIGINT NOT NULL,
    forfeit_days BIGINT NOT NULL,
    created_ms BIGINT NOT NULL
);
CREATE TABLE quiz_participants (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES quiz_programmes (id),
    name TEXT NOT NULL,
    team TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    lang TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    -- When the participant last looked at their duels: newer results are shown as new.
    seen_ms BIGINT NOT NULL
);
CREATE INDEX quiz_participants_programme ON quiz_participants (programme_id);
-- A programme's own questions: question files as the trainer uploaded them (validated).
CREATE TABLE quiz_question_files (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES quiz_programmes (id),
    name TEXT NOT NULL,
    body TEXT NOT NULL,
    created_ms BIGINT NOT NULL
);
CREATE TABLE quiz_duels (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES quiz_programmes (id),
    player_a TEXT NOT NULL REFERENCES quiz_participants (id),
    player_b TEXT NOT NULL REFERENCES quiz_participants (id),
    seed BIGINT NOT NULL,
    -- open, finished or forfeit.
    status TEXT NOT NULL,
    -- The participant who let the deadline pass ('' when none).
    forfeit_by TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    updated_ms BIGINT NOT NULL,
    -- Who made the last move ('' for the server: a forfeit), so that only the other player
    -- is told of it.
    moved_by TEXT NOT NULL
);
CREATE INDEX quiz_duels_a ON quiz_duels (player_a);
CREATE INDEX quiz_duels_b ON quiz_duels (player_b);
CREATE TABLE quiz_rounds (
    duel_id TEXT NOT NULL REFERENCES quiz_duels (id),
    round BIGINT NOT NULL,
    topic TEXT NOT NULL,
    -- The round's three question ids, separated by spaces.
    questions TEXT NOT NULL,
    picked_ms BIGINT NOT NULL,
    PRIMARY KEY (duel_id, round)
);
-- A question put to a participant: when, until when, and in which order its options showed.
CREATE TABLE quiz_asked (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES quiz_participants (id),
    programme_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    -- The duel ('' for solo practice), its round and the question's slot in it.
    duel_id TEXT NOT NULL,
    round BIGINT NOT NULL,
    slot BIGINT NOT NULL,
    -- The original option shown at each place, e.g. '2 0 3 1'.
    shuffle TEXT NOT NULL,
    served_ms BIGINT NOT NULL,
    deadline_ms BIGINT NOT NULL,
    UNIQUE (participant_id, duel_id, round, slot)
);
CREATE TABLE quiz_answers (
    asked_id TEXT PRIMARY KEY REFERENCES quiz_asked (id),
    participant_id TEXT NOT NULL,
    programme_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    duel_id TEXT NOT NULL,
    round BIGINT NOT NULL,
    -- The original option chosen (0 to 3), -1 when the time ran out without an answer.
    chosen BIGINT NOT NULL,
    correct BIGINT NOT NULL,
    late BIGINT NOT NULL,
    answered_ms BIGINT NOT NULL
);
CREATE INDEX quiz_answers_programme ON quiz_answers (programme_id);
CREATE INDEX quiz_answers_participant ON quiz_answers (participant_id);
CREATE INDEX quiz_answers_duel ON quiz_answers (duel_id);
-- Solo practice: a Leitner box per question a participant has met, and when it is due again.
CREATE TABLE quiz_practice (
    participant_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    box BIGINT NOT NULL,
    due_ms BIGINT NOT NULL,
    PRIMARY KEY (participant_id, question_id)
);
CREATE TABLE quiz_reports (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    -- wrong or unclear.
    reason TEXT NOT NULL,
    body TEXT NOT NULL,
    -- open or done.
    status TEXT NOT NULL,
    note TEXT NOT NULL,
    created_ms BIGINT NOT NULL
);
CREATE INDEX quiz_reports_programme ON quiz_reports (programme_id);
