//! The rules of a duel, apart from storage: two players, six rounds of three questions; the
//! player who opens a round picks one of three offered topics and answers first, the other
//! answers the same questions, then opens the next round. Whose move it is, what is
//! offered and the score follow from the rounds picked and the answers given, so the server
//! keeps only those and decides every request with these functions.

use serde::Serialize;

use super::bank::Topic;
use crate::sim::rng::Rng;

/// Rounds of a duel.
pub const ROUNDS: u32 = 6;
/// Questions in a round.
pub const PER_ROUND: u32 = 3;
/// Topics offered to the player who opens a round.
pub const OFFERED: usize = 3;

/// One of the two seats of a duel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seat {
    /// The player who challenged (opens rounds 1, 3, 5).
    A,
    /// The player challenged (opens rounds 2, 4, 6).
    B,
}

impl Seat {
    /// The other seat.
    pub fn other(self) -> Seat {
        match self {
            Seat::A => Seat::B,
            Seat::B => Seat::A,
        }
    }
}

/// Who opens round `round` (1-based).
pub fn opener(round: u32) -> Seat {
    if round % 2 == 1 { Seat::A } else { Seat::B }
}

/// What a duel holds: the topic of each round picked so far and how many questions of the
/// latest rounds each seat has answered (answered or timed out).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// The topics picked, round 1 first.
    pub topics: Vec<Topic>,
    /// Questions answered per round by seat A (index 0 = round 1).
    pub answered_a: Vec<u32>,
    /// The same for seat B.
    pub answered_b: Vec<u32>,
}

/// The next move of a duel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Move {
    /// `seat` picks the topic of `round`.
    Pick {
        /// Whose move.
        seat: Seat,
        /// The round to open.
        round: u32,
    },
    /// `seat` answers question `slot` (0-based) of `round`.
    Answer {
        /// Whose move.
        seat: Seat,
        /// The round.
        round: u32,
        /// The question within the round.
        slot: u32,
    },
    /// Every question of every round is answered.
    Finished,
}

impl Move {
    /// The seat that moves; `None` when finished.
    pub fn seat(self) -> Option<Seat> {
        match self {
            Move::Pick { seat, .. } | Move::Answer { seat, .. } => Some(seat),
            Move::Finished => None,
        }
    }
}

impl Progress {
    fn answered(&self, seat: Seat, round: u32) -> u32 {
        let list = match seat {
            Seat::A => &self.answered_a,
            Seat::B => &self.answered_b,
        };
        list.get(round as usize - 1).copied().unwrap_or(0)
    }

    /// The next move: the opener picks, answers three, the other answers three, and the
    /// other opens the next round.
    pub fn next(&self) -> Move {
        for round in 1..=ROUNDS {
            let first = opener(round);
            if self.topics.len() < round as usize {
                return Move::Pick { seat: first, round };
            }
            for seat in [first, first.other()] {
                let done = self.answered(seat, round);
                if done < PER_ROUND {
                    return Move::Answer { seat, round, slot: done };
                }
            }
        }
        Move::Finished
    }

    /// True when `seat` may see the answers of `round` by the other seat: it has answered
    /// the round itself (the opener sees the other's answers only after they are given).
    pub fn may_see(&self, seat: Seat, round: u32) -> bool {
        self.answered(seat, round) >= PER_ROUND
    }
}

/// The topics offered for `round` of the duel with `seed`: three different ones.
pub fn offered(seed: u64, round: u32) -> [Topic; OFFERED] {
    let mut rng = Rng::new(seed ^ (u64::from(round) << 32) ^ 0x006f_6666_6572);
    let mut pool: Vec<Topic> = Topic::ALL.to_vec();
    let mut out = [Topic::Financing; OFFERED];
    for slot in &mut out {
        let i = usize::try_from(rng.below(pool.len() as u64)).unwrap_or(0);
        *slot = pool.remove(i);
    }
    out
}

/// The result of a finished (or forfeited) duel for one seat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// More correct answers, or the other forfeited.
    Won,
    /// Fewer correct answers, or this seat forfeited.
    Lost,
    /// The same number of correct answers.
    Draw,
}

/// The outcome for `seat` of a finished duel with these correct answers; `forfeit` names
/// the seat that let the deadline pass.
pub fn outcome(seat: Seat, correct_a: u32, correct_b: u32, forfeit: Option<Seat>) -> Outcome {
    if let Some(loser) = forfeit {
        return if loser == seat { Outcome::Lost } else { Outcome::Won };
    }
    let (mine, theirs) = match seat {
        Seat::A => (correct_a, correct_b),
        Seat::B => (correct_b, correct_a),
    };
    match mine.cmp(&theirs) {
        std::cmp::Ordering::Greater => Outcome::Won,
        std::cmp::Ordering::Less => Outcome::Lost,
        std::cmp::Ordering::Equal => Outcome::Draw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turns_follow_the_quiz_duel_order() {
        let mut p = Progress::default();
        assert_eq!(p.next(), Move::Pick { seat: Seat::A, round: 1 });
        p.topics.push(Topic::Eva);
        p.answered_a = vec![0];
        p.answered_b = vec![0];
        assert_eq!(p.next(), Move::Answer { seat: Seat::A, round: 1, slot: 0 });
        p.answered_a[0] = 3;
        assert_eq!(p.next(), Move::Answer { seat: Seat::B, round: 1, slot: 0 });
        assert!(!p.may_see(Seat::B, 1) && p.may_see(Seat::A, 1));
        p.answered_b[0] = 2;
        assert_eq!(p.next(), Move::Answer { seat: Seat::B, round: 1, slot: 2 });
        p.answered_b[0] = 3;
        // B opens round 2, answers first; then A answers and opens round 3.
        assert_eq!(p.next(), Move::Pick { seat: Seat::B, round: 2 });
        p.topics.push(Topic::Appraisal);
        p.answered_b.push(3);
        p.answered_a.push(1);
        assert_eq!(p.next(), Move::Answer { seat: Seat::A, round: 2, slot: 1 });
        p.answered_a[1] = 3;
        assert_eq!(p.next(), Move::Pick { seat: Seat::A, round: 3 });
        p.topics = vec![Topic::Eva; 6];
        p.answered_a = vec![3; 6];
        p.answered_b = vec![3; 6];
        assert_eq!(p.next(), Move::Finished);
    }

    #[test]
    fn three_different_topics_are_offered_and_the_same_again_for_the_same_duel() {
        for seed in 0..200 {
            for round in 1..=ROUNDS {
                let topics = offered(seed, round);
                assert!(topics[0] != topics[1] && topics[1] != topics[2] && topics[0] != topics[2]);
                assert_eq!(topics, offered(seed, round));
            }
        }
    }

    #[test]
    fn scoring_counts_correct_answers_and_a_forfeit_loses() {
        assert_eq!(outcome(Seat::A, 10, 9, None), Outcome::Won);
        assert_eq!(outcome(Seat::B, 10, 9, None), Outcome::Lost);
        assert_eq!(outcome(Seat::B, 7, 7, None), Outcome::Draw);
        assert_eq!(outcome(Seat::A, 12, 0, Some(Seat::A)), Outcome::Lost);
        assert_eq!(outcome(Seat::B, 12, 0, Some(Seat::A)), Outcome::Won);
    }
}
