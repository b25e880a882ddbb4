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
        "folder_up" => ("Übergeordneter Ordner", "Parent folder"),
        "no_ron_files" => ("Keine .ron-Dateien in diesem Ordner.", "No .ron files in this folder."),
        "statements_tab" => ("Bilanz, GuV, Cashflow", "Statements"),
        "fy_short" => ("GJ", "FY"),
        "you" => ("Sie", "You"),
        "your_company" => ("Ihr Unternehmen", "your company"),
        "unit_million_eur" => ("Mio. €", "€ M"),
        "roce_vs_wacc" => ("ROCE (Linie) gegen WACC (gestrichelt), %", "ROCE (solid) against WACC (dashed), %"),
        "net_price" => ("Nettopreis", "Net price"),
        "demand" => ("Nachfrage (Stück)", "Demand (units)"),
        "units_sold" => ("Absatz (Stück)", "Units sold"),
        "segment_total" => ("Segment gesamt", "Segment total"),
        "avg_net_price" => ("Ø Nettopreis", "Avg. net price"),
        "no_news" => ("Keine besonderen Ereignisse in diesem Jahr.", "No special events this year."),
        "played_by" => ("Gespielt von", "Played by"),
        "change_hint" => (
            "Veränderung zum Vorjahr: grün = besser, rot = schlechter, grau = weder noch",
            "Change against the prior year: green = better, red = worse, grey = neither",
        ),
        "score_cumulative" => ("Punktzahl kumuliert", "Cumulative score"),
        "eva_per_year" => ("EVA je Geschäftsjahr", "EVA per fiscal year"),
        "avg_roce" => ("Ø ROCE", "Avg. ROCE"),
        "avg_wacc" => ("Ø WACC", "Avg. WACC"),
        "spread" => ("Ø ROCE − Ø WACC", "Avg. ROCE − avg. WACC"),
        "total_eva" => ("Summe EVA", "Total EVA"),
        "final_equity" => ("Eigenkapital am Ende", "Final equity"),
        "decisive_numbers" => ("Die entscheidenden Zahlen", "The decisive numbers"),
        "debrief_text" => (
            "Die Punktzahl ist die Summe der EVA aller Jahre, abgezinst mit dem WACC. Wert schafft, wer dauerhaft mehr verdient, als sein Kapital kostet: ROCE über WACC.",
            "The score is the EVA of every year, discounted at the WACC. Value is created by earning more than the capital costs, year after year: ROCE above WACC.",
        ),
        "view_reports" => ("Jahresabschlüsse ansehen", "View the annual reports"),
        "to_title" => ("Zum Startbildschirm", "To the title screen"),
        "def_revenue" => ("Absatz mal Listenpreis, vor Rabatten.", "Units sold times list price, before rebates."),
        "def_rebates" => ("Nachlässe auf den Listenpreis.", "Discounts off the list price."),
        "def_net_revenue" => (
            "Umsatz nach Rabatten: was die Kunden tatsächlich schulden.",
            "Revenue after rebates: what customers actually owe.",
        ),
        "def_cogs" => (
            "Material, Fertigungslohn und Fertigungsgemeinkosten der verkauften Stücke.",
            "Material, labour and production overhead of the units sold.",
        ),
        "def_gross_profit" => {
            ("Nettoumsatz minus Herstellkosten des Umsatzes.", "Net revenue minus cost of goods sold.")
        }
        "def_operating_expenses" => (
            "Marketing, F&E, Vertrieb, Verwaltung und weitere laufende Kosten.",
            "Marketing, R&D, sales, administration and other running costs.",
        ),
        "def_ebitda" => (
            "Ergebnis vor Zinsen, Steuern und Abschreibungen.",
            "Earnings before interest, taxes, depreciation and amortisation.",
        ),
        "def_depreciation" => {
            ("Wertverzehr der Anlagen im Jahr (kein Geldabfluss).", "The year's wear of the plant (no cash outflow).")
        }
        "def_ebit" => ("Operatives Ergebnis vor Zinsen und Steuern.", "Operating result before interest and taxes."),
        "def_ebt" => ("Ergebnis nach Zinsen, vor Ertragsteuern.", "Result after interest, before income tax."),
        "def_tax" => (
            "Ertragsteuern auf den Gewinn (Verluste werden vorgetragen).",
            "Income tax on profit (losses are carried forward).",
        ),
        "def_net_income" => (
            "Gewinn nach Zinsen und Steuern; erhöht das Eigenkapital.",
            "Profit after interest and taxes; adds to equity.",
        ),
        "def_cash" => ("Bankguthaben am Stichtag.", "Money in the bank at the balance-sheet date."),
        "def_receivables" => (
            "Verkauft, aber von Kunden noch nicht bezahlt (Zahlungsziel).",
            "Sold but not yet paid by customers (payment terms).",
        ),
        "def_inventory" => (
            "Produzierte, noch nicht verkaufte Stücke zu Herstellkosten.",
            "Units produced but not yet sold, at production cost.",
        ),
        "def_ppe_net" => (
            "Anlagen zu Anschaffungskosten minus kumulierte Abschreibungen.",
            "Plant at cost less accumulated depreciation.",
        ),
        "def_payables" => {
            ("Eingekauft, aber an Lieferanten noch nicht bezahlt.", "Bought but not yet paid to suppliers.")
        }
        "def_loans" => ("Langfristige Bankdarlehen.", "Long-term bank loans."),
        "def_overdraft" => (
            "Kurzfristiger Bankkredit, wenn das Geld nicht reicht (teuer).",
            "Short-term bank credit when cash runs out (expensive).",
        ),
        "def_total_liabilities" => {
            ("Alles, was das Unternehmen anderen schuldet.", "Everything the company owes to others.")
        }
        "def_total_equity" => (
            "Kapital der Eigentümer: Einlagen plus einbehaltene Gewinne.",
            "The owners' capital: paid-in capital plus retained profits.",
        ),
        "def_operating" => (
            "CFO: Geld aus dem laufenden Geschäft (Gewinn, Abschreibungen, Working Capital).",
            "CFO: cash from running the business (profit, depreciation, working capital).",
        ),
        "def_investing" => {
            ("CFI: Geld für Investitionen in Anlagen und Projekte.", "CFI: cash spent on plant and projects.")
        }
        "def_financing" => (
            "CFF: Geld von und an Banken und Eigentümer (Darlehen, Kapital, Dividende).",
            "CFF: cash from and to banks and owners (loans, equity, dividends).",
        ),
        "def_net_change" => ("CFO + CFI + CFF: Veränderung der liquiden Mittel.", "CFO + CFI + CFF: change in cash."),
        "def_closing_cash" => (
            "Liquide Mittel am Jahresende; gleich dem Kassenbestand der Bilanz.",
            "Cash at year end; equals cash in the balance sheet.",
        ),
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
        "projects" => ("Projekte", "Projects"),
        "value_tab" => ("Wertbeitrag", "Value"),
        "journal_tab" => ("Buchungen", "Journal entries"),
        "glossary" => ("Glossar", "Glossary"),
        "glossary_search" => ("Suchen:", "Search:"),
        "glossary_search_hint" => ("Begriff, z. B. Forderungen", "a term, e.g. receivables"),
        "glossary_clear" => ("Suche leeren", "Clear the search"),
        "glossary_nothing" => ("Kein Eintrag passt zur Suche.", "No entry matches the search."),
        "glossary_entries" => ("Einträge", "entries"),
        "glossary_formula" => ("Formel", "Formula"),
        "glossary_drivers" => ("Bewegt durch", "Moved by"),
        "glossary_typical" => ("Typisch", "Typical"),
        "value_viewer" => ("Ansicht für Team:", "Viewing team:"),
        "driver_tree" => ("EVA-Werttreiberbaum", "EVA driver tree"),
        "driver_tree_hint" => (
            "Maus über einen Begriff: Definition und was ihn bewegt. Quoten in % des Nettoumsatzes, Kapital zu Jahresbeginn.",
            "Hover over a term for its definition and what moves it. Ratios in % of net revenue, capital at the start of the year.",
        ),
        "value_private" => (
            "Die übrigen Werte dieses Unternehmens sind vertraulich: Der Marktbericht veröffentlicht nur Nettoumsatz, Absatzmenge, Preis und Marktanteil.",
            "This company's other figures are confidential: the market report only publishes net revenue, volume, price and market share.",
        ),
        "rel_eva" => ("= Überrendite × Kapital", "= spread × capital"),
        "rel_spread" => ("= ROIC − WACC", "= ROIC − WACC"),
        "rel_roic" => ("= NOPAT-Marge × Kapitalumschlag", "= NOPAT margin × capital turnover"),
        "rel_nopat_margin" => ("= EBIT-Marge × (1 − Steuersatz)", "= EBIT margin × (1 − tax rate)"),
        "rel_ebit_margin" => ("= 1 − Kostenquoten", "= 1 − cost ratios"),
        "rel_capital_turnover" => ("= Nettoumsatz / Kapital", "= net revenue / capital"),
        "rel_net_revenue" => ("= Menge × Nettopreis", "= volume × net price"),
        "rel_capital_employed" => (
            "= Anlagen + Vorräte + Forderungen − Verbindlichkeiten",
            "= fixed assets + inventory + receivables − payables",
        ),
        "unit_points" => ("Pp", "pp"),
        "eva_bridge" => ("Warum sich der EVA verändert hat", "Why EVA changed"),
        "eva_bridge_first_year" => (
            "Im ersten Geschäftsjahr gibt es kein Vorjahr zum Vergleich.",
            "The first fiscal year has no prior year to compare with.",
        ),
        "eva_bridge_no_revenue" => (
            "Ohne Umsatz in beiden Jahren lässt sich die Veränderung nicht zerlegen.",
            "Without revenue in both years the change cannot be split.",
        ),
        "attr_revenue" => ("Umsatz", "Revenue"),
        "attr_margin" => ("Marge", "Margin"),
        "attr_tax" => ("Steuer", "Tax"),
        "attr_capital" => ("Kapitalbindung", "Capital"),
        "attr_wacc" => ("Kapitalkosten", "Cost of capital"),
        "eva_change" => ("Veränderung EVA", "Change in EVA"),
        "what_if" => ("Was wäre wenn …", "What if …"),
        "what_if_hint" => (
            "Entscheidungen dieses Jahres ändern und das Spiel bis heute neu durchspielen; das laufende Spiel bleibt unverändert.",
            "Change this year's decisions and replay the game to today; the game itself stays as it is.",
        ),
        "what_if_run" => ("Durchspielen", "Replay"),
        "what_if_reset" => ("Zurücksetzen", "Reset"),
        "what_if_actual" => ("Spiel", "Game"),
        "what_if_branch" => ("Variante", "What if"),
        "journal_behind" => ("Buchungen hinter", "Entries behind"),
        "journal_none" => ("Keine Buchungen in diesem Jahr.", "No entries in this year."),
        "journal_phase" => ("Phase", "Phase"),
        "journal_accounts" => ("Konten (Soll / Haben)", "Accounts (debit / credit)"),
        "journal_debit" => ("Soll", "Debit"),
        "journal_credit" => ("Haben", "Credit"),
        "journal_on_line" => ("Auf der Zeile", "On the line"),
        "journal_cause" => ("Ursache", "Cause"),
        "journal_opening" => ("Anfangsbestand", "Opening balance"),
        "journal_closing" => ("Endbestand", "Closing balance"),
        "journal_sum" => ("Summe", "Total"),
        "journal_matches" => ("Zeile im Abschluss", "line in the statements"),
        "journal_line_value" => ("Zeile im Abschluss", "Line in the statements"),
        "journal_decision" => ("Entscheidung", "Decision"),
        "journal_to_decide" => ("Zu den Entscheidungen für", "To the decisions for"),
        "phase_opening" => ("Eröffnung", "Opening"),
        "phase_open" => ("Jahresbeginn", "Start of year"),
        "phase_decide" => ("Entscheidung", "Decisions"),
        "phase_invest" => ("Investition und Finanzierung", "Investment and financing"),
        "phase_produce" => ("Produktion", "Production"),
        "phase_market" => ("Markt", "Market"),
        "phase_sell" => ("Verkauf", "Sales"),
        "phase_operate" => ("Betrieb", "Operations"),
        "phase_settle" => ("Zahlungen", "Settlement"),
        "phase_close" => ("Abschluss", "Closing"),
        _ => return crate::labels::label(key, lang),
    };
    match lang {
        Locale::De => pair.0,
        Locale::En => pair.1,
    }
}
