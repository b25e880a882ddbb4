//! Playing: duels (topics picked, questions served with a deadline, answers stored), solo
//! practice with spaced repetition, and reports of questions. Every change takes the store's
//! write lock and one transaction; every decision (whose move, late or not) is made inside
//! it from what is stored, with the time passed in so that tests can move the clock.

use serde::Serialize;

use super::bank::{Bank, Question, Topic};
use super::duel::{self, Move, Progress, Seat};
use super::generate::{self, Template};
use super::store::{Participant, Programme, Store, new_id};
use crate::model::format::Locale;
use crate::sim::rng::Rng;

/// Milliseconds an answer may arrive after its deadline and still count (the network).
pub const GRACE_MS: i64 = 2_000;
/// A day in milliseconds.
const DAY_MS: i64 = 86_400_000;
/// When a practice question comes back, by Leitner box: a miss after ten minutes, then
/// after one, three, seven and 21 days.
const BOX_DELAYS_MS: [i64; 5] = [600_000, DAY_MS, 3 * DAY_MS, 7 * DAY_MS, 21 * DAY_MS];

/// Why a request was refused; the server turns it into a 4xx.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No such duel, question or report for this participant (or trainer).
    #[error("not found")]
    NotFound,
    /// It is not this participant's move, or not this move.
    #[error("not your move: {0}")]
    NotYourMove(&'static str),
    /// The request contradicts the rules.
    #[error("{0}")]
    Invalid(String),
}

/// A refusal, or the database failing.
#[derive(Debug, thiserror::Error)]
pub enum PlayError {
    /// The request was refused; nothing changed.
    #[error(transparent)]
    Refused(#[from] Refusal),
    /// The database failed; nothing was acknowledged.
    #[error(transparent)]
    Store(#[from] anyhow::Error),
}

impl From<sqlx::Error> for PlayError {
    fn from(e: sqlx::Error) -> PlayError {
        PlayError::Store(e.into())
    }
}

type Result<T> = std::result::Result<T, PlayError>;

/// The question of `id` in `bank`, generated or written.
pub fn find(bank: &Bank, id: &str) -> Option<Question> {
    if generate::is_generated(id) { generate::question(id) } else { bank.get(id).cloned() }
}

/// The bank of a programme: the shipped questions and the programme's own files.
pub fn programme_bank(shipped: &Bank, files: &[(String, String)]) -> Bank {
    let mut bank = shipped.clone();
    for (name, text) in files {
        // Checked when uploaded; a question whose id a later shipped file took is left out
        // (the shipped one wins), the file's others stay.
        if let Ok(questions) = super::bank::parse_questions(text, Some(std::path::Path::new(name)), &[]) {
            for question in questions {
                if bank.get(&question.id).is_none() {
                    bank.questions.push(question);
                }
            }
        }
    }
    bank
}

/// A question as put to a participant: its options in the order they see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Served {
    /// The id to answer with.
    pub asked_id: String,
    /// The question's id (for reports).
    pub question_id: String,
    /// Its topic key.
    pub topic: String,
    /// Its topic in the participant's language.
    pub topic_name: String,
    /// The question in the participant's language.
    pub question: String,
    /// The four options in the order shown.
    pub options: Vec<String>,
    /// The deadline (Unix milliseconds) set by the server.
    pub deadline_ms: i64,
    /// Seconds left when served.
    pub seconds_left: i64,
    /// The duel ('' in practice), its round and the question's slot.
    pub duel_id: String,
    /// The round (1-based; in practice the count of practice questions so far).
    pub round: i64,
    /// The question's place in the round (0-based).
    pub slot: i64,
}

/// What an answer earned, with the explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Answered {
    /// The question put.
    pub asked_id: String,
    /// Its id.
    pub question_id: String,
    /// The place chosen (as shown), `None` when the time ran out.
    pub chosen: Option<usize>,
    /// The place of the correct option (as shown).
    pub correct_option: usize,
    /// True when right and in time.
    pub correct: bool,
    /// True when the answer came after the deadline (it counts as wrong).
    pub late: bool,
    /// The question and options as shown, for the result page.
    pub question: String,
    /// The options as shown.
    pub options: Vec<String>,
    /// Why the answer is right.
    pub explanation: String,
    /// The glossary key behind the question.
    pub glossary: String,
    /// The duel ('' in practice).
    pub duel_id: String,
}

/// A stored question put to a participant.
#[derive(Clone, Debug, sqlx::FromRow)]
struct Asked {
    id: String,
    participant_id: String,
    question_id: String,
    duel_id: String,
    round: i64,
    slot: i64,
    shuffle: String,
    deadline_ms: i64,
}

const ASKED: &str =
    "SELECT id, participant_id, question_id, duel_id, round, slot, shuffle, deadline_ms FROM quiz_asked";

impl Asked {
    /// The original option shown at each place.
    fn order(&self) -> Vec<usize> {
        let order: Vec<usize> = self.shuffle.split(' ').filter_map(|s| s.parse().ok()).collect();
        if order.len() == super::bank::OPTIONS { order } else { (0..super::bank::OPTIONS).collect() }
    }

    fn served(&self, question: &Question, lang: Locale, now: i64) -> Served {
        let text = question.text(lang);
        Served {
            asked_id: self.id.clone(),
            question_id: self.question_id.clone(),
            topic: question.topic.key().to_string(),
            topic_name: question.topic.name(lang),
            question: text.question.clone(),
            options: self.order().iter().filter_map(|i| text.options.get(*i).cloned()).collect(),
            deadline_ms: self.deadline_ms,
            seconds_left: ((self.deadline_ms - now) / 1000).max(0),
            duel_id: self.duel_id.clone(),
            round: self.round,
            slot: self.slot,
        }
    }
}

/// The participant's language.
pub fn locale(participant: &Participant) -> Locale {
    if participant.lang == "en" { Locale::En } else { Locale::De }
}

/// A duel as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DuelRow {
    /// Random id.
    pub id: String,
    /// Its programme.
    pub programme_id: String,
    /// The challenger (seat A).
    pub player_a: String,
    /// The challenged (seat B).
    pub player_b: String,
    /// The seed of the offered topics and the questions.
    #[serde(skip)]
    pub seed: i64,
    /// open, finished or forfeit.
    pub status: String,
    /// Who forfeited ('' when none).
    pub forfeit_by: String,
    /// Last move (Unix milliseconds).
    pub updated_ms: i64,
    /// Who made it ('' for a forfeit).
    #[serde(skip)]
    pub moved_by: String,
}

const DUEL: &str =
    "SELECT id, programme_id, player_a, player_b, seed, status, forfeit_by, updated_ms, moved_by FROM quiz_duels";

/// One round as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
struct RoundRow {
    round: i64,
    topic: String,
    questions: String,
}

/// One answer as stored.
#[derive(Clone, Debug, sqlx::FromRow)]
struct AnswerRow {
    participant_id: String,
    round: i64,
    slot: i64,
    correct: i64,
}

/// A duel as one of its players sees it.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct DuelView {
    /// The duel.
    pub id: String,
    /// The viewer's seat.
    pub seat: Seat,
    /// The opponent's name.
    pub opponent: String,
    /// open, finished or forfeit.
    pub status: String,
    /// The next move.
    pub next: Move,
    /// True when the next move is the viewer's.
    pub my_move: bool,
    /// The topics offered when the viewer must pick (keys and names).
    pub offered: Vec<(String, String)>,
    /// The viewer's correct answers.
    pub my_score: u32,
    /// The opponent's correct answers in the rounds the viewer may see.
    pub their_score: u32,
    /// Won, lost or draw once over.
    pub outcome: Option<duel::Outcome>,
    /// Every round picked: topic, and per question the viewer's and (when visible) the
    /// opponent's result.
    pub rounds: Vec<RoundView>,
    /// Last move (Unix milliseconds).
    pub updated_ms: i64,
    /// True when it changed since the viewer last looked.
    pub new: bool,
}

/// One round of a duel as a player sees it.
#[derive(Clone, Debug, Serialize, serde::Deserialize)]
pub struct RoundView {
    /// 1-based.
    pub round: i64,
    /// The topic's name in the viewer's language.
    pub topic: String,
    /// Per question: the viewer's result (`None` while not answered).
    pub mine: Vec<Option<bool>>,
    /// Per question: the opponent's result, `None` while not answered or not yet visible.
    pub theirs: Vec<Option<bool>>,
    /// The ids of the questions the viewer has answered ('' for the others), for the
    /// explanations.
    pub questions: Vec<String>,
}

/// A duel with its rounds and answers, loaded together.
struct Loaded {
    row: DuelRow,
    rounds: Vec<RoundRow>,
    answers: Vec<AnswerRow>,
}

impl Loaded {
    fn seat_of(&self, participant: &str) -> Option<Seat> {
        if self.row.player_a == participant {
            Some(Seat::A)
        } else if self.row.player_b == participant {
            Some(Seat::B)
        } else {
            None
        }
    }

    fn player(&self, seat: Seat) -> &str {
        match seat {
            Seat::A => &self.row.player_a,
            Seat::B => &self.row.player_b,
        }
    }

    fn progress(&self) -> Progress {
        let topics = self.rounds.iter().filter_map(|r| Topic::from_key(&r.topic)).collect();
        let count = |seat: Seat| -> Vec<u32> {
            (1..=duel::ROUNDS)
                .map(|round| {
                    let n = self
                        .answers
                        .iter()
                        .filter(|a| a.participant_id == self.player(seat) && a.round == i64::from(round))
                        .count();
                    u32::try_from(n).unwrap_or(0)
                })
                .collect()
        };
        Progress { topics, answered_a: count(Seat::A), answered_b: count(Seat::B) }
    }

    fn correct(&self, seat: Seat, visible: impl Fn(i64) -> bool) -> u32 {
        let n = self
            .answers
            .iter()
            .filter(|a| a.participant_id == self.player(seat) && a.correct == 1 && visible(a.round))
            .count();
        u32::try_from(n).unwrap_or(0)
    }

    fn view(&self, viewer: &Participant, opponent: &str) -> Option<DuelView> {
        let seat = self.seat_of(&viewer.id)?;
        let lang = locale(viewer);
        let progress = self.progress();
        let next = if self.row.status == "open" { progress.next() } else { Move::Finished };
        let over = self.row.status != "open";
        let visible = |round: i64| over || progress.may_see(seat, u32::try_from(round).unwrap_or(0));
        let offered = match next {
            Move::Pick { seat: s, round } if s == seat => {
                duel::offered(self.row.seed as u64, round).iter().map(|t| (t.key().to_string(), t.name(lang))).collect()
            }
            _ => Vec::new(),
        };
        let forfeit = if self.row.forfeit_by.is_empty() { None } else { self.seat_of(&self.row.forfeit_by) };
        let (a, b) = (self.correct(Seat::A, |_| true), self.correct(Seat::B, |_| true));
        let rounds = self
            .rounds
            .iter()
            .map(|r| {
                let questions: Vec<String> = r.questions.split(' ').map(str::to_string).collect();
                let result = |player: &str, show: bool| -> Vec<Option<bool>> {
                    (0..questions.len())
                        .map(|slot| {
                            self.answers
                                .iter()
                                .find(|a| a.participant_id == player && a.round == r.round && a.slot == slot as i64)
                                .filter(|_| show)
                                .map(|a| a.correct == 1)
                        })
                        .collect()
                };
                let mine = result(self.player(seat), true);
                let theirs = result(self.player(seat.other()), visible(r.round));
                // A question's id only once the viewer has answered it: nothing ahead is shown.
                let questions = questions
                    .iter()
                    .zip(&mine)
                    .map(|(q, m)| if m.is_some() { q.clone() } else { String::new() })
                    .collect();
                RoundView {
                    round: r.round,
                    topic: Topic::from_key(&r.topic).map(|t| t.name(lang)).unwrap_or_default(),
                    mine,
                    theirs,
                    questions,
                }
            })
            .collect();
        Some(DuelView {
            id: self.row.id.clone(),
            seat,
            opponent: opponent.to_string(),
            status: self.row.status.clone(),
            next,
            my_move: next.seat() == Some(seat),
            offered,
            my_score: self.correct(seat, |_| true),
            their_score: self.correct(seat.other(), visible),
            outcome: over.then(|| duel::outcome(seat, a, b, forfeit)),
            rounds,
            updated_ms: self.row.updated_ms,
            new: self.row.updated_ms > viewer.seen_ms && self.row.moved_by != viewer.id,
        })
    }
}

/// True for a text that can be an id of the quiz (random hex, a question id): anything else
/// (control characters, a NUL that PostgreSQL refuses, a kilobyte of text) is not found
/// without asking the database.
pub fn plausible_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The 32-bit seed of a shuffle or a generated question from a random id.
fn seed_of(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}

/// A random order of the four options.
fn shuffle(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut order: Vec<usize> = (0..super::bank::OPTIONS).collect();
    for i in (1..order.len()).rev() {
        let j = usize::try_from(rng.below(i as u64 + 1)).unwrap_or(0);
        order.swap(i, j);
    }
    order.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")
}

/// Seconds to answer `question` in `programme`: calculation questions get three times.
fn seconds_for(programme: &Programme, question_id: &str) -> i64 {
    let base = programme.question_seconds.clamp(5, 600);
    if generate::is_generated(question_id) { base * 3 } else { base }
}

/// The three questions of a round on `topic`: unseen in this duel, one of them a
/// calculation when the topic has templates.
fn questions_for(bank: &Bank, topic: Topic, seed: u64, round: u32, used: &[String]) -> Vec<String> {
    let mut rng = Rng::new(seed ^ u64::from(round).wrapping_mul(0x9e37_79b9) ^ 0x7175_6573);
    let mut pool: Vec<&str> =
        bank.of(topic).map(|q| q.id.as_str()).filter(|id| !used.iter().any(|u| u == id)).collect();
    if pool.len() < 3 {
        pool = bank.of(topic).map(|q| q.id.as_str()).collect();
    }
    let templates: Vec<Template> = Template::of(topic).collect();
    let written = if templates.is_empty() { 3 } else { 2 };
    let mut chosen = Vec::new();
    while chosen.len() < written && !pool.is_empty() {
        let i = usize::try_from(rng.below(pool.len() as u64)).unwrap_or(0);
        chosen.push(pool.remove(i).to_string());
    }
    while chosen.len() < 3 {
        let template = templates.get(usize::try_from(rng.below(templates.len().max(1) as u64)).unwrap_or(0));
        let template = template.copied().unwrap_or(Template::Eva);
        chosen.push(generate::id_of(template, u32::try_from(rng.below(1 << 30)).unwrap_or(0)));
    }
    chosen
}

impl Store {
    async fn load_duel(&self, id: &str) -> Result<Option<Loaded>> {
        let Some(row) =
            sqlx::query_as::<_, DuelRow>(&format!("{DUEL} WHERE id = $1")).bind(id).fetch_optional(&self.pool).await?
        else {
            return Ok(None);
        };
        let rounds =
            sqlx::query_as("SELECT round, topic, questions FROM quiz_rounds WHERE duel_id = $1 ORDER BY round")
                .bind(id)
                .fetch_all(&self.pool)
                .await?;
        let answers = sqlx::query_as(
            "SELECT a.participant_id, a.round, k.slot, a.correct FROM quiz_answers a \
             JOIN quiz_asked k ON k.id = a.asked_id WHERE a.duel_id = $1 ORDER BY a.answered_ms, a.asked_id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(Loaded { row, rounds, answers }))
    }

    /// The duel as `viewer` may see it; `NotFound` for anyone else's duel.
    pub async fn duel_view(&self, viewer: &Participant, programme: &Programme, id: &str, now: i64) -> Result<DuelView> {
        let (loaded, seat) = {
            let _write = self.write.lock().await;
            self.own_duel(viewer, programme, id, now).await?
        };
        let opponent = self.participant(loaded.player(seat.other())).await?.map(|p| p.name).unwrap_or_default();
        loaded.view(viewer, &opponent).ok_or(Refusal::NotFound.into())
    }

    /// Every duel of `viewer`, their moves first, then open ones, then the finished.
    pub async fn duels_of(&self, viewer: &Participant, programme: &Programme, now: i64) -> Result<Vec<DuelView>> {
        let ids: Vec<(String,)> = sqlx::query_as(
            "SELECT id FROM quiz_duels WHERE player_a = $1 OR player_b = $1 ORDER BY created_ms DESC, id",
        )
        .bind(&viewer.id)
        .fetch_all(&self.pool)
        .await?;
        let mut views = Vec::new();
        for (id,) in ids {
            views.push(self.duel_view(viewer, programme, &id, now).await?);
        }
        views.sort_by_key(|v| (!v.my_move, v.status != "open", std::cmp::Reverse(v.updated_ms)));
        Ok(views)
    }

    /// `player`'s duel `id` of `programme` (their own), with their seat, after settling it: an
    /// open duel whose player to move let `forfeit_days` pass ends as that player's forfeit.
    /// Anyone else's request finds nothing and changes nothing. Call with the write lock.
    async fn own_duel(
        &self,
        player: &Participant,
        programme: &Programme,
        id: &str,
        now: i64,
    ) -> Result<(Loaded, Seat)> {
        if !plausible_id(id) || player.programme_id != programme.id {
            return Err(Refusal::NotFound.into());
        }
        let loaded =
            self.load_duel(id).await?.filter(|l| l.row.programme_id == programme.id).ok_or(Refusal::NotFound)?;
        let seat = loaded.seat_of(&player.id).ok_or(Refusal::NotFound)?;
        let silent = now - loaded.row.updated_ms > programme.forfeit_days.max(1) * DAY_MS;
        let Some(mover) = loaded.progress().next().seat().filter(|_| loaded.row.status == "open" && silent) else {
            return Ok((loaded, seat));
        };
        sqlx::query(
            "UPDATE quiz_duels SET status = 'forfeit', forfeit_by = $1, updated_ms = $2, moved_by = '' \
             WHERE id = $3 AND status = 'open'",
        )
        .bind(loaded.player(mover))
        .bind(now)
        .bind(id)
        .execute(&self.pool)
        .await?;
        let loaded = self.load_duel(id).await?.ok_or(Refusal::NotFound)?;
        Ok((loaded, seat))
    }

    /// `challenger` challenges `opponent` (same programme, someone else).
    pub async fn challenge(&self, challenger: &Participant, opponent_id: &str, now: i64) -> Result<String> {
        if !plausible_id(opponent_id) {
            return Err(Refusal::NotFound.into());
        }
        let opponent = self.participant(opponent_id).await?.filter(|o| o.programme_id == challenger.programme_id);
        let opponent = opponent.ok_or(Refusal::NotFound)?;
        if opponent.id == challenger.id {
            return Err(Refusal::Invalid("a duel needs two different players".into()).into());
        }
        let _write = self.write.lock().await;
        // One open duel per pair: challenging again opens the one there is.
        let open: Option<(String,)> = sqlx::query_as(
            "SELECT id FROM quiz_duels WHERE status = 'open' AND ((player_a = $1 AND player_b = $2) OR (player_a = $2 AND player_b = $1))",
        )
        .bind(&challenger.id)
        .bind(&opponent.id)
        .fetch_optional(&self.pool)
        .await?;
        if let Some((id,)) = open {
            return Ok(id);
        }
        let id = new_id()?;
        // A random seed, not one derived from the id both players know: nobody can work out
        // the rounds' topics and questions ahead.
        let seed = i64::from_str_radix(&crate::workshop::new_token()?[..12], 16).unwrap_or(0);
        sqlx::query(
            "INSERT INTO quiz_duels (id, programme_id, player_a, player_b, seed, status, forfeit_by, created_ms, updated_ms, moved_by) \
             VALUES ($1, $2, $3, $4, $5, 'open', '', $6, $6, $3)",
        )
        .bind(&id)
        .bind(&challenger.programme_id)
        .bind(&challenger.id)
        .bind(&opponent.id)
        .bind(seed)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(id)
    }

    /// `player` picks `topic` for the round they open.
    pub async fn pick(
        &self,
        player: &Participant,
        programme: &Programme,
        bank: &Bank,
        id: &str,
        topic: &str,
        now: i64,
    ) -> Result<()> {
        let _write = self.write.lock().await;
        let (loaded, seat) = self.own_duel(player, programme, id, now).await?;
        if loaded.row.status != "open" {
            return Err(Refusal::NotYourMove("the duel is over").into());
        }
        let Move::Pick { seat: mover, round } = loaded.progress().next() else {
            return Err(Refusal::NotYourMove("no topic to pick now").into());
        };
        if mover != seat {
            return Err(Refusal::NotYourMove("the other player picks this round's topic").into());
        }
        let offered = duel::offered(loaded.row.seed as u64, round);
        let topic = Topic::from_key(topic)
            .filter(|t| offered.contains(t))
            .ok_or_else(|| Refusal::Invalid(format!("topic {topic:?} is not among the three offered")))?;
        let used: Vec<String> = loaded.rounds.iter().flat_map(|r| r.questions.split(' ').map(str::to_string)).collect();
        let questions = questions_for(bank, topic, loaded.row.seed as u64, round, &used).join(" ");
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO quiz_rounds (duel_id, round, topic, questions, picked_ms) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(i64::from(round))
        .bind(topic.key())
        .bind(questions)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE quiz_duels SET updated_ms = $1, moved_by = $2 WHERE id = $3")
            .bind(now)
            .bind(&player.id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The question `player` answers next in the duel, put to them now (the deadline starts
    /// with the first request; asking again gives the same question and deadline). A question
    /// whose deadline passed unanswered is recorded as missed first.
    pub async fn duel_question(
        &self,
        player: &Participant,
        programme: &Programme,
        bank: &Bank,
        id: &str,
        now: i64,
    ) -> Result<Served> {
        let _write = self.write.lock().await;
        loop {
            let (loaded, seat) = self.own_duel(player, programme, id, now).await?;
            if loaded.row.status != "open" {
                return Err(Refusal::NotYourMove("the duel is over").into());
            }
            let next = loaded.progress().next();
            let Move::Answer { seat: mover, round, slot } = next else {
                return Err(Refusal::NotYourMove("a topic must be picked first").into());
            };
            if mover != seat {
                return Err(Refusal::NotYourMove("it is the other player's move").into());
            }
            let round_row = loaded.rounds.iter().find(|r| r.round == i64::from(round)).ok_or(Refusal::NotFound)?;
            let question_id = round_row.questions.split(' ').nth(slot as usize).unwrap_or_default().to_string();
            let Some(question) = find(bank, &question_id) else {
                // The trainer replaced the file the question came from: both players get a
                // calculation question of the round's topic in its place.
                self.replace_gone(bank, &loaded, round_row, slot).await?;
                continue;
            };
            let asked =
                self.asked_or_new(player, programme, &question, id, i64::from(round), i64::from(slot), now).await?;
            if asked.question_id != question.id {
                // Put before its question was replaced and never answered: put anew.
                sqlx::query("DELETE FROM quiz_asked WHERE id = $1").bind(&asked.id).execute(&self.pool).await?;
                continue;
            }
            if now > asked.deadline_ms + GRACE_MS {
                self.record(player, &asked, &question, None, now).await?;
                continue;
            }
            return Ok(asked.served(&question, locale(player), now));
        }
    }

    /// Puts a calculation question of the round's topic in place of a question that left the
    /// bank (the same for both players: the round's list is changed).
    async fn replace_gone(&self, bank: &Bank, loaded: &Loaded, round: &RoundRow, slot: u32) -> Result<()> {
        let topic = Topic::from_key(&round.topic).unwrap_or(Topic::Eva);
        let used: Vec<&str> = loaded.rounds.iter().flat_map(|r| r.questions.split(' ')).collect();
        let fresh: Vec<&str> = bank.of(topic).map(|q| q.id.as_str()).filter(|id| !used.contains(id)).collect();
        let templates: Vec<Template> = Template::of(topic).collect();
        let seed = (loaded.row.seed as u64) ^ (u64::try_from(round.round).unwrap_or(0) << 8) ^ u64::from(slot);
        let mut rng = Rng::new(seed);
        let replacement = match fresh.get(usize::try_from(rng.below(fresh.len() as u64)).unwrap_or(0)) {
            Some(id) => id.to_string(),
            None => {
                let pick = usize::try_from(rng.below(templates.len() as u64)).unwrap_or(0);
                let template = templates.get(pick).copied().unwrap_or(Template::Eva);
                generate::id_of(template, u32::try_from(rng.below(1 << 30)).unwrap_or(0))
            }
        };
        let questions: Vec<String> = round
            .questions
            .split(' ')
            .enumerate()
            .map(|(i, q)| if i == slot as usize { replacement.clone() } else { q.to_string() })
            .collect();
        sqlx::query("UPDATE quiz_rounds SET questions = $1 WHERE duel_id = $2 AND round = $3")
            .bind(questions.join(" "))
            .bind(&loaded.row.id)
            .bind(round.round)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The stored question put at (duel, round, slot), or a new one with its deadline.
    #[allow(clippy::too_many_arguments, reason = "one place of a question: duel, round and slot")]
    async fn asked_or_new(
        &self,
        player: &Participant,
        programme: &Programme,
        question: &Question,
        duel_id: &str,
        round: i64,
        slot: i64,
        now: i64,
    ) -> Result<Asked> {
        let existing = sqlx::query_as::<_, Asked>(&format!(
            "{ASKED} WHERE participant_id = $1 AND duel_id = $2 AND round = $3 AND slot = $4"
        ))
        .bind(&player.id)
        .bind(duel_id)
        .bind(round)
        .bind(slot)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(asked) = existing {
            return Ok(asked);
        }
        let id = new_id()?;
        let asked = Asked {
            shuffle: shuffle(seed_of(&id)),
            id,
            participant_id: player.id.clone(),
            question_id: question.id.clone(),
            duel_id: duel_id.to_string(),
            round,
            slot,
            deadline_ms: now + seconds_for(programme, &question.id) * 1000,
        };
        sqlx::query(
            "INSERT INTO quiz_asked (id, participant_id, programme_id, question_id, topic, duel_id, round, slot, shuffle, served_ms, deadline_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&asked.id)
        .bind(&player.id)
        .bind(&programme.id)
        .bind(&question.id)
        .bind(question.topic.key())
        .bind(duel_id)
        .bind(round)
        .bind(slot)
        .bind(&asked.shuffle)
        .bind(now)
        .bind(asked.deadline_ms)
        .execute(&self.pool)
        .await?;
        Ok(asked)
    }

    /// Stores the answer to `asked` (`shown` the place chosen, `None` for time out) in one
    /// transaction with what it changes: the duel's last move and end, the practice box.
    async fn record(
        &self,
        player: &Participant,
        asked: &Asked,
        question: &Question,
        shown: Option<usize>,
        now: i64,
    ) -> Result<Answered> {
        let order = asked.order();
        let late = now > asked.deadline_ms + GRACE_MS;
        let chosen = shown.and_then(|place| order.get(place).copied());
        let correct = !late && chosen == Some(question.correct());
        let mut tx = self.pool.begin().await?;
        sqlx::query(
            "INSERT INTO quiz_answers (asked_id, participant_id, programme_id, question_id, topic, duel_id, round, chosen, correct, late, answered_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&asked.id)
        .bind(&player.id)
        .bind(&player.programme_id)
        .bind(&question.id)
        .bind(question.topic.key())
        .bind(&asked.duel_id)
        .bind(asked.round)
        .bind(chosen.map_or(-1, |c| i64::try_from(c).unwrap_or(-1)))
        .bind(i64::from(correct))
        .bind(i64::from(late || chosen.is_none()))
        .bind(now)
        .execute(&mut *tx)
        .await?;
        // A miss comes back in practice after ten minutes; a right answer in practice moves
        // the question a box up (a right answer in a duel leaves practice alone).
        let practice = asked.duel_id.is_empty();
        if !correct || practice {
            let current: Option<(i64,)> =
                sqlx::query_as("SELECT box FROM quiz_practice WHERE participant_id = $1 AND question_id = $2")
                    .bind(&player.id)
                    .bind(&question.id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let next_box = if correct { current.map_or(1, |(b,)| b + 1).min(4) } else { 0 };
            let due = now + BOX_DELAYS_MS[usize::try_from(next_box).unwrap_or(0)];
            sqlx::query(
                "INSERT INTO quiz_practice (participant_id, question_id, topic, box, due_ms) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (participant_id, question_id) DO UPDATE SET box = excluded.box, due_ms = excluded.due_ms",
            )
            .bind(&player.id)
            .bind(&question.id)
            .bind(question.topic.key())
            .bind(next_box)
            .bind(due)
            .execute(&mut *tx)
            .await?;
        }
        if !asked.duel_id.is_empty() {
            // The last of the 36 answers ends the duel, in the same transaction.
            let answers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM quiz_answers WHERE duel_id = $1")
                .bind(&asked.duel_id)
                .fetch_one(&mut *tx)
                .await?;
            let all = i64::from(2 * duel::ROUNDS * duel::PER_ROUND);
            let status = if answers >= all { "finished" } else { "open" };
            sqlx::query(
                "UPDATE quiz_duels SET updated_ms = $1, moved_by = $2, status = $3 WHERE id = $4 AND status = 'open'",
            )
            .bind(now)
            .bind(&player.id)
            .bind(status)
            .bind(&asked.duel_id)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(self.answered(asked, question, chosen, correct, late, locale(player)))
    }

    fn answered(
        &self,
        asked: &Asked,
        question: &Question,
        chosen: Option<usize>,
        correct: bool,
        late: bool,
        lang: Locale,
    ) -> Answered {
        let order = asked.order();
        let text = question.text(lang);
        Answered {
            asked_id: asked.id.clone(),
            question_id: question.id.clone(),
            chosen: chosen.and_then(|c| order.iter().position(|o| *o == c)),
            correct_option: order.iter().position(|o| *o == question.correct()).unwrap_or(0),
            correct,
            late,
            question: text.question.clone(),
            options: order.iter().filter_map(|i| text.options.get(*i).cloned()).collect(),
            explanation: text.explanation.clone(),
            glossary: question.glossary.clone(),
            duel_id: asked.duel_id.clone(),
        }
    }

    /// `player` answers the question put as `asked_id` with the option shown at `place`.
    /// The same answer again gives the stored result (idempotent); another answer to a
    /// question already answered is refused.
    pub async fn answer(
        &self,
        player: &Participant,
        programme: &Programme,
        bank: &Bank,
        asked_id: &str,
        place: usize,
        now: i64,
    ) -> Result<Answered> {
        if place >= super::bank::OPTIONS {
            return Err(Refusal::Invalid(format!("option {place} does not exist: 0 to 3")).into());
        }
        if !plausible_id(asked_id) {
            return Err(Refusal::NotFound.into());
        }
        let _write = self.write.lock().await;
        let asked = sqlx::query_as::<_, Asked>(&format!("{ASKED} WHERE id = $1"))
            .bind(asked_id)
            .fetch_optional(&self.pool)
            .await?
            .filter(|a| a.participant_id == player.id)
            .ok_or(Refusal::NotFound)?;
        let question = find(bank, &asked.question_id).ok_or(Refusal::NotFound)?;
        // A silence long enough to forfeit is settled first: an answer does not undo it.
        let duel = match asked.duel_id.as_str() {
            "" => None,
            duel_id => Some(self.own_duel(player, programme, duel_id, now).await?.0),
        };
        let stored: Option<(i64, i64, i64)> =
            sqlx::query_as("SELECT chosen, correct, late FROM quiz_answers WHERE asked_id = $1")
                .bind(asked_id)
                .fetch_optional(&self.pool)
                .await?;
        if let Some((chosen, correct, late)) = stored {
            let chosen = usize::try_from(chosen).ok();
            let again = chosen.and_then(|c| asked.order().iter().position(|o| *o == c)) == Some(place);
            if !again {
                return Err(Refusal::Invalid("this question is already answered".into()).into());
            }
            return Ok(self.answered(&asked, &question, chosen, correct == 1, late == 1, locale(player)));
        }
        if duel.is_some_and(|d| d.row.status != "open") {
            return Err(Refusal::NotYourMove("the duel is over").into());
        }
        self.record(player, &asked, &question, Some(place), now).await
    }

    /// The next practice question: one put and not yet answered; else a question due again
    /// (missed ones first); else a new one from the weakest topic.
    pub async fn practice_question(
        &self,
        player: &Participant,
        programme: &Programme,
        bank: &Bank,
        now: i64,
    ) -> Result<Served> {
        let _write = self.write.lock().await;
        loop {
            let open = sqlx::query_as::<_, Asked>(&format!(
                "{ASKED} WHERE participant_id = $1 AND duel_id = '' AND id NOT IN (SELECT asked_id FROM quiz_answers WHERE participant_id = $1) \
                 ORDER BY round DESC"
            ))
            .bind(&player.id)
            .fetch_optional(&self.pool)
            .await?;
            let count: i64 = sqlx::query_scalar(
                "SELECT COALESCE(MAX(round), 0) FROM quiz_asked WHERE participant_id = $1 AND duel_id = ''",
            )
            .bind(&player.id)
            .fetch_one(&self.pool)
            .await?;
            if let Some(asked) = open {
                let Some(question) = find(bank, &asked.question_id) else {
                    // A question removed from the bank: recorded as skipped, never shown.
                    self.record_gone(&asked).await?;
                    continue;
                };
                if now > asked.deadline_ms + GRACE_MS {
                    self.record(player, &asked, &question, None, now).await?;
                    continue;
                }
                return Ok(asked.served(&question, locale(player), now));
            }
            let question = self.next_practice(player, bank, now, count).await?;
            let asked = self.asked_or_new(player, programme, &question, "", count + 1, 0, now).await?;
            return Ok(asked.served(&question, locale(player), now));
        }
    }

    /// Forgets a practice question that was put but left the bank since (its programme's
    /// file was replaced): never answered, it counts for nothing.
    async fn record_gone(&self, asked: &Asked) -> Result<()> {
        sqlx::query("DELETE FROM quiz_asked WHERE id = $1").bind(&asked.id).execute(&self.pool).await?;
        Ok(())
    }

    /// Chooses the next practice question (see [`Store::practice_question`]).
    async fn next_practice(&self, player: &Participant, bank: &Bank, now: i64, count: i64) -> Result<Question> {
        let due: Vec<(String,)> = sqlx::query_as(
            "SELECT question_id FROM quiz_practice WHERE participant_id = $1 AND due_ms <= $2 ORDER BY box, due_ms, question_id",
        )
        .bind(&player.id)
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        if let Some(question) = due.iter().find_map(|(id,)| find(bank, id)) {
            return Ok(question);
        }
        let answers: Vec<(String, String, i64)> =
            sqlx::query_as("SELECT question_id, topic, correct FROM quiz_answers WHERE participant_id = $1")
                .bind(&player.id)
                .fetch_all(&self.pool)
                .await?;
        let mut topics: Vec<(Topic, u32)> = Topic::ALL
            .iter()
            .map(|t| {
                let of: Vec<&(String, String, i64)> = answers.iter().filter(|a| a.1 == t.key()).collect();
                let right = of.iter().filter(|a| a.2 == 1).count();
                // Per mille correct; a topic not yet met counts as half right.
                let rate = if of.is_empty() { 500 } else { right * 1000 / of.len() };
                (*t, u32::try_from(rate).unwrap_or(0))
            })
            .collect();
        topics.sort_by_key(|(t, rate)| (*rate, *t));
        let mut rng = Rng::new(seed_of(&player.id) ^ u64::try_from(count).unwrap_or(0));
        for (topic, _) in &topics {
            let fresh: Vec<&Question> = bank.of(*topic).filter(|q| !answers.iter().any(|a| a.0 == q.id)).collect();
            if !fresh.is_empty() {
                let i = usize::try_from(rng.below(fresh.len() as u64)).unwrap_or(0);
                return Ok(fresh[i].clone());
            }
            let templates: Vec<Template> = Template::of(*topic).collect();
            if let Some(template) = templates.get(usize::try_from(rng.below(templates.len() as u64)).unwrap_or(0)) {
                return Ok(generate::generate(*template, u32::try_from(rng.below(1 << 30)).unwrap_or(0)));
            }
        }
        Err(Refusal::Invalid("the question bank is empty".into()).into())
    }

    /// `player` reports question `question_id` as wrong or unclear.
    pub async fn report(
        &self,
        player: &Participant,
        bank: &Bank,
        question_id: &str,
        reason: &str,
        body: &str,
        now: i64,
    ) -> Result<String> {
        if !plausible_id(question_id) || find(bank, question_id).is_none() {
            return Err(Refusal::NotFound.into());
        }
        if !matches!(reason, "wrong" | "unclear") {
            return Err(Refusal::Invalid(format!("reason {reason:?}: wrong or unclear")).into());
        }
        let _write = self.write.lock().await;
        let id = new_id()?;
        sqlx::query(
            "INSERT INTO quiz_reports (id, programme_id, participant_id, question_id, reason, body, status, note, created_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, 'open', '', $7)",
        )
        .bind(&id)
        .bind(&player.programme_id)
        .bind(&player.id)
        .bind(question_id)
        .bind(reason)
        .bind(body.trim())
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(id)
    }
}
