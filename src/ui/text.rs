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
        "error_range" => ("Außerhalb des erlaubten Bereichs:", "Outside the allowed range:"),
        "decide_allowed" => ("Erlaubt", "Allowed"),
        "decide_opening_note" => (
            "Vorjahr: Eröffnungsbilanz (im ersten Jahr gibt es keine Vorjahres-GuV).",
            "Last year: the opening balance sheet (there is no prior income statement in year 1).",
        ),
        "decide_errors_block" => {
            ("Bitte zuerst die markierten Eingaben korrigieren:", "Please correct the marked entries first:")
        }
        "decide_submit_hint" => ("Strg+Enter gibt ab.", "Ctrl+Enter submits."),
        "decide_value_section" => ("Wertbeitrag", "Value added"),
        "decide_capacity" => ("Kapazität", "capacity"),
        "decide_retained" => ("Gewinnrücklagen", "retained earnings"),
        "decide_project" => ("Projekt", "Project"),
        "decide_capex" => ("Investition", "Capex"),
        "decide_life" => ("Laufzeit", "Life"),
        "decide_cash_flow_pa" => ("Cashflow p. a.", "Cash flow p.a."),
        "decide_npv" => ("Kapitalwert", "NPV"),
        "decide_irr" => ("IRR", "IRR"),
        "decide_payback" => ("Amortisation", "Payback"),
        "decide_years_short" => ("J.", "yrs"),
        "decide_running" => ("läuft (Jahr {} bis {})", "running (year {} to {})"),
        "decide_never" => ("nie", "never"),
        "decide_appraisal_basis" => (
            "Bewertet zum WACC von {wacc}, bei {units} Stück im Jahr (Vorjahresproduktion), nach {tax} Steuern; Cashflow = Einsparung nach Steuern + Steuerersparnis aus der Abschreibung.",
            "Appraised at the WACC of {wacc}, on {units} units a year (last year's production), after {tax} tax; cash flow = saving after tax + depreciation tax shield.",
        ),
        "decide_market_note" => (
            "* Nutzen hängt vom Markt ab (Qualität, Marke, Kapazität): bewertet sind nur Investition und Steuerersparnis.",
            "* The benefit depends on the market (quality, brand, capacity): only the capex and the tax shield are appraised.",
        ),
        "decide_counted_years" => ("im Spiel noch {} J.", "{} yrs left in the game"),
        "help_list_price" => (
            "Preis je Stück vor Rabatt. Höher: mehr Marge, weniger Absatz.",
            "Price per unit before rebate. Higher: more margin, fewer units.",
        ),
        "help_rebate" => (
            "Nachlass auf den Listenpreis: kauft Menge, kostet Marge.",
            "Discount off the list price: buys volume, costs margin.",
        ),
        "help_payment_days" => (
            "Längere Zahlungsziele gewinnen Kunden, binden aber Kapital in Forderungen.",
            "Longer payment terms win customers but tie up capital in receivables.",
        ),
        "help_salespeople" => (
            "Außendienst in diesem Segment: mehr Nachfrage, Kosten je Person und Jahr.",
            "Sales force in this segment: more demand, a cost per person and year.",
        ),
        "help_production_units" => (
            "Stück, die dieses Jahr gefertigt werden; mehr als die Kapazität wird gekappt, Überbestand kostet Lagerhaltung.",
            "Units made this year; above capacity is capped, surplus stock costs holding.",
        ),
        "help_marketing" => (
            "Baut die Marke auf; wirkt über Jahre, verfällt aber jährlich.",
            "Builds the brand; works over years but decays each year.",
        ),
        "help_rnd" => ("Baut die Produktqualität auf; wirkt über Jahre.", "Builds product quality; works over years."),
        "help_lines_bought" => (
            "Neue Fertigungslinien: mehr Kapazität, mehr gebundenes Kapital und Abschreibungen.",
            "New production lines: more capacity, more capital employed and depreciation.",
        ),
        "help_loan_change" => (
            "Darlehen: senkt den WACC (Zinsen sind steuerlich absetzbar), kostet Zinsen; negativ = tilgen.",
            "Loans: lower the WACC (interest is tax-deductible) but cost interest; negative = repay.",
        ),
        "help_equity_raised" => (
            "Neues Eigenkapital der Eigentümer: sicher, aber teurer als Fremdkapital.",
            "New equity from the owners: safe, but dearer than debt.",
        ),
        "help_dividend" => (
            "Ausschüttung an die Eigentümer aus den Gewinnrücklagen; senkt Eigenkapital und Kasse.",
            "Paid to the owners out of retained earnings; lowers equity and cash.",
        ),
        "warn_capacity" => {
            ("Mehr als die Kapazität: die Produktion wird gekappt.", "More than capacity: production will be capped.")
        }
        "warn_loan_limit" => {
            ("Über dem Kreditrahmen: das Darlehen wird gekappt.", "Above the credit limit: the loan will be capped.")
        }
        "warn_loan_repay" => (
            "Mehr Tilgung als Darlehen: die Tilgung wird gekappt.",
            "Repaying more than is owed: the repayment will be capped.",
        ),
        "warn_dividend" => (
            "Mehr als die Gewinnrücklagen: die Dividende wird gekappt.",
            "More than retained earnings: the dividend will be capped.",
        ),
        "warn_overdraft" => (
            "Die Kasse reicht nicht: teurer Kontokorrentkredit wird gezogen.",
            "Cash runs short: an expensive overdraft will be drawn.",
        ),
        "warn_project" => {
            ("Projekt läuft bereits und wird übersprungen.", "Project already running; it will be skipped.")
        }
        _ => return crate::labels::label(key, lang),
    };
    match lang {
        Locale::De => pair.0,
        Locale::En => pair.1,
    }
}
