//! The decision screen as a player uses it: typing into fields moves the live pro-forma,
//! wrong entries are explained at the field and block submitting, and the screen fits 1280×720.

use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use mehrwert::model::format::{Locale, money_whole};
use mehrwert::scenario::default_scenario;
use mehrwert::ui::decide_screen::{DecideScreen, decide_screen_ui};
use mehrwert::ui::screens::{Screen, UiCommand, UiState};
use mehrwert::ui::session::{GameSetup, Mode, ProForma, Session, Team};
use mehrwert::ui::shortcuts::shortcut_commands;

const COMPANY: &str = "rhein";

struct Desk {
    session: Session,
    screen: DecideScreen,
    state: UiState,
    commands: Vec<UiCommand>,
    /// What the session answered to the last submit: true when it was accepted.
    submitted: Option<bool>,
    /// The coach's stop while the guided first year is on.
    coach: Option<usize>,
}

fn desk(lang: Locale) -> Desk {
    let scenario = default_scenario().expect("the embedded scenario is valid");
    let setup = GameSetup { mode: Mode::Solo, teams: vec![Team { name: "Solo".into(), company: COMPANY.into() }] };
    let mut session = Session::new_game(scenario, 7, setup).expect("a new game starts");
    let screen = DecideScreen::new(&mut session, lang);
    Desk {
        session,
        screen,
        state: UiState { lang, ..UiState::default() },
        commands: Vec::new(),
        submitted: None,
        coach: None,
    }
}

/// The decision screen as the game draws it (shortcuts read first, queued last), with the
/// commands applied as the game applies them: an edit goes into the session and the screen
/// is refreshed; a submit is answered by the session.
fn harness(lang: Locale, size: egui::Vec2) -> Harness<'static, Desk> {
    Harness::builder().with_size(size).with_max_steps(16).build_ui_state(
        |ui, desk: &mut Desk| {
            let lang = desk.state.lang;
            if desk.state.applied_projector != Some(desk.state.projector) {
                mehrwert::ui::theme::apply(ui.ctx(), desk.state.projector);
                desk.state.applied_projector = Some(desk.state.projector);
            }
            let shortcuts = shortcut_commands(ui.ctx(), Screen::Decide, true, &desk.state);
            let mut commands = decide_screen_ui(ui, &mut desk.screen, lang, desk.state.confirm_submit, desk.coach);
            commands.extend(shortcuts);
            for command in &commands {
                // As ui::apply answers them: asked twice is a submit, Escape answers no.
                match command {
                    UiCommand::EditDraft { company, draft } => desk.session.set_draft(company, (**draft).clone()),
                    UiCommand::AskSubmit | UiCommand::Submit
                        if desk.state.confirm_submit || *command == UiCommand::Submit =>
                    {
                        desk.state.confirm_submit = false;
                        desk.submitted = Some(desk.session.submit_current(lang).is_ok());
                    }
                    UiCommand::AskSubmit
                        if !mehrwert::ui::apply::ask_submit(&mut desk.session, &mut desk.state, lang) =>
                    {
                        desk.submitted = Some(false);
                    }
                    UiCommand::CancelSubmit | UiCommand::ToggleMenu => desk.state.confirm_submit = false,
                    UiCommand::CoachStep(step) => desk.coach = Some(*step),
                    UiCommand::SetGuide(on) => desk.coach = on.then_some(0),
                    _ => {}
                }
            }
            desk.screen.refresh(&mut desk.session, lang);
            desk.commands.extend(commands);
        },
        desk(lang),
    )
}

/// The net revenue the session projects now, as the screen prints it.
fn projected_net_revenue(desk: &mut Desk) -> String {
    let lang = desk.state.lang;
    match desk.session.pro_forma(COMPANY, lang) {
        ProForma::Report(planned) => money_whole(planned.report.income.net_revenue, lang),
        other => panic!("expected a pro-forma report, got {other:?}"),
    }
}

/// Replaces the text of the field named `label` by `text`, as a person would: click into
/// it, select all, type.
fn retype(harness: &mut Harness<'_, Desk>, label: &str, text: &str) {
    harness.get_by_role_and_label(Role::TextInput, label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_role_and_label(Role::TextInput, label).type_text(text);
    harness.run();
}

fn submit_disabled(harness: &Harness<'_, Desk>) -> bool {
    harness.get_by_role_and_label(Role::Button, "Entscheidungen abgeben").accesskit_node().is_disabled()
}

#[test]
fn typing_a_list_price_moves_the_projected_net_revenue() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    let before = projected_net_revenue(harness.state_mut());
    assert!(harness.query_by_label(&before).is_some(), "the pro-forma shows net revenue {before}");

    retype(&mut harness, "Listenpreis – Fachhandel", "66,00");

    assert_eq!(harness.state_mut().session.draft_mut(COMPANY, Locale::De).segments[0].list_price, "66,00");
    let after = projected_net_revenue(harness.state_mut());
    assert_ne!(after, before, "a 10 % higher list price changes net revenue");
    assert!(harness.query_by_label(&after).is_some(), "the pro-forma now shows {after}");
    assert!(harness.query_by_label(&before).is_none(), "the old figure {before} is gone");
    assert!(!submit_disabled(&harness));
}

#[test]
fn letters_in_a_field_are_explained_there_and_block_submitting() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    assert!(!submit_disabled(&harness), "the opening draft is valid");

    retype(&mut harness, "Rabatt – Fachhandel", "zehn");

    let field = harness.get_by_role_and_label(Role::TextInput, "Rabatt – Fachhandel").rect();
    let error = harness.get_by_label("✖ „zehn“ ist keine Zahl.").rect();
    // Right under the field: starts below it, within one row, and not left of its label column.
    assert!(error.min.y >= field.max.y - 1.0 && error.min.y <= field.max.y + 30.0, "field {field:?}, error {error:?}");
    assert!((error.min.x - field.min.x).abs() < 20.0, "the message starts under the entry: {field:?} {error:?}");
    assert!(submit_disabled(&harness), "submit is disabled while a field is wrong");

    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().submitted, Some(false), "Ctrl+Enter asks, and the session refuses the wrong draft");
    assert!(!harness.state().state.confirm_submit, "no question over a wrong draft");
    let refused = harness.state().state.message.clone();
    assert!(refused.is_some_and(|m| m.error && m.text.contains("rot markierten Felder")));
    assert_eq!(harness.state().session.playing_year(), 1, "nothing was played");
}

#[test]
fn an_out_of_range_rebate_shows_the_allowed_range() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    // The key-account segment allows rebates up to 25 % (max_rebate: 0.25 in default.ron).
    retype(&mut harness, "Rabatt – Großkunden (OEM)", "40");
    harness.get_by_label("✖ Außerhalb des erlaubten Bereichs: 0 – 25 %");
    assert!(submit_disabled(&harness));

    // Back inside the range, the message goes and submitting is possible again.
    retype(&mut harness, "Rabatt – Großkunden (OEM)", "20");
    assert!(harness.query_by_label_contains("Außerhalb des erlaubten Bereichs").is_none());
    assert!(!submit_disabled(&harness));
}

#[test]
fn english_out_of_range_message() {
    let mut harness = harness(Locale::En, egui::vec2(1440.0, 900.0));
    harness.run();
    retype(&mut harness, "Payment terms – Trade", "90");
    harness.get_by_label("✖ Outside the allowed range: 0 – 60 days");
}

#[test]
fn ctrl_enter_asks_first_and_submits_when_pressed_again() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().submitted, None, "the first Ctrl+Enter only asks");
    harness.get_by_label("Entscheidungen für Geschäftsjahr 1 abgeben?");
    harness.key_press_modifiers(egui::Modifiers::CTRL, egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().submitted, Some(true), "the session accepted the draft");
}

#[test]
fn the_submit_question_shows_the_plan_and_the_slips_and_no_goes_back() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    // "800" for marketing instead of 800.000: far from last year's budget.
    let last_marketing = harness.state().session.snapshot().companies[2].last_decisions.marketing;
    assert_eq!(harness.state().session.snapshot().companies[2].id, COMPANY);
    retype(&mut harness, "Marketing", "800");
    // Understood as typed, and asked about at the field.
    harness.get_by_label("= 800,00 €");
    let at_field = harness.query_all_by_label_contains("Deutlich anders als im Vorjahr").count();
    assert_eq!(at_field, 1, "one warning at the marketing field");
    harness.get_by_role_and_label(Role::Button, "Entscheidungen abgeben").click();
    harness.run();
    harness.run();
    assert_eq!(harness.state().submitted, None, "the button only asks");
    // The plan's main figures, as the pro-forma computed them.
    let (revenue, eva) = match harness.state_mut().screen.pro_forma() {
        ProForma::Report(p) => {
            (money_whole(p.report.income.net_revenue, Locale::De), money_whole(p.report.eva.eva, Locale::De))
        }
        other => panic!("expected a pro-forma, got {other:?}"),
    };
    assert!(
        harness.query_all_by_label(&revenue).count() >= 2,
        "net revenue {revenue} in the pro-forma and the question"
    );
    assert!(harness.query_all_by_label(&eva).count() >= 2, "EVA {eva} in the pro-forma and the question");
    // (800 − last) / last, worked out here: the change the question names.
    let change = (rust_decimal::Decimal::from(800) - last_marketing.amount()) / last_marketing.amount();
    let percent = mehrwert::model::format::percent(change.abs(), 1, Locale::De);
    let slip = format!(
        "Marketing: Deutlich anders als im Vorjahr: {} → 800 € (−{percent})",
        money_whole(last_marketing, Locale::De)
    );
    assert_eq!(harness.query_all_by_label_contains(&slip).count(), 1, "the question lists {slip}");
    harness.get_by_label("Zurück zur Eingabe").click();
    harness.run();
    assert_eq!(harness.state().submitted, None);
    assert!(!harness.state().state.confirm_submit, "back at the form");
    assert!(harness.query_by_label_contains("abgeben?").is_none());
    // Asked again and answered yes.
    harness.get_by_role_and_label(Role::Button, "Entscheidungen abgeben").click();
    harness.run();
    harness.get_by_label("Abgeben").click();
    harness.run();
    assert_eq!(harness.state().submitted, Some(true));
}

#[test]
fn projects_are_listed_with_their_appraisal_and_can_be_chosen() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    for header in ["Investition", "Kapitalwert", "IRR", "Amortisation"] {
        harness.get_by_label(header);
    }
    // ERP: capex 1.400.000 €, saving 400.000 € a year → after 30 % tax 280.000 plus the
    // shield 1.400.000 · 0,3 / 5 = 84.000: 364.000 € a year.
    harness.get_by_label("1.400.000 €");
    harness.get_by_label("364.000 €");
    harness.get_by_role_and_label(Role::CheckBox, "ERP-Einführung").click();
    harness.run();
    assert!(harness.state_mut().session.draft_mut(COMPANY, Locale::De).projects.contains("erp"));
}

#[test]
fn every_entry_fits_beside_the_pro_forma_at_1280_by_720() {
    let mut harness = harness(Locale::De, egui::vec2(1280.0, 720.0));
    harness.run();
    let inputs = harness.get_all_by_role(Role::TextInput).collect::<Vec<_>>();
    assert!(inputs.len() >= 14, "8 segment fields, 3 production, 1 lines, 3 financing: {}", inputs.len());
    let pro_forma = harness.get_by_label("Planrechnung (pro forma)").rect();
    for input in &inputs {
        let rect = input.rect();
        assert!(
            rect.max.x <= pro_forma.min.x,
            "{:?} at {rect:?} runs under the pro-forma",
            input.accesskit_node().label()
        );
    }
    let submit = harness.get_by_role_and_label(Role::Button, "Entscheidungen abgeben").rect();
    assert!(submit.max.y <= 720.0 && submit.max.x <= 1280.0, "submit is on screen: {submit:?}");
}

#[test]
fn no_text_key_shows_through_in_either_language() {
    for lang in [Locale::De, Locale::En] {
        let mut harness = harness(lang, egui::vec2(1440.0, 900.0));
        harness.run();
        for prefix in ["decide_", "help_", "warn_", "error_", "unit_"] {
            assert!(harness.query_by_label_contains(prefix).is_none(), "{lang:?}: a raw key {prefix}… is shown");
        }
    }
}

#[test]
fn production_above_capacity_is_warned_at_the_field_with_the_figures() {
    for (lang, field, words) in [
        (
            Locale::De,
            "Produktionsmenge",
            ["⚠ Produktion von 2.000.000 Stück über der Kapazität: gekappt auf ", " Stück."],
        ),
        (Locale::En, "Production", ["⚠ Production of 2,000,000 units above capacity: capped at ", " units."]),
    ] {
        let mut harness = harness(lang, egui::vec2(1440.0, 900.0));
        harness.run();
        assert!(harness.query_by_label_contains(words[0]).is_none(), "{lang:?}: no warning at the opening draft");
        retype(&mut harness, field, if lang == Locale::De { "2.000.000" } else { "2,000,000" });
        let warning = harness.get_by_label_contains(words[0]);
        let node = warning.accesskit_node();
        let text = node.label().or_else(|| node.value()).unwrap_or_default();
        assert!(text.ends_with(words[1]), "{lang:?}: {text}");
        let entry = harness.get_by_role_and_label(Role::TextInput, field).rect();
        let below = warning.rect();
        assert!(below.min.y >= entry.max.y - 1.0 && below.min.y <= entry.max.y + 30.0, "{entry:?} {below:?}");
        let submit = if lang == Locale::De { "Entscheidungen abgeben" } else { "Submit decisions" };
        let button = harness.get_by_role_and_label(Role::Button, submit);
        assert!(!button.accesskit_node().is_disabled(), "{lang:?}: a warning does not block submitting");
    }
}

/// The text in the field named `label`.
fn field_value(harness: &Harness<'_, Desk>, label: &str) -> String {
    harness.get_by_role_and_label(Role::TextInput, label).value().unwrap_or_default()
}

#[test]
fn switching_the_language_mid_draft_keeps_every_value() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    retype(&mut harness, "Listenpreis – Fachhandel", "66,00");
    let german_revenue = projected_net_revenue(harness.state_mut());
    // The language switches, as the top bar's button does it.
    harness.state_mut().state.lang = Locale::En;
    harness.run();
    harness.run();
    assert_eq!(field_value(&harness, "List price – Trade"), "66.00", "the segment in English too");
    assert_eq!(field_value(&harness, "Production"), "550,000", "550 thousand units, not 550");
    assert_eq!(field_value(&harness, "Marketing"), "800,000.00");
    assert!(!submit_disabled_en(&harness), "no field turned wrong");
    let english_revenue = projected_net_revenue(harness.state_mut());
    // The same figure, in the other format: 26.357.152 € and €26,357,152.
    assert_eq!(english_revenue.replace([',', '€'], ""), german_revenue.replace(['.', '€', ' '], ""));
}

#[test]
fn a_german_comma_thousand_is_refused_not_read_as_eight_hundred() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    retype(&mut harness, "Marketing", "800,000");
    harness.get_by_label_contains("„800,000“ ist mehrdeutig: 800.000 (Tausender) oder 800?");
    assert!(submit_disabled(&harness), "nothing is submitted on a guess");
}

fn submit_disabled_en(harness: &Harness<'_, Desk>) -> bool {
    harness.get_by_role_and_label(Role::Button, "Submit decisions").accesskit_node().is_disabled()
}

#[test]
fn the_years_news_is_announced_before_deciding() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    harness.get_by_label("Keine besonderen Ereignisse angekündigt.");
    // Two years played (unchanged decisions): year 3 brings the steel price shock of
    // default.ron, and the decision screen says so before anything is decided.
    for _ in 0..2 {
        let desk = harness.state_mut();
        assert_eq!(desk.session.submit_current(Locale::De), Ok(true));
        desk.session.close_year().expect("the year closes");
    }
    harness.run();
    harness.run();
    assert_eq!(harness.state().session.playing_year(), 3);
    harness.get_by_label("Stahlpreisschock: Guss und Edelstahl werden 20 % teurer");
}

#[test]
fn a_running_project_shows_that_it_runs_not_a_failed_appraisal() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    harness.get_by_role_and_label(Role::CheckBox, "ERP-Einführung").click();
    harness.run();
    let desk = harness.state_mut();
    assert_eq!(desk.session.submit_current(Locale::De), Ok(true));
    desk.session.close_year().expect("the year closes");
    harness.run();
    harness.run();
    // Year 2: the ERP investment (1.400.000 €) was paid in year 1. Its row says so and that
    // it runs; the NPV of what is left of it (capex already sunk) is not shown as a loss.
    harness.get_by_label("bezahlt");
    harness.get_by_label("läuft");
    let note = harness.query_all_by_label_contains("Investition von 1.400.000 € bezahlt").count();
    assert_eq!(note, 1, "one note under the running project names the paid investment");
    assert!(harness.get_by_role_and_label(Role::CheckBox, "ERP-Einführung").accesskit_node().is_disabled());
}

#[test]
fn last_years_report_opens_over_the_form_and_keeps_the_draft() {
    use mehrwert::ui::panels::peek::{PeekView, peek_ui};
    use mehrwert::ui::panels::results::ReportSetup;
    use mehrwert::ui::screens::ResultsTab;
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    // Year 1 has no report to look at yet.
    let button = harness.get_by_role_and_label(Role::Button, "Vorjahresbericht (F6)");
    assert!(button.accesskit_node().is_disabled());
    let desk = harness.state_mut();
    assert_eq!(desk.session.submit_current(Locale::De), Ok(true));
    desk.session.close_year().expect("the year closes");
    harness.run();
    harness.run();
    retype(&mut harness, "Listenpreis – Fachhandel", "71,00");
    harness.get_by_role_and_label(Role::Button, "Vorjahresbericht (F6)").click();
    harness.run();
    assert!(harness.state().commands.contains(&UiCommand::Peek(Some(ResultsTab::Statements))));

    // The window, as the frame draws it over the form, at the market report.
    let desk = harness.state();
    let session = &desk.session;
    let setup = ReportSetup::from_game(session.scenario(), &session.setup, Locale::De);
    let reports = session.reports().to_vec();
    let market = session.snapshot().market_history.clone();
    let mut peek = Harness::builder().with_size(egui::vec2(1440.0, 900.0)).build_ui_state(
        |ui, commands: &mut Vec<UiCommand>| {
            let ctx = ui.ctx();
            let view = PeekView {
                lang: Locale::De,
                companies: &reports,
                market: &market,
                setup: &setup,
                tab: ResultsTab::Market,
            };
            let mut shown = 2;
            commands.extend(peek_ui(&ctx.clone(), &view, &mut shown));
        },
        Vec::new(),
    );
    peek.run();
    peek.get_by_label("Vorjahresbericht — Geschäftsjahr 1");
    for segment in &session.scenario().segments {
        peek.get_by_label(&format!("{} — Geschäftsjahr 1", segment.name));
    }
    // Last year's own units sold, as the books have them.
    let rhein = &reports[2].history[0].segments[0];
    assert!(peek.query_all_by_label(&mehrwert::model::format::units(rhein.sold_units, Locale::De)).count() >= 1);
    peek.get_by_label("Kennzahlen").click();
    peek.run();
    assert_eq!(peek.state().last(), Some(&UiCommand::Peek(Some(ResultsTab::Dashboard))));
    // The draft is untouched by looking.
    assert_eq!(harness.state_mut().session.draft_mut(COMPANY, Locale::De).segments[0].list_price, "71,00");
}

/// The plan the session computes now for the player's company.
fn planned(desk: &mut Desk) -> mehrwert::sim::preview::PlannedYear {
    match desk.session.pro_forma(COMPANY, desk.state.lang) {
        ProForma::Report(planned) => *planned,
        other => panic!("expected a pro-forma report, got {other:?}"),
    }
}

#[test]
fn the_pro_forma_books_the_teams_sales_forecast_and_offers_the_suggestion() {
    use mehrwert::model::format::units;
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    let suggested = planned(harness.state_mut()).suggested_units;
    assert_eq!(suggested.len(), 2, "one suggestion per segment");
    // The empty field stands for the suggestion, which is offered beside it.
    assert_eq!(field_value(&harness, "Absatzplan – Fachhandel"), "");
    let total = |u: &[u64]| units(u.iter().sum(), Locale::De);
    harness.get_by_label(&format!("Mit dem vorgeschlagenen Absatz: {} Stück.", total(&suggested)));
    // The team expects 100.000 units in the trade: the plan books exactly them, at last
    // year's 60 € without rebate, 6.000.000 €.
    retype(&mut harness, "Absatzplan – Fachhandel", "100.000");
    let plan = planned(harness.state_mut());
    assert_eq!(plan.planned_units, vec![100_000, suggested[1]]);
    assert_eq!(plan.report.segments[0].sold_units, 100_000);
    assert_eq!(plan.report.segments[0].net_revenue, mehrwert::model::Money::euros(6_000_000));
    assert_eq!(plan.suggested_units, suggested, "the suggestion does not follow the forecast");
    harness.get_by_label(&format!("Mit Ihrem Absatzplan: {} Stück.", total(&plan.planned_units)));
    // A click on the suggestion takes it over.
    harness.get_by_label(&format!("Vorschlag {}", units(suggested[0], Locale::De))).click();
    harness.run();
    harness.run();
    assert_eq!(field_value(&harness, "Absatzplan – Fachhandel"), units(suggested[0], Locale::De));
    harness.get_by_label(&format!("Mit dem vorgeschlagenen Absatz: {} Stück.", total(&suggested)));
    // Letters are explained at the field like any other entry.
    retype(&mut harness, "Absatzplan – Fachhandel", "viele");
    assert!(submit_disabled(&harness), "a forecast that does not read blocks like any field");
}

#[test]
fn in_english_the_scenarios_own_texts_are_english_too() {
    let mut harness = harness(Locale::En, egui::vec2(1440.0, 900.0));
    harness.run();
    // default.ron's `english` map: the segments and the projects by their English names.
    harness.get_by_label("Sales and pricing — Trade");
    harness.get_by_label("Sales and pricing — Key accounts (OEM)");
    assert!(harness.query_all_by_label("Assembly automation").count() >= 1, "the project by its English name");
    for german in ["Fachhandel", "Großkunden", "Montageautomatisierung", "Gießerei"] {
        let shown =
            harness.query_all_by(|n| n.label().or_else(|| n.value()).is_some_and(|t| t.contains(german))).count();
        assert_eq!(shown, 0, "no German scenario text {german:?} in English");
    }
}

/// The coach card's buttons as the harness sees them: (back enabled, next enabled).
fn coach_buttons(harness: &Harness<'_, Desk>, back: &str, next: &str) -> (bool, bool) {
    let enabled = |label: &str| !harness.get_by_role_and_label(Role::Button, label).accesskit_node().is_disabled();
    (enabled(back), enabled(next))
}

#[test]
fn the_guided_first_year_steps_through_the_form_and_can_be_hidden() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.state_mut().coach = Some(0);
    harness.run();
    harness.get_by_label("Tipp 1 von 5: Verkauf und Preise");
    harness.get_by_label_contains("jeder Tag Zahlungsziel bindet Geld in Forderungen");
    assert_eq!(coach_buttons(&harness, "← Zurück", "Weiter →"), (false, true), "nothing before the first tip");
    // Through the tour in the order the form is filled in, to the pro-forma.
    let topics =
        ["Produktion, Marketing und F&E", "Investitionen und Projekte", "Finanzierung", "Die Planrechnung (pro forma)"];
    for (n, topic) in (2..).zip(topics) {
        harness.get_by_label("Weiter →").click();
        harness.run();
        harness.get_by_label(&format!("Tipp {n} von 5: {topic}"));
    }
    assert_eq!(coach_buttons(&harness, "← Zurück", "Weiter →"), (true, false), "nothing after the last tip");
    harness.get_by_label("← Zurück").click();
    harness.run();
    harness.get_by_label("Tipp 4 von 5: Finanzierung");
    // Hidden: the card is gone and the form is as it was.
    harness.get_by_label("Tipps ausblenden").click();
    harness.run();
    assert_eq!(harness.state().coach, None);
    assert!(harness.query_by_label_contains("Tipp ").is_none(), "no tip once hidden");
    harness.get_by_label("Entscheidungen abgeben");
}

#[test]
fn the_coach_speaks_english_and_only_in_the_first_year() {
    let mut harness = harness(Locale::En, egui::vec2(1440.0, 900.0));
    harness.state_mut().coach = Some(0);
    harness.run();
    harness.get_by_label("Tip 1 of 5: Sales and pricing");
    harness.get_by_label_contains("every day of payment terms ties money up in receivables");
    // Year 1 submitted and played: year 2 is decided without tips, although they are on.
    let desk = harness.state_mut();
    assert_eq!(desk.session.submit_current(Locale::En), Ok(true));
    desk.session.close_year().expect("the year closes");
    desk.screen.refresh(&mut desk.session, Locale::En);
    harness.run();
    harness.get_by_label_contains("Decisions Fiscal year 2");
    assert!(harness.query_by_label_contains("Tip ").is_none(), "no tips in year 2");
}

#[test]
fn in_projector_mode_at_1280_by_720_every_column_and_the_plan_stay_in_view() {
    let mut harness = harness(Locale::De, egui::vec2(1280.0, 720.0));
    harness.state_mut().state.projector = true;
    harness.run();
    harness.run();
    let pro_forma = harness.get_by_label("Planrechnung (pro forma)").rect();
    // The form keeps its last columns (last year, allowed range) left of the pro-forma.
    for label in ["Erlaubt", "30 Tage", "0 – 15 %", "0 – 60 Tage"] {
        for node in harness.get_all_by_label(label) {
            let rect = node.rect();
            assert!(rect.max.x <= pro_forma.min.x, "{label} at {rect:?} runs under the pro-forma at {pro_forma:?}");
        }
    }
    // The pro-forma's plan column is in the window, not scrolled out of it.
    let revenue = projected_net_revenue(harness.state_mut());
    let plan = harness.get_by_label(&revenue).rect();
    assert!(plan.max.x <= 1280.0 && plan.min.x >= pro_forma.min.x, "the plan's net revenue at {plan:?}");
}

#[test]
fn a_plan_that_builds_up_stock_says_so() {
    let mut harness = harness(Locale::De, egui::vec2(1440.0, 900.0));
    harness.run();
    retype(&mut harness, "Absatzplan – Fachhandel", "200.000");
    retype(&mut harness, "Absatzplan – Großkunden (OEM)", "350.000");
    let note = "Der Lagerbestand wächst im Plan";
    assert!(harness.query_by_label_contains(note).is_none(), "550.000 made, 550.000 sold: the stock stays");
    // 690.000 made, 550.000 sold: the opening 60.000 units grow to 60.000 + 140.000 = 200.000.
    retype(&mut harness, "Produktionsmenge", "690.000");
    harness.get_by_label_contains("⚠ Der Lagerbestand wächst im Plan von 60.000 auf 200.000 Stück");
}
