//! Every text of the game's screens in German and English (German first).
//!
//! Keys are snake_case; statement and KPI lines come from [`crate::labels`]. Fluent files
//! replace this table when the glossary arrives (issue 4); the keys stay the same.

use crate::model::format::Locale;

/// The text for `key`; an unknown key is shown as itself so it is noticed, and a test
/// checks that every key the screens use is known.
pub fn tr(key: &str, lang: Locale) -> &str {
    let pair: (&'static str, &'static str) = match key {
        "app_title" => ("Mehrwert – CFO-Planspiel", "Mehrwert – CFO business game"),
        "new_game" => ("Neues Spiel", "New game"),
        "continue_autosave" => ("Weiterspielen (automatisch gespeichert)", "Continue (autosave)"),
        "load_game" => ("Spielstand laden", "Load game"),
        "save_game" => ("Spielstand speichern", "Save game"),
        "quit" => ("Beenden", "Quit"),
        "language" => ("Sprache", "Language"),
        "projector_mode" => ("Beamer-Modus", "Projector mode"),
        "scenario" => ("Szenario", "Scenario"),
        "open_file" => ("Datei öffnen …", "Open file …"),
        "mode" => ("Modus", "Mode"),
        "solo" => ("Allein gegen den Computer", "Solo against the computer"),
        "workshop" => ("Workshop: Teams an einem Laptop", "Workshop: teams on one laptop"),
        "teams" => ("Teams", "Teams"),
        "team_name" => ("Teamname", "Team name"),
        "seed" => ("Startwert (Zufall)", "Seed"),
        "start" => ("Spiel starten", "Start game"),
        "back" => ("Zurück", "Back"),
        "decide" => ("Entscheidungen", "Decisions"),
        "submit" => ("Entscheidungen abgeben", "Submit decisions"),
        "close_year" => ("Geschäftsjahr abschließen", "Close the fiscal year"),
        "handover" => ("Übergabe", "Handover"),
        "handover_text" => {
            ("Bitte den Laptop an das nächste Team übergeben.", "Please hand the laptop to the next team.")
        }
        "ready" => ("Wir sind bereit", "We are ready"),
        "results" => ("Jahresabschluss", "Annual report"),
        "dashboard" => ("Kennzahlen", "KPIs"),
        "market_report" => ("Marktbericht", "Market report"),
        "leaderboard" => ("Rangliste", "Leaderboard"),
        "final_ranking" => ("Endstand", "Final ranking"),
        "debrief" => ("Auswertung", "Debrief"),
        "next_year" => ("Weiter zum nächsten Jahr", "On to the next year"),
        "pro_forma" => ("Planrechnung (pro forma)", "Pro-forma"),
        "last_year" => ("Vorjahr", "Last year"),
        "this_year" => ("Plan", "Plan"),
        "change" => ("Veränderung", "Change"),
        "sales_and_pricing" => ("Vertrieb und Preise", "Sales and pricing"),
        "production" => ("Produktion", "Production"),
        "investments" => ("Investitionen und Projekte", "Investments and projects"),
        "financing" => ("Finanzierung und Dividende", "Financing and dividend"),
        "list_price" => ("Listenpreis", "List price"),
        "rebate" => ("Rabatt", "Rebate"),
        "payment_days" => ("Zahlungsziel", "Payment terms"),
        "salespeople" => ("Außendienst", "Sales force"),
        "production_units" => ("Produktionsmenge", "Production"),
        "marketing" => ("Marketing", "Marketing"),
        "rnd" => ("Forschung und Entwicklung", "R&D"),
        "lines_bought" => ("Neue Fertigungslinien", "New production lines"),
        "loan_change" => ("Darlehen aufnehmen (+) / tilgen (−)", "Loan drawn (+) / repaid (−)"),
        "equity_raised" => ("Kapitalerhöhung", "Equity raised"),
        "dividend" => ("Dividende", "Dividend"),
        "unit_eur" => ("€", "€"),
        "unit_eur_per_unit" => ("€ je Stück", "€ per unit"),
        "unit_percent" => ("%", "%"),
        "unit_days" => ("Tage", "days"),
        "unit_people" => ("Personen", "people"),
        "unit_units" => ("Stück", "units"),
        "unit_lines" => ("Linien", "lines"),
        "allowed" => ("erlaubt:", "allowed:"),
        "found" => ("gefunden:", "found:"),
        "error_empty" => ("Bitte einen Wert eingeben.", "Please enter a value."),
        "error_not_a_number" => ("„{}“ ist keine Zahl.", "“{}” is not a number."),
        "error_whole_number" => ("Bitte eine ganze Zahl ≥ 0 eingeben.", "Please enter a whole number ≥ 0."),
        "error_cents" => ("Höchstens zwei Nachkommastellen (Cent).", "At most two decimal places (cents)."),
        "year" => ("Geschäftsjahr", "Fiscal year"),
        "news" => ("Nachrichten", "News"),
        "company" => ("Unternehmen", "Company"),
        "score" => ("Punktzahl (Barwert EVA)", "Score (PV of EVA)"),
        "saved" => ("Gespeichert", "Saved"),
        "error" => ("Fehler", "Error"),
        _ => return crate::labels::label(key, lang),
    };
    match lang {
        Locale::De => pair.0,
        Locale::En => pair.1,
    }
}
