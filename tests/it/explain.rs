//! Attribution and its sentences: the parts always sum to ΔEVA to the cent, and the words
//! say what the numbers say.

use std::sync::Arc;

use mehrwert::model::Money;
use mehrwert::model::format::Locale;
use mehrwert::scenario::{DEFAULT_SCENARIO, Decisions, INTRO_SCENARIO, parse_scenario};
use mehrwert::sim::Simulation;
use mehrwert::sim::explain::{attribute_reports, explain};
use proptest::prelude::*;
use rust_decimal_macros::dec;

use crate::fixtures::intro_decisions;

/// Alpha's decisions with a 10 % rebate, 100 000 units and the given list price.
fn alpha(year: u32, list_price: rust_decimal::Decimal) -> Decisions {
    let mut d = intro_decisions("alpha", year);
    d.segments[0].list_price = list_price;
    d.segments[0].rebate = dec!(0.10);
    d.production_units = 100_000;
    d
}

#[test]
fn a_price_cut_is_explained_in_german_and_english() {
    let scenario = parse_scenario(INTRO_SCENARIO, None).expect("valid");
    let mut sim = Simulation::new().expect("schedule");
    let game = sim.new_game(Arc::new(scenario), 4).expect("opening");
    sim.submit(game, alpha(1, dec!(50))).expect("valid");
    sim.play_year();
    // Net price 50 × 0,9 = 45 → 46 × 0,9 = 41,40: a cut of 3,60 / 45 = 8,0 %.
    sim.submit(game, alpha(2, dec!(46))).expect("valid");
    sim.play_year();
    let history = &sim.reports(game)[0].history;
    let units = |y: usize| history[y].segments[0].sold_units;
    // The volume's direction depends on the market (the intro has a demand dip in year 2).
    let volume = if units(1) > units(0) { "stieg" } else { "sank" };
    let de = explain(&history[0], &history[1], Locale::De).expect("revenue in both years");
    let expected = format!("Ihr durchschnittlicher Nettopreis sank um 8,0 %, die Absatzmenge {volume} um");
    assert!(de.sentences[0].starts_with(&expected), "{:?}", de.sentences);
    assert!(de.sentences[1].starts_with("Die EBIT-Marge fiel um"), "{:?}", de.sentences);
    assert!(de.sentences.iter().any(|s| s.contains("WACC")));
    assert!(de.sentences[3].starts_with("EVA: "));
    assert!((2..=4).contains(&de.sentences.len()));
    let en = explain(&history[0], &history[1], Locale::En).expect("revenue in both years");
    assert!(en.sentences[0].starts_with("Your average net price fell by 8.0%, volume"), "{:?}", en.sentences);
    assert!(de.sentences[3].contains(" Mio. €"), "{:?}", de.sentences);
    let a = de.attribution;
    assert_eq!(a.total, history[1].eva.eva - history[0].eva.eva);
    // Lower price with the same costs per unit: the margin part must be negative.
    assert!(a.margin.is_negative(), "{a:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]

    #[test]
    fn attribution_parts_sum_to_the_change_in_eva_to_the_cent(seed in any::<u64>()) {
        let scenario = parse_scenario(DEFAULT_SCENARIO, None).expect("valid");
        let mut sim = Simulation::new().expect("schedule");
        let game = sim.new_game(Arc::new(scenario), seed).expect("opening");
        for _ in 0..6 {
            sim.play_year();
        }
        for company in sim.reports(game) {
            for pair in company.history.windows(2) {
                if let Some(a) = attribute_reports(&pair[0], &pair[1]) {
                    let sum: Money = a.parts().iter().map(|(_, m)| *m).sum();
                    prop_assert_eq!(sum, pair[1].eva.eva - pair[0].eva.eva, "{} year {}", company.id, pair[1].year);
                    prop_assert_eq!(a.total, sum);
                }
            }
        }
    }
}
