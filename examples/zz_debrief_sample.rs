use std::sync::Arc;
use mehrwert::debrief::{Debrief, report};
use mehrwert::model::format::Locale;
use mehrwert::scenario::default_scenario;
use mehrwert::sim::Simulation;
use rust_decimal_macros::dec;
fn main() {
    let scenario = default_scenario().unwrap();
    let mut sim = Simulation::new().unwrap();
    let game = sim.new_game(Arc::new(scenario.clone()), 3).unwrap();
    let opening = sim.save_game(game).unwrap().companies;
    let mut first = opening[0].last_decisions.kept_for(1);
    first.segments[1].rebate += dec!(0.12);
    let mut second = opening[1].last_decisions.kept_for(1);
    for year in 1..=scenario.years {
        if year == 2 { second.segments[0].list_price *= dec!(0.8); }
        if year == 3 { first.marketing = first.marketing.times(dec!(1.5)); }
        sim.submit(game, first.kept_for(year)).unwrap();
        sim.submit(game, second.kept_for(year)).unwrap();
        sim.play_year();
    }
    let save = sim.save_game(game).unwrap();
    let t = std::time::Instant::now();
    let d = Debrief::of(&scenario, 3, &save.market_history, &sim.reports(game)).unwrap();
    eprintln!("analysed in {:?}, {} impacts", t.elapsed(), d.impacts.len());
    let team = report::team_report(&d, &d.companies[0].id, Locale::De).unwrap();
    std::fs::write("/tmp/team.pdf", mehrwert::pdf::render(&team).unwrap()).unwrap();
    let tr = report::trainer_report(&d, None, Locale::En);
    std::fs::write("/tmp/trainer.pdf", mehrwert::pdf::render(&tr).unwrap()).unwrap();
}
