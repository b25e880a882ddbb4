//! Same scenario, seed and decisions give byte-identical save games and JSON; a game saved,
//! loaded and continued ends exactly where uninterrupted play ends.

use std::sync::Arc;

use mehrwert::cli::export::RunRecord;
use mehrwert::scenario::{DEFAULT_SCENARIO, parse_scenario};
use mehrwert::sim::save::parse_save;
use mehrwert::sim::{GameId, Simulation};

fn play(seed: u64, years: u32) -> (Simulation, GameId) {
    let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
    let mut sim = Simulation::new().expect("schedule builds");
    let game = sim.new_game(Arc::new(scenario), seed).expect("opening balances");
    for _ in 0..years {
        sim.play_year();
    }
    (sim, game)
}

fn json(sim: &Simulation, game: GameId) -> String {
    let save = sim.save_game(game).expect("game");
    let record = RunRecord::new(&save.scenario, save.seed, &save.market_history, sim.reports(game));
    serde_json::to_string(&record).expect("serialises")
}

#[test]
fn same_seed_gives_the_same_bytes() {
    let (a, ga) = play(11, 6);
    let (b, gb) = play(11, 6);
    let save_a = a.save_game(ga).expect("game").to_ron().expect("ron");
    let save_b = b.save_game(gb).expect("game").to_ron().expect("ron");
    assert_eq!(save_a, save_b);
    assert_eq!(json(&a, ga), json(&b, gb));
    // And a different seed gives a different game (the computer players' noise differs).
    let (c, gc) = play(12, 6);
    assert_ne!(json(&a, ga), json(&c, gc));
}

#[test]
fn games_in_one_world_do_not_influence_each_other() {
    let (alone, game) = play(5, 6);
    let scenario = Arc::new(parse_scenario(DEFAULT_SCENARIO, None).expect("valid"));
    let mut crowded = Simulation::new().expect("schedule builds");
    let other = crowded.new_game(scenario.clone(), 99).expect("opening");
    let same = crowded.new_game(scenario, 5).expect("opening");
    for _ in 0..6 {
        crowded.play_year();
    }
    let _ = other;
    assert_eq!(
        alone.save_game(game).expect("game").to_ron().expect("ron"),
        crowded.save_game(same).expect("game").to_ron().expect("ron")
    );
}

#[test]
fn save_load_continue_equals_uninterrupted_play() {
    let (whole, whole_game) = play(3, 6);
    let expected = whole.save_game(whole_game).expect("game").to_ron().expect("ron");

    let (half, half_game) = play(3, 2);
    let text = half.save_game(half_game).expect("game").to_ron().expect("ron");
    let loaded = parse_save(&text, None).expect("the save reads back");
    let mut resumed = Simulation::new().expect("schedule builds");
    let game = resumed.load_game(&loaded).expect("loads");
    for _ in 0..4 {
        resumed.play_year();
    }
    let got = resumed.save_game(game).expect("game").to_ron().expect("ron");
    assert_eq!(got, expected);
}
