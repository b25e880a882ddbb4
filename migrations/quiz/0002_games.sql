-- The workshop games linked to a programme: one team's figures of its last year, computed
-- from its practice file when the trainer added it (JSON of quiz::game::TeamGame).
CREATE TABLE quiz_games (
    programme_id TEXT NOT NULL REFERENCES quiz_programmes (id),
    team TEXT NOT NULL,
    game TEXT NOT NULL,
    created_ms BIGINT NOT NULL,
    PRIMARY KEY (programme_id, team)
);
