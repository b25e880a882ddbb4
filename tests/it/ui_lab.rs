//! The customer value lab as a person uses it (kittest): a customer typed in field by field,
//! its EVA read on the analysis tab, a lever from the library with its estimates, the offer's
//! value and the value message; the shipped value case opened through the form giving the
//! command line's figures; bad entries answered under their fields.

use bevy_egui::egui;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use mehrwert::model::Money;
use mehrwert::model::format::Locale;
use mehrwert::ui::lab::screen::{LabAction, lab_ui};
use mehrwert::ui::lab::{Lab, LabTab};

const CASE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/analyze/wertfall-hessler.ron");

/// The lab in a window of 1440 × 2400 (tall enough that no field scrolls out of reach).
fn harness(lab: Lab) -> Harness<'static, (Lab, Vec<LabAction>)> {
    let mut harness = Harness::builder().with_size(egui::vec2(1440.0, 2400.0)).build_ui_state(
        |ui, (lab, actions): &mut (Lab, Vec<LabAction>)| {
            actions.extend(lab_ui(ui, lab, Locale::De));
        },
        (lab, Vec::new()),
    );
    harness.run();
    harness
}

/// Types `text` into the `nth` text field labelled `label`.
fn type_into(harness: &mut Harness<'static, (Lab, Vec<LabAction>)>, label: &str, nth: usize, text: &str) {
    let fields = harness.get_all_by_role_and_label(Role::TextInput, label).collect::<Vec<_>>();
    let Some(field) = fields.get(nth) else { panic!("no field {nth} labelled {label}") };
    field.focus();
    harness.run();
    let fields = harness.get_all_by_role_and_label(Role::TextInput, label).collect::<Vec<_>>();
    fields[nth].type_text(text);
    harness.run();
}

fn click(harness: &mut Harness<'static, (Lab, Vec<LabAction>)>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.run();
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_person_types_a_customer_and_an_offer_and_reads_what_it_is_worth() {
    let dir = temp_dir();
    let mut harness = harness(Lab::new(dir.path(), Locale::De));
    // The small company of tests/it/analyze.rs, typed as a person reads its report.
    for (label, text) in [
        ("Unternehmen", "Kleinteile GmbH"),
        ("Geschäftsjahr", "2025"),
        ("Ertragsteuersatz (%)", "25"),
        ("Eigenkapitalkosten (%)", "12"),
        ("Fremdkapitalkosten vor Steuern (%)", "8"),
    ] {
        type_into(&mut harness, label, 0, text);
    }
    let balance = [
        ("Zahlungsmittel und Zahlungsmitteläquivalente", "100.000", "194.500"),
        ("Forderungen aus Lieferungen und Leistungen", "200.000", "200.000"),
        ("Vorräte", "300.000", "300.000"),
        ("Sachanlagen inkl. Nutzungsrechte (Leasing)", "400.000", "400.000"),
        ("Verbindlichkeiten aus Lieferungen und Leistungen", "200.000", "200.000"),
        ("Langfristige Finanzverbindlichkeiten inkl. Anleihen und Leasing", "300.000", "300.000"),
        ("Gezeichnetes Kapital", "100.000", "100.000"),
        ("Rücklagen, Gewinnvortrag und Jahresergebnis", "400.000", "494.500"),
    ];
    for (label, opening, closing) in balance {
        type_into(&mut harness, label, 0, opening);
        type_into(&mut harness, label, 1, closing);
    }
    for (label, text) in [
        ("Umsatzerlöse", "1.000.000"),
        ("Umsatzkosten (Herstellungskosten des Umsatzes)", "600.000"),
        ("Allgemeine Verwaltungskosten", "200.000"),
        ("Abschreibungen (Anhang oder Kapitalflussrechnung)", "50.000"),
        ("Zinsaufwendungen", "24.000"),
        ("Ertragsteuern (Steuerertrag negativ)", "31.500"),
    ] {
        type_into(&mut harness, label, 0, text);
    }
    assert!(harness.state().0.report.is_some(), "issues: {:?}", harness.state().0.issues);
    harness.get_by_label_contains("Die Zahlen ergeben einen stimmigen Abschluss");
    // EVA worked by hand in tests/it/analyze.rs: 112 500 − 72 000 = 40 500,00 €.
    click(&mut harness, "2 Analyse");
    harness.get_by_label("40.500,00 €");
    harness.get_by_label("ROIC über WACC: Der Kunde hat in diesem Jahr Wert geschaffen.");
    // The offer: 3 years, an energy saving of 10 000 € a year (worst 5 000, best 12 000).
    click(&mut harness, "3 Angebot und Werthebel");
    type_into(&mut harness, "Name des Angebots", 0, "Sparpaket");
    click(&mut harness, "Werthebel hinzufügen ▾");
    click(&mut harness, "Energieeinsparung");
    for (label, text) in [("schlecht", "5.000"), ("erwartet", "10.000"), ("gut", "12.000")] {
        type_into(&mut harness, label, 0, text);
    }
    let lab = &harness.state().0;
    assert!(lab.case.is_some(), "issues: {:?} errors: {:?}", lab.issues, lab.errors);
    // ΔNOPAT = 10 000 × 0,75 = 7 500 a year, no capital change: ΔEVA 22 500 over 3 years;
    // NPV at WACC 0,72/7: 7 500 × (1/1,102857 + 1/1,102857² + 1/1,102857³) = 18 557,97.
    let result = lab.result.as_ref().unwrap_or_else(|| panic!("no result"));
    assert_eq!(result.likely.total_delta_eva, Money::euros(22_500));
    assert_eq!(result.likely.npv, Money::cents(1_855_797));
    harness.get_by_label("+22.500 €");
    harness.get_by_label("+18.558 €");
    // The message names the figures.
    click(&mut harness, "4 Wertbotschaft");
    let paragraphs = harness.get_all_by(|node| node.value().is_some_and(|v| v.contains("um insgesamt 22.500 €")));
    assert!(paragraphs.count() >= 1, "the finance paragraph names ΔEVA");
    click(&mut harness, "PDF für das Kundengespräch");
    assert_eq!(harness.state().1.last(), Some(&LabAction::ExportPdf));
}

#[test]
fn the_shipped_case_opened_through_the_form_gives_the_command_lines_figures() {
    let dir = temp_dir();
    let mut lab = Lab::new(dir.path(), Locale::De);
    lab.open(std::path::Path::new(CASE), Locale::De).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lab.tab, LabTab::Analysis);
    // The analysis of tests/it/analyze.rs (worked by hand there): EVA −1 330 519,35 €.
    let analysis = lab.analysis.as_ref().unwrap_or_else(|| panic!("no analysis: {:?}", lab.issues));
    assert_eq!(analysis.eva.eva, Money::cents(-133_051_935));
    // The same case read straight from its file: every lever and every figure the same.
    let text = std::fs::read_to_string(CASE).unwrap_or_else(|e| panic!("{e}"));
    let direct = mehrwert::scenario::customer::case_file::parse_case(&text, None).unwrap_or_else(|e| panic!("{e}"));
    let case = lab.case.as_ref().unwrap_or_else(|| panic!("no case: {:?} {:?}", lab.issues, lab.errors));
    assert_eq!(case.offer, direct.offer);
    assert_eq!(case.customer.report, direct.customer.report);
    let result = mehrwert::lab::evaluate::evaluate(&direct);
    assert_eq!(lab.result.as_ref().map(|r| r.likely.npv), Some(result.likely.npv));
    // Saved by the lab and read again: the same case.
    let saved = ron::ser::to_string_pretty(&lab.raw_case(), ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let again = mehrwert::scenario::customer::case_file::parse_case(&saved, None).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(again.offer, direct.offer);
    assert_eq!(again.customer.report, direct.customer.report);
    // In English the form's numbers are rewritten, the figures stay.
    let mut harness = harness(lab);
    harness.state_mut().0.form = mehrwert::ui::lab::form::LabForm::from_raw(&harness.state().0.raw_case(), Locale::En);
    harness.state_mut().0.recompute();
    assert_eq!(harness.state().0.case.as_ref().map(|c| c.offer.clone()), Some(direct.offer));
}

#[test]
fn bad_entries_are_answered_under_their_fields_and_nothing_is_computed_from_them() {
    let dir = temp_dir();
    let mut lab = Lab::new(dir.path(), Locale::De);
    lab.open(std::path::Path::new(CASE), Locale::De).unwrap_or_else(|e| panic!("{e}"));
    lab.tab = LabTab::Report;
    let mut harness = harness(lab);
    // Text in a number field.
    let label = "Vorräte";
    let fields = harness.get_all_by_role_and_label(Role::TextInput, label).collect::<Vec<_>>();
    fields[1].focus();
    harness.run();
    harness.get_all_by_role_and_label(Role::TextInput, label).nth(1).unwrap_or_else(|| panic!("field")).type_text("x");
    harness.run();
    harness.get_by_label_contains("ist keine Zahl");
    assert!(harness.state().0.report.is_none());
    // Back to the number; then a consignment stock beyond the customer's inventory
    // (20,6 Mio. € at the year's end) as the best case.
    harness.state_mut().0.form.fields.insert("closing.inventory".into(), "20.600.000".into());
    let stock = harness.state().0.form.levers.iter().position(|l| l.name == "Konsignationslager");
    let Some(stock) = stock else { panic!("the example has a consignment stock") };
    harness.state_mut().0.form.levers[stock].best = "30.000.000".into();
    harness.state_mut().0.recompute();
    assert!(harness.state().0.report.is_some());
    harness.state_mut().0.tab = LabTab::Offer;
    harness.run();
    harness.get_by_label_contains("höchstens die Vorräte des Kunden am Jahresende");
    assert!(harness.state().0.case.is_none(), "no value from an impossible lever");
}

#[test]
fn a_lever_field_that_does_not_read_stops_the_offer_and_a_language_switch_keeps_it() {
    let dir = temp_dir();
    let mut lab = Lab::new(dir.path(), Locale::De);
    lab.open(std::path::Path::new(CASE), Locale::De).unwrap_or_else(|e| panic!("{e}"));
    assert!(lab.case.is_some());
    // "abc" as realised: red under the field, and no value, no PDF from it.
    lab.form.levers[1].realised = "abc".into();
    lab.form.levers[1].margin = "25,75".into();
    lab.recompute();
    assert!(lab.case.is_none() && lab.result.is_none(), "nothing computed from an unread field");
    assert!(lab.report.is_some(), "the customer's analysis stays");
    assert!(lab.field_problem("levers[1].realised", Locale::De).is_some_and(|p| p.contains("abc")));
    // In English the numbers are rewritten one by one; what does not read stays as typed.
    let english = lab.form.in_locale(Locale::En);
    assert_eq!(english.levers[1].realised, "abc");
    assert_eq!(english.levers[1].margin, "25.75");
    assert_eq!(english.fields.get("closing.inventory").map(String::as_str), Some("20,600,000"));
    let back = english.in_locale(Locale::De);
    assert_eq!((back.levers[1].realised.as_str(), back.levers[1].margin.as_str()), ("abc", "25,75"), "and back again");
    assert_eq!(back.fields, lab.form.fields);
    // A rate typed as a fraction gets a hint (0,30 in a percent field is 0,3 %).
    lab.form.fields.insert("tax_rate".into(), "0,30".into());
    assert!(lab.form.rate_hint("tax_rate", Locale::De).is_some_and(|h| h.contains("„30“")));
}

#[test]
fn what_was_typed_is_kept_as_a_draft_when_another_file_is_opened() {
    let dir = temp_dir();
    let mut harness = harness(Lab::new(dir.path(), Locale::De));
    type_into(&mut harness, "Unternehmen", 0, "Halbfertig AG");
    type_into(&mut harness, "Vorräte", 1, "123.456");
    harness.state_mut().0.tab = LabTab::Report;
    // "Neu beginnen", as a person clicks it; the screen carries the action out.
    click(&mut harness, "Neu beginnen");
    assert_eq!(harness.state().1.last(), Some(&LabAction::Clear));
    let kept = harness.state_mut().0.keep_typed().unwrap_or_else(|e| panic!("{e}"));
    let Some(kept) = kept else { panic!("the typing was not kept") };
    let text = std::fs::read_to_string(&kept).unwrap_or_default();
    assert!(text.contains("Halbfertig AG") && text.contains("123456"), "{text}");
    // The draft opens again with what was typed (a case, though not yet a valid one).
    let mut lab = Lab::new(dir.path(), Locale::De);
    lab.open(&kept, Locale::De).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(lab.form.text("company"), "Halbfertig AG");
    assert_eq!(lab.form.text("closing.inventory"), "123.456");
    // Nothing typed: no draft.
    assert_eq!(Lab::new(dir.path(), Locale::De).keep_typed(), Ok(None));
}
