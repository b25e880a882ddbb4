### Mehrwert: alle Texte auf Deutsch. Die englischen stehen in ../en/mehrwert.ftl.
###
### Both files hold exactly the same message ids (a test in src/i18n.rs fails otherwise).
### - Statement lines and report headings (crate::labels::label): the message id is the key.
### - Screen texts (crate::ui::text::tr): the message id is ui_ + the key; tr falls back to
###   the statement labels for keys without a screen text of their own.
### - Arguments { $name } are real Fluent arguments, filled by i18n::message (ui::text::tr_args
###   for screen texts); selectors choose words (warn_*, explain_*, analyze_verdict).
### - One line per message where there is no selector: the screens lay out each text themselves.

## Statement lines and report headings: crate::labels::label(key), message id = key.

revenue = Umsatz zu Listenpreisen
rebates = Rabatte
net_revenue = Nettoumsatz
cogs = Herstellkosten des Umsatzes
gross_profit = Bruttoergebnis
marketing = Marketing
rnd = Forschung und Entwicklung
sales_force = Vertrieb (Außendienst)
admin = Verwaltung
cost_to_serve = Kundenbetreuungskosten
inventory_holding = Lagerhaltungskosten
operating_expenses = Betriebliche Aufwendungen
ebitda = EBITDA
depreciation = Abschreibungen
ebit = EBIT
interest_expense = Zinsaufwand
interest_income = Zinsertrag
ebt = Ergebnis vor Steuern
tax = Ertragsteuern
net_income = Jahresüberschuss
cash = Liquide Mittel
receivables = Forderungen
inventory = Vorräte
ppe_gross = Sachanlagen (brutto)
accumulated_depreciation = Kumulierte Abschreibungen
ppe_net = Sachanlagen (netto)
total_assets = Summe Aktiva
payables = Verbindlichkeiten aus L.u.L.
tax_payable = Steuerverbindlichkeiten
loans = Darlehen
overdraft = Kontokorrentkredit
total_liabilities = Summe Verbindlichkeiten
subscribed_capital = Gezeichnetes Kapital
retained_earnings = Gewinnrücklagen
total_equity = Eigenkapital
total_equity_and_liabilities = Summe Passiva
change_receivables = Veränderung Forderungen
change_inventory = Veränderung Vorräte
change_payables = Veränderung Verbindlichkeiten L.u.L.
change_tax_payable = Veränderung Steuerverbindlichkeiten
operating = Cashflow aus laufender Geschäftstätigkeit
capex = Investitionen
investing = Cashflow aus Investitionstätigkeit
loans_change = Veränderung Darlehen
overdraft_change = Veränderung Kontokorrent
equity_raised = Kapitalerhöhung
dividends = Dividende
financing = Cashflow aus Finanzierungstätigkeit
net_change = Veränderung liquide Mittel
opening_cash = Liquide Mittel am Jahresanfang
closing_cash = Liquide Mittel am Jahresende
income_statement = Gewinn- und Verlustrechnung
balance_sheet = Bilanz zum Jahresende
cash_flow = Kapitalflussrechnung (indirekt)
fiscal_year = Geschäftsjahr
leaderboard = Rangliste
news = Nachrichten
rank = Rang
company = Unternehmen
decided_by = Entscheider
person = Team
score = Punktzahl (Barwert EVA)
eva = EVA
score_short = Punktzahl
roce = ROCE
wacc = WACC
market_share = Marktanteil
warnings = Hinweise
insolvent = insolvent
final_ranking = Endstand
price_fighter = Computer: Preiskämpfer
premium = Computer: Premium
balanced = Computer: ausgewogen
cash_conservative = Computer: vorsichtig
expansionist = Computer: Expansion

## Screens: crate::ui::text::tr(key), message id = ui_ + key (tr falls back to the labels above).

ui_app_tagline = Das CFO-Planspiel: Wert schaffen statt Umsatz kaufen
ui_new_game = Neues Spiel
ui_continue_autosave = Weiterspielen (automatisch gespeichert)
ui_load_game = Spielstand laden
ui_save_game = Spielstand speichern
ui_quit = Beenden
ui_menu = Menü
ui_menu_continue = Weiterspielen
ui_menu_save = Speichern unter „{ $name }“
ui_menu_title_screen = Zum Titelbildschirm (das Spiel wird gespeichert)
ui_menu_quit = Beenden (das Spiel wird gespeichert)
ui_overwrite_title = Spielstand überschreiben?
ui_overwrite_text = Einen Spielstand „{ $name }“ gibt es schon. Soll er durch das laufende Spiel ersetzt werden?
ui_overwrite_yes = Überschreiben
ui_cancel = Abbrechen
ui_language = Sprache
ui_projector_mode = Beamer-Modus
ui_scenario = Szenario
ui_scenario_default = Mittelstand: Pumpen und Armaturen
ui_scenario_intro = Einführung: Pumpenwerk
ui_open_file = Datei öffnen …
ui_mode = Modus
ui_solo = Allein gegen den Computer
ui_workshop = Workshop: Teams an einem Laptop
ui_teams = Teams
ui_team_name = Teamname
ui_seed = Startwert (Zufall)
ui_start = Spiel starten
ui_setup_facts = { $years } Geschäftsjahre · { $companies } Unternehmen · Segmente: { $segments }
ui_setup_your_company = Ihr Unternehmen
ui_setup_team = Team
ui_setup_plays = spielt
ui_setup_remove_team = Team entfernen
ui_setup_add_team = + Team
ui_setup_company_twice = Zwei Teams spielen dasselbe Unternehmen: Jedes Team braucht ein eigenes.
ui_back = Zurück
ui_decide = Entscheidungen
ui_submit = Entscheidungen abgeben
ui_close_year = Geschäftsjahr abschließen
ui_handover = Übergabe
ui_handover_first = Team { $turn } von { $teams } beginnt:
ui_handover_next = Bitte den Laptop an das nächste Team übergeben – Team { $turn } von { $teams }:
ui_ready = Wir sind bereit
ui_handover_all_submitted = Alle { $teams } Teams haben ihre Entscheidungen abgegeben.
ui_handover_play_year = Jahr abschließen
ui_handover_withdraw = Abgabe von { $team } zurücknehmen
ui_handover_withdraw_hint = Das Team kehrt mit seinen Eingaben zur Entscheidung zurück; möglich, bis das nächste Team beginnt oder das Jahr abgeschlossen ist.
ui_results = Jahresabschluss
ui_dashboard = Kennzahlen
ui_market_report = Marktbericht
ui_leaderboard = Rangliste
ui_final_ranking = Endstand
ui_debrief = Auswertung
ui_next_year = Weiter zum nächsten Jahr
ui_pro_forma = Planrechnung (pro forma)
ui_last_year = Vorjahr
ui_this_year = Plan
ui_change = Veränderung
ui_sales_and_pricing = Vertrieb und Preise
ui_production = Produktion
ui_investments = Investitionen und Projekte
ui_financing = Finanzierung und Dividende
ui_list_price = Listenpreis
ui_rebate = Rabatt
ui_payment_days = Zahlungsziel
ui_salespeople = Außendienst
ui_forecast = Absatzplan
ui_help_forecast = Wie viele Stück Sie in diesem Segment verkaufen wollen. Die Planrechnung bucht genau diesen Absatz (höchstens, was auf Lager ist). Leer heißt: Der Vorschlag des Marktmodells gilt. Er nimmt an, dass die Wettbewerber bei ihren Vorjahresentscheidungen bleiben – was sie wirklich tun, zeigt erst der Jahresabschluss.
ui_forecast_take = Vorschlag { $units }
ui_forecast_take_hint = Klicken übernimmt den Vorschlag des Marktmodells: Ihr Angebot gegen die Vorjahresentscheidungen der Wettbewerber.
ui_pro_forma_own_plan = Mit Ihrem Absatzplan: { $units } Stück.
ui_pro_forma_suggested_plan = Mit dem vorgeschlagenen Absatz: { $units } Stück.
ui_pro_forma_stock_grows = Der Lagerbestand wächst im Plan von { $from } auf { $to } Stück: Was über den Absatzplan hinaus produziert wird, bindet Kapital und kostet Lagerkosten.
ui_pro_forma_plan_hint = Ein Plan, keine Vorhersage: Die Wettbewerber bleiben darin bei ihren Vorjahresentscheidungen. Was sie dieses Jahr wirklich tun, weiß vorher niemand.
ui_production_units = Produktionsmenge
ui_marketing = Marketing
ui_rnd = Forschung und Entwicklung
ui_lines_bought = Neue Fertigungslinien
ui_loan_change = Darlehen aufnehmen (+) / tilgen (−)
ui_equity_raised = Kapitalerhöhung
ui_dividend = Dividende
ui_unit_eur = €
ui_unit_eur_per_unit = € je Stück
ui_unit_percent = %
ui_unit_days = Tage
ui_unit_people = Personen
ui_unit_units = Stück
ui_unit_lines = Linien
ui_error_empty = Bitte einen Wert eingeben.
ui_error_not_a_number = „{ $value }“ ist keine Zahl.
ui_error_ambiguous = „{ $value }“ ist mehrdeutig: { $thousands } (Tausender) oder { $decimals }? Im Deutschen trennt der Punkt die Tausender, das Komma die Nachkommastellen.
ui_error_decimal_mark = „{ $value }“: Im Deutschen steht vor den Nachkommastellen ein Komma – gemeint ist wohl { $suggestion }.
ui_error_whole_number = Bitte eine ganze Zahl ≥ 0 eingeben.
ui_error_cents = Höchstens zwei Nachkommastellen (Cent).
ui_year = Geschäftsjahr
ui_news = Nachrichten
ui_company = Unternehmen
ui_score = Punktzahl (Barwert EVA)
ui_saved = Gespeichert
ui_error = Fehler
ui_folder_up = Übergeordneter Ordner
ui_place_cases = Wertfälle
ui_place_saves = Spielstände
ui_place_scenarios = Mitgelieferte Szenarien
ui_place_documents = Dokumente
ui_file_practice = Übung gegen den Workshop „{ $workshop }“ ({ $team })
ui_place_practice = Übungen
ui_place_downloads = Downloads
ui_place_home = Persönlicher Ordner
ui_no_ron_files = Keine .ron-Dateien in diesem Ordner.
ui_file_scenario = Szenario
ui_file_customer_report = Geschäftsbericht: { $company } { $year }
ui_file_value_case = Wertfall „{ $title }“ für { $company }
ui_file_workbook = Arbeitsmappe (Excel) mit Kundenzahlen
ui_file_unknown = keine Mehrwert-Datei oder beschädigt
ui_file_progress = { $year ->
    [0] vor Geschäftsjahr 1 (von { $years })
   *[other] { $year } von { $years } Geschäftsjahren abgeschlossen
}
ui_mode_solo = Solo
ui_mode_workshop = Workshop
ui_file_teams = { $count ->
    [one] 1 Team
   *[other] { $count } Teams
}: { $names }
ui_statements_tab = Bilanz, GuV, Cashflow
ui_fy_short = GJ
ui_you = Sie
ui_your_company = Ihr Unternehmen
ui_unit_million_eur = Mio. €
ui_roic_vs_wacc = ROIC (Linie) gegen WACC (gestrichelt), %, beide nach Steuern
ui_net_price = Nettopreis
ui_demand = Nachfrage (Stück)
ui_units_sold = Absatz (Stück)
ui_segment_total = Segment gesamt
ui_market_gained = Übernommen / fehlend
ui_market_gained_hint = Absatz − Nachfrage: + Kunden, deren erste Wahl ausverkauft war; − Nachfrage, für die die Ware fehlte
ui_market_gained_note = Nachfrage ist die erste Wahl der Kunden. War ein Anbieter ausverkauft, kauft ein Teil seiner Kunden bei Anbietern, die noch Ware haben und deren Preis sie akzeptieren (Spalte „Übernommen / fehlend“: +). Deshalb kann der Absatz über der Nachfrage liegen; fehlt Ware, liegt er darunter (−).
ui_avg_net_price = Ø Nettopreis
ui_no_news = Keine besonderen Ereignisse in diesem Jahr.
ui_played_by = Gespielt von
ui_change_hint = Veränderung zum Vorjahr: grün = besser, rot = schlechter, grau = weder noch
ui_score_cumulative = Punktzahl kumuliert
ui_eva_per_year = EVA je Geschäftsjahr
ui_avg_roic = Ø ROIC
ui_avg_wacc = Ø WACC
ui_spread = Ø ROIC − Ø WACC
ui_total_eva = Summe EVA
ui_final_equity = Eigenkapital am Ende
ui_decisive_numbers = Die entscheidenden Zahlen
ui_debrief_text = Die Punktzahl ist die Summe der EVA aller Jahre, abgezinst mit dem WACC. Wert schafft, wer dauerhaft mehr verdient, als sein Kapital kostet: ROIC über WACC, beide nach Steuern.
ui_view_reports = Jahresabschlüsse ansehen
ui_to_title = Zum Startbildschirm
ui_def_revenue = Absatz mal Listenpreis, vor Rabatten.
ui_def_rebates = Nachlässe auf den Listenpreis.
ui_def_net_revenue = Umsatz nach Rabatten: was die Kunden tatsächlich schulden.
ui_def_cogs = Material, Fertigungslohn und Fertigungsgemeinkosten der verkauften Stücke.
ui_def_gross_profit = Nettoumsatz minus Herstellkosten des Umsatzes.
ui_def_operating_expenses = Marketing, F&E, Vertrieb, Verwaltung und weitere laufende Kosten.
ui_def_ebitda = Ergebnis vor Zinsen, Steuern und Abschreibungen.
ui_def_depreciation = Wertverzehr der Anlagen im Jahr (kein Geldabfluss).
ui_def_ebit = Operatives Ergebnis vor Zinsen und Steuern.
ui_def_ebt = Ergebnis nach Zinsen, vor Ertragsteuern.
ui_def_tax = Ertragsteuern auf den Gewinn (Verluste werden vorgetragen).
ui_def_net_income = Gewinn nach Zinsen und Steuern; erhöht das Eigenkapital.
ui_def_cash = Bankguthaben am Stichtag.
ui_def_receivables = Verkauft, aber von Kunden noch nicht bezahlt (Zahlungsziel).
ui_def_inventory = Produzierte, noch nicht verkaufte Stücke zu Herstellkosten.
ui_def_ppe_net = Anlagen zu Anschaffungskosten minus kumulierte Abschreibungen.
ui_def_payables = Eingekauft, aber an Lieferanten noch nicht bezahlt.
ui_def_loans = Langfristige Bankdarlehen.
ui_def_overdraft = Kurzfristiger Bankkredit, wenn das Geld nicht reicht (teuer).
ui_def_total_liabilities = Alles, was das Unternehmen anderen schuldet.
ui_def_total_equity = Kapital der Eigentümer: Einlagen plus einbehaltene Gewinne.
ui_def_operating = CFO: Geld aus dem laufenden Geschäft (Gewinn, Abschreibungen, Working Capital).
ui_def_investing = CFI: Geld für Investitionen in Anlagen und Projekte.
ui_def_financing = CFF: Geld von und an Banken und Eigentümer (Darlehen, Kapital, Dividende).
ui_def_net_change = CFO + CFI + CFF: Veränderung der liquiden Mittel.
ui_def_closing_cash = Liquide Mittel am Jahresende; gleich dem Kassenbestand der Bilanz.
ui_error_range = Außerhalb des erlaubten Bereichs:
ui_decide_allowed = Erlaubt
ui_decide_news = Angekündigt für dieses Geschäftsjahr
ui_decide_no_news = Keine besonderen Ereignisse angekündigt.
ui_decide_opening_note = Vorjahr: Eröffnungsbilanz (im ersten Jahr gibt es keine Vorjahres-GuV).
ui_decide_errors_block = Bitte zuerst die markierten Eingaben korrigieren:
ui_submit_refused = Die Entscheidungen enthalten noch Fehler: bitte zuerst die rot markierten Felder korrigieren.
ui_decide_submit_hint = Strg+Enter: abgeben (mit Rückfrage).
ui_peek_title = Vorjahresbericht
ui_peek_open = Vorjahresbericht (F6)
ui_peek_hint = Bilanz, GuV, Kennzahlen und Marktbericht der abgeschlossenen Jahre in einem Fenster; die Eingaben bleiben stehen.
ui_peek_none = Im ersten Jahr gibt es noch keinen Bericht: die Eröffnungsbilanz steht in der Planrechnung.
ui_confirm_submit_title = Entscheidungen für Geschäftsjahr { $year } abgeben?
ui_confirm_submit_planned = Geplant nach der Vorschau; das Ergebnis hängt von Markt und Wettbewerb ab.
ui_confirm_submit_check = Bitte prüfen:
ui_confirm_submit_solo = Nach der Abgabe wird das Jahr gespielt.
ui_confirm_submit_workshop = Bis das nächste Team beginnt oder das Jahr abgeschlossen ist, kann die Abgabe zurückgenommen werden.
ui_confirm_submit_yes = Abgeben
ui_confirm_submit_no = Zurück zur Eingabe
ui_plausibility_warning = Deutlich anders als im Vorjahr: { $last } → { $now }{ $change }. Gewollt?
ui_decide_value_section = Wertbeitrag
ui_decide_capacity = Kapazität
ui_decide_retained = Gewinnrücklagen
ui_decide_project = Projekt
ui_decide_capex = Investition
ui_decide_life = Laufzeit
ui_decide_cash_flow_pa = Cashflow p. a.
ui_decide_npv = Kapitalwert
ui_decide_irr = IRR
ui_decide_payback = Amortisation
ui_decide_years_short = J.
ui_decide_running = läuft (Jahr { $first } bis { $last })
ui_decide_never = nie
ui_decide_paid = bezahlt
ui_decide_running_short = läuft
ui_decide_running_paid = Investition von { $capex } bezahlt; Rückfluss je Jahr zu heutigen Kosten
ui_decide_appraisal_basis = Bewertet zum WACC von { $wacc }, bei { $units } Stück im Jahr (Vorjahresproduktion), nach { $tax } Steuern; Cashflow = Einsparung nach Steuern + Steuerersparnis aus der Abschreibung.
ui_decide_market_note = * Nutzen hängt vom Markt ab (Qualität, Marke, Kapazität): bewertet sind nur Investition und Steuerersparnis.
ui_decide_counted_years = im Spiel noch { $value } J.
ui_help_list_price = Preis je Stück vor Rabatt. Höher: mehr Marge, weniger Absatz.
ui_help_rebate = Nachlass auf den Listenpreis: kauft Menge, kostet Marge.
ui_help_payment_days = Längere Zahlungsziele gewinnen Kunden, binden aber Kapital in Forderungen.
ui_help_salespeople = Außendienst in diesem Segment: mehr Nachfrage, Kosten je Person und Jahr.
ui_help_production_units = Stück, die dieses Jahr gefertigt werden; mehr als die Kapazität wird gekappt, Überbestand kostet Lagerhaltung.
ui_help_marketing = Baut die Marke auf; wirkt über Jahre, verfällt aber jährlich.
ui_help_rnd = Baut die Produktqualität auf; wirkt über Jahre.
ui_help_lines_bought = Neue Fertigungslinien: mehr Kapazität, mehr gebundenes Kapital und Abschreibungen.
ui_help_loan_change = Darlehen: senkt den WACC (Zinsen sind steuerlich absetzbar), kostet Zinsen; negativ = tilgen.
ui_help_equity_raised = Neues Eigenkapital der Eigentümer: sicher, aber teurer als Fremdkapital.
ui_help_dividend = Ausschüttung an die Eigentümer aus den Gewinnrücklagen; senkt Eigenkapital und Kasse.
warn_project = Projekt { $project } läuft bereits oder ist doppelt gewählt: übersprungen.
warn_capacity = Produktion von { $asked } Stück über der Kapazität: gekappt auf { $capacity } Stück.
warn_loan_limit = Neues Darlehen von { $asked } über dem Kreditrahmen: gekappt auf { $headroom }.
warn_loan_repay = Tilgung von { $asked } über dem Darlehen: gekappt auf { $outstanding }.
warn_dividend = Dividende von { $asked } über den ausschüttbaren Gewinnrücklagen: gekappt auf { $distributable }.
warn_overdraft = Die Kasse fiel unter das Minimum von { $min_cash }: { $drawn } Kontokorrentkredit zu { $rate } gezogen.
warn_insolvent = Die Zahlungen überstiegen die Kreditlinie von { $credit_line }: die Eigentümer schossen { $rescue } Rettungskapital ein.
ui_projects = Projekte
ui_value_tab = Wertbeitrag
ui_journal_tab = Buchungen
ui_glossary = Glossar
ui_glossary_search = Suchen:
ui_glossary_search_hint = Begriff, z. B. Forderungen
ui_glossary_clear = Suche leeren
ui_glossary_nothing = Kein Eintrag passt zur Suche.
ui_glossary_entries = Einträge
ui_glossary_formula = Formel
ui_glossary_drivers = Bewegt durch
ui_glossary_typical = Typisch
ui_value_viewer = Ansicht für Team:
ui_driver_tree = EVA-Werttreiberbaum
ui_driver_tree_hint = Maus über einen Begriff: Definition und was ihn bewegt. Quoten in % des Nettoumsatzes, Kapital im Jahresdurchschnitt (Anfang und Ende), Kapitalkosten auf die Finanzierung zu Jahresbeginn.
ui_value_private = Die übrigen Werte dieses Unternehmens sind vertraulich: Der Marktbericht veröffentlicht nur Nettoumsatz, Absatzmenge, Preis und Marktanteil.
ui_rel_eva = = Überrendite × Kapital
ui_rel_spread = = ROIC − WACC
ui_rel_roic = = NOPAT-Marge × Kapitalumschlag
ui_rel_nopat_margin = = EBIT-Marge × (1 − Steuersatz)
ui_rel_ebit_margin = = 1 − Kostenquoten
ui_rel_capital_turnover = = Nettoumsatz / Kapital
ui_rel_net_revenue = = Menge × Nettopreis
ui_rel_capital_employed = = Anlagen + Vorräte + Forderungen − Verbindlichkeiten
ui_unit_points = Pp
ui_eva_bridge = Warum sich der EVA verändert hat
ui_eva_bridge_first_year = Im ersten Geschäftsjahr gibt es kein Vorjahr zum Vergleich.
ui_eva_bridge_no_revenue = Ohne Umsatz in beiden Jahren lässt sich die Veränderung nicht zerlegen.
ui_attr_revenue = Umsatz
ui_attr_margin = Marge
ui_attr_tax = Steuer
ui_attr_capital = Kapitalbindung
ui_attr_wacc = Kapitalkosten
ui_eva_change = Veränderung EVA
ui_what_if = Was wäre wenn …
ui_what_if_hint = Entscheidungen dieses Jahres ändern und das Spiel bis heute neu durchspielen; das laufende Spiel bleibt unverändert.
ui_what_if_run = Durchspielen
ui_what_if_reset = Zurücksetzen
ui_what_if_actual = Spiel
ui_what_if_branch = Variante
ui_journal_behind = Buchungen hinter
ui_journal_none = Keine Buchungen in diesem Jahr.
ui_journal_phase = Phase
ui_journal_accounts = Konten (Soll / Haben)
ui_journal_debit = Soll
ui_journal_credit = Haben
ui_journal_on_line = Auf der Zeile
ui_journal_cause = Ursache
ui_journal_opening = Anfangsbestand
ui_journal_closing = Endbestand
ui_journal_sum = Summe
ui_journal_matches = Zeile im Abschluss
ui_journal_line_value = Zeile im Abschluss
ui_journal_decision = Entscheidung
ui_journal_to_decide = Zu den Entscheidungen für
ui_phase_opening = Eröffnung
ui_phase_open = Jahresbeginn
ui_phase_decide = Entscheidung
ui_phase_invest = Investition und Finanzierung
ui_phase_produce = Produktion
ui_phase_market = Markt
ui_phase_sell = Verkauf
ui_phase_operate = Betrieb
ui_phase_settle = Zahlungen
ui_phase_close = Abschluss
ui_statements_published_hint = Veröffentlichter Abschluss: Bilanz und Summenzeilen. Buchungen und Entscheidungen anderer Unternehmen sind vertraulich; Preise und Mengen zeigt der Marktbericht.
ui_statements_competitor_hint = Abschluss eines Wettbewerbers: Buchungen und Entscheidungen anderer Unternehmen sind vertraulich.
ui_statements_hover_hint = Maus über eine Zeile erklärt den Begriff; die Buchungen dahinter zeigt der Jahresabschluss.
ui_statements_drill_hint = Klick auf eine Zeile zeigt die Buchungen dahinter; Maus darüber erklärt den Begriff.

## Glossary: definition, formula, drivers and typical range of every statement line, KPI
## and value figure (src/glossary.rs lists the keys in reading order).

gl_revenue__term = Bruttoumsatz (zu Listenpreisen)
gl_revenue__definition = Umsatz der verkauften Stück zu Listenpreisen, vor Rabatten. Die Rabatte werden in der nächsten Zeile abgezogen.
gl_revenue__formula = Summe über die Segmente: verkaufte Stück × Listenpreis
gl_revenue__drivers = Listenpreis und Absatzmenge; die Menge hängt an Preis nach Rabatt, Zahlungsziel, Marketing, F&E, Außendienst, Lieferfähigkeit (Produktion) und Marktwachstum.
gl_revenue__typical_range = Umsatzerlöse zuzüglich 3–10 % Rabatte

gl_rebates__term = Erlösschmälerungen (Rabatte)
gl_rebates__definition = Nachlässe auf den Listenpreis, die den Key Accounts gewährt werden. Sie senken den Umsatz, ohne die Kosten zu senken, und gehen deshalb voll auf das Ergebnis.
gl_rebates__formula = Summe über die Segmente: verkaufte Stück × Listenpreis × Rabattsatz
gl_rebates__drivers = Rabattsatz je Segment und die dort verkaufte Menge.
gl_rebates__typical_range = 3–10 % des Bruttoumsatzes, im Key-Account-Geschäft bis 15 %

gl_net_revenue__term = Umsatzerlöse (Nettoumsatz)
gl_net_revenue__definition = Umsatz nach Rabatten, also zu den tatsächlich fakturierten Nettopreisen. Bezugsgröße für alle Margen, die DSO und den Kapitalumschlag.
gl_net_revenue__formula = Bruttoumsatz − Erlösschmälerungen = Absatzmenge × durchschnittlicher Nettopreis
gl_net_revenue__drivers = Listenpreis, Rabatt und Absatzmenge (Zahlungsziel, Marketing, F&E, Außendienst, Produktion, Marktwachstum, Wettbewerb).
gl_net_revenue__typical_range = Wachstum 2–8 % p. a.; Mittelstand 20–500 Mio. €

gl_cogs__term = Herstellungskosten des Umsatzes
gl_cogs__definition = Variable Herstellkosten (Material und Fertigungslohn) der verkauften Stück, bewertet zum gewogenen Durchschnitt des Lagers. Abschreibungen der Linien stehen nicht hier, sondern in einer eigenen Zeile.
gl_cogs__formula = verkaufte Stück × gewogene durchschnittliche Herstellkosten je Stück (Material + Lohn)
gl_cogs__drivers = Absatzmenge, Materialpreise (Ereignisse), Projekte mit Material- oder Lohneinsparung; die Produktionsmenge über den Durchschnittskostensatz.
gl_cogs__typical_range = 60–75 % der Umsatzerlöse

gl_gross_profit__term = Bruttoergebnis vom Umsatz
gl_gross_profit__definition = Was vom Nettoumsatz nach den Herstellungskosten bleibt, um Vertrieb, Verwaltung, Abschreibungen, Zinsen und Gewinn zu decken. Da die Herstellungskosten hier nur variabel sind, entspricht es etwa dem Deckungsbeitrag I.
gl_gross_profit__formula = Umsatzerlöse − Herstellungskosten des Umsatzes
gl_gross_profit__drivers = Listenpreis und Rabatt (Nettopreis), Absatzmenge, Materialpreise, Einsparprojekte.
gl_gross_profit__typical_range = 25–40 % der Umsatzerlöse

gl_marketing__term = Marketingaufwand
gl_marketing__definition = Ausgaben für Werbung und Markenpflege im Jahr. Sie bauen den Markenbestand auf, der mit Verzögerung Nachfrage bringt und jedes Jahr teilweise verfällt.
gl_marketing__formula = Marketingbudget (Entscheidung), bar bezahlt
gl_marketing__drivers = Marketingbudget.
gl_marketing__typical_range = 1–4 % der Umsatzerlöse

gl_rnd__term = Forschungs- und Entwicklungsaufwand (F&E)
gl_rnd__definition = Ausgaben für Produktentwicklung im Jahr, voll als Aufwand gebucht. Sie bauen den Qualitätsbestand auf, der die Attraktivität des Produkts erhöht und langsam verfällt.
gl_rnd__formula = F&E-Budget (Entscheidung), bar bezahlt
gl_rnd__drivers = F&E-Budget.
gl_rnd__typical_range = 2–6 % der Umsatzerlöse

gl_sales_force__term = Kosten des Außendienstes
gl_sales_force__definition = Personalkosten der Verkäufer, die die Segmente betreuen. Mehr Verkäufer erhöhen die Marktabdeckung und damit die Nachfrage.
gl_sales_force__formula = Anzahl Verkäufer (alle Segmente) × Kosten je Verkäufer und Jahr
gl_sales_force__drivers = Außendienst: Anzahl Verkäufer je Segment.
gl_sales_force__typical_range = 3–8 % der Umsatzerlöse

gl_admin__term = Verwaltungskosten
gl_admin__definition = Fixe Gemeinkosten der Verwaltung. Sie ändern sich nicht mit der Menge, ihr Anteil am Umsatz sinkt also mit wachsendem Umsatz (Fixkostendegression).
gl_admin__formula = Verwaltungskosten laut Szenario − Einsparungen aus Projekten
gl_admin__drivers = Projekte mit Verwaltungseinsparung; sonst fix.
gl_admin__typical_range = 3–7 % der Umsatzerlöse

gl_cost_to_serve__term = Kundenbetreuungskosten (Cost-to-Serve)
gl_cost_to_serve__definition = Kosten, um Kunden zu beliefern und zu betreuen: Logistik, Service, Abwicklung je verkauftem Stück. Key Accounts sind oft teurer zu bedienen, als ihr Umsatz vermuten lässt.
gl_cost_to_serve__formula = Summe über die Segmente: verkaufte Stück × Cost-to-Serve je Stück des Segments
gl_cost_to_serve__drivers = Absatzmenge und Segmentmix (über Preis, Rabatt, Zahlungsziel, Außendienst).
gl_cost_to_serve__typical_range = 1–4 % der Umsatzerlöse

gl_inventory_holding__term = Lagerhaltungskosten
gl_inventory_holding__definition = Kosten für Lagerfläche, Versicherung, Schwund und Veralterung der Vorräte. Sie steigen, wenn mehr produziert als verkauft wird.
gl_inventory_holding__formula = Vorräte (Wert) × Lagerkostensatz laut Szenario
gl_inventory_holding__drivers = Produktionsmenge im Verhältnis zum Absatz.
gl_inventory_holding__typical_range = 15–25 % des Vorratswerts p. a., meist 0,5–2 % der Umsatzerlöse

gl_operating_expenses__term = Betriebliche Aufwendungen (Opex)
gl_operating_expenses__definition = Alle laufenden Kosten außer den Herstellungskosten des Umsatzes und den Abschreibungen.
gl_operating_expenses__formula = Marketing + F&E + Außendienst + Verwaltung + Cost-to-Serve + Lagerhaltung
gl_operating_expenses__drivers = Marketing- und F&E-Budget, Außendienst, Absatzmenge, Produktionsmenge, Einsparprojekte.
gl_operating_expenses__typical_range = 15–30 % der Umsatzerlöse

gl_ebitda__term = EBITDA (Ergebnis vor Zinsen, Steuern und Abschreibungen)
gl_ebitda__definition = Operatives Ergebnis vor Abschreibungen: ein Näherungswert für den operativen Mittelzufluss vor Working-Capital-Veränderungen und Investitionen.
gl_ebitda__formula = Bruttoergebnis vom Umsatz − betriebliche Aufwendungen
gl_ebitda__drivers = Preis, Rabatt, Absatzmenge, alle Budgets (Marketing, F&E, Außendienst), Materialpreise, Einsparprojekte.
gl_ebitda__typical_range = 8–15 % der Umsatzerlöse

gl_depreciation__term = Abschreibungen
gl_depreciation__definition = Planmäßiger, linearer Werteverzehr der Produktionslinien und Projekte über ihre Nutzungsdauer. Danach ist die Anlage voll abgeschrieben und scheidet aus; ohne Ersatz sinkt die Kapazität. In der Kapitalflussrechnung wird die Abschreibung wieder hinzugerechnet, weil sie kein Geld kostet.
gl_depreciation__formula = Summe über die Anlagen im Bestand: Anschaffungskosten / Nutzungsdauer (Anfangslinien: Restbuchwert / Restnutzungsdauer); das letzte Jahr nimmt den Rundungsrest
gl_depreciation__drivers = Kauf von Produktionslinien und Investitionsprojekten (Capex) und deren Nutzungsdauer; ausgeschiedene Anlagen werden nicht mehr abgeschrieben.
gl_depreciation__typical_range = 3–5 % der Umsatzerlöse

gl_ebit__term = EBIT (Betriebsergebnis)
gl_ebit__definition = Ergebnis vor Zinsen und Steuern: was das operative Geschäft verdient, unabhängig von der Finanzierung. Ausgangsgröße für NOPAT, ROCE und EVA.
gl_ebit__formula = EBITDA − Abschreibungen
gl_ebit__drivers = Alle operativen Entscheidungen: Preis, Rabatt, Absatz, Budgets, Außendienst, Produktion, Linien und Projekte.
gl_ebit__typical_range = 5–10 % der Umsatzerlöse

gl_interest_expense__term = Zinsaufwand
gl_interest_expense__definition = Zinsen auf die Darlehen und auf den Kontokorrentkredit des Vorjahres sowie die Einmalgebühr, wenn ein Kontokorrentkredit automatisch gezogen wird. Beide Zinssätze enthalten den Kreditaufschlag der Bank, der mit der Bruttofremdkapitalquote nach der Finanzierung des Jahres steigt und auf jeden Euro Darlehen fällt, alte wie neue.
gl_interest_expense__formula = Darlehen nach Aufnahme und Tilgung des Jahres × Darlehenszins + Kontokorrent zu Jahresbeginn × Kontokorrentzins + Gebührensatz × neu gezogener Kontokorrent; jeder Zins = Szenariozins + Zinsereignisse + Kreditaufschlag
gl_interest_expense__drivers = Darlehensaufnahme und -tilgung, Dividenden und Kapitalerhöhungen (über den Kreditaufschlag); Liquidität (Kontokorrent); Zinsereignisse.
gl_interest_expense__typical_range = EBIT ≥ 5 × Zinsaufwand

gl_interest_income__term = Zinsertrag
gl_interest_income__definition = Zinsen auf das Guthaben zu Jahresbeginn.
gl_interest_income__formula = liquide Mittel zu Jahresbeginn (falls positiv) × Guthabenzins
gl_interest_income__drivers = Kassenbestand: Dividende, Kapitalerhöhung, Darlehen, Investitionen und der operative Cashflow des Vorjahres.
gl_interest_income__typical_range = meist unter 0,5 % der Umsatzerlöse

gl_ebt__term = EBT (Ergebnis vor Steuern)
gl_ebt__definition = Ergebnis nach Zinsen, vor Ertragsteuern; Bemessungsgrundlage der Steuer.
gl_ebt__formula = EBIT − Zinsaufwand + Zinsertrag
gl_ebt__drivers = Operative Entscheidungen (über EBIT) und Finanzierung (Darlehen, Kontokorrent, Kasse).
gl_ebt__typical_range = 4–9 % der Umsatzerlöse

gl_tax__term = Ertragsteuern
gl_tax__definition = Steuern auf den Gewinn des Jahres, nach Verrechnung mit Verlustvorträgen; bezahlt im Folgejahr. Verluste ergeben keine Erstattung, sondern einen Verlustvortrag.
gl_tax__formula = max(0, EBT − Verlustvortrag) × Steuersatz
gl_tax__drivers = Alles, was das EBT bewegt; Verluste früherer Jahre.
gl_tax__typical_range = rund 30 % des EBT (Körperschaft- und Gewerbesteuer)

gl_net_income__term = Jahresüberschuss
gl_net_income__definition = Gewinn nach Steuern, der den Eigentümern zusteht; ein Verlust heißt Jahresfehlbetrag. Er fließt in die Gewinnrücklagen und ist die erste Zeile der indirekten Kapitalflussrechnung.
gl_net_income__formula = EBT − Ertragsteuern
gl_net_income__drivers = Alle operativen und Finanzierungsentscheidungen.
gl_net_income__typical_range = 3–7 % der Umsatzerlöse

gl_cash__term = Liquide Mittel
gl_cash__definition = Bankguthaben und Kasse am Stichtag. Fällt der Bestand unter das Mindestniveau, wird automatisch ein teurer Kontokorrentkredit gezogen, höchstens bis zur Kreditlinie; reicht sie nicht, legen die Eigentümer Sanierungskapital ein (Insolvenz).
gl_cash__formula = liquide Mittel zu Jahresbeginn + Cashflow aus laufender Geschäftstätigkeit, Investitions- und Finanzierungstätigkeit
gl_cash__drivers = Alle Entscheidungen mit Zahlungswirkung: Absatz, Zahlungsziel, Produktion, Budgets, Linien, Projekte, Darlehen, Kapitalerhöhung, Dividende.
gl_cash__typical_range = 3–10 % der Bilanzsumme

gl_receivables__term = Forderungen aus Lieferungen und Leistungen
gl_receivables__definition = Rechnungen an Kunden, die am Stichtag noch nicht bezahlt sind: Kapital, das im Zahlungsziel der Kunden gebunden ist. In Kapitalbindung und Werttreiberbaum zählt der Jahresdurchschnitt aus Anfangs- und Endbestand.
gl_receivables__formula = Summe über die Segmente: Umsatzerlöse × Zahlungsziel in Tagen / 365
gl_receivables__drivers = Zahlungsziel je Segment und Umsatz (Preis, Rabatt, Absatz).
gl_receivables__typical_range = 12–20 % der Umsatzerlöse (DSO 45–75 Tage)

gl_inventory__term = Vorräte
gl_inventory__definition = Fertige, noch nicht verkaufte Erzeugnisse, bewertet zu gewogenen durchschnittlichen variablen Herstellkosten. Gebundenes Kapital, das zusätzlich Lagerkosten verursacht; in Kapitalbindung und Werttreiberbaum zählt der Jahresdurchschnitt aus Anfangs- und Endbestand.
gl_inventory__formula = Vorräte zu Jahresbeginn + Herstellkosten der Produktion − Herstellungskosten des Umsatzes
gl_inventory__drivers = Produktionsmenge im Verhältnis zum Absatz; Material- und Lohnkosten je Stück.
gl_inventory__typical_range = 15–25 % der Umsatzerlöse (DIO 60–120 Tage)

gl_ppe_gross__term = Sachanlagen (Anschaffungskosten)
gl_ppe_gross__definition = Historische Anschaffungskosten der Produktionslinien und aktivierten Projekte im Bestand, vor Abschreibungen. Eine Anlage, deren Nutzungsdauer abgelaufen ist, scheidet aus und wird mit ihren Anschaffungskosten ausgebucht.
gl_ppe_gross__formula = Anschaffungskosten zu Jahresbeginn + Investitionen (Capex) − Anschaffungskosten ausgeschiedener Anlagen
gl_ppe_gross__drivers = Kauf von Produktionslinien und Investitionsprojekten; Ausscheiden von Anlagen am Ende ihrer Nutzungsdauer.
gl_ppe_gross__typical_range = 40–70 % der Umsatzerlöse

gl_accumulated_depreciation__term = Kumulierte Abschreibungen
gl_accumulated_depreciation__definition = Summe der bisherigen Abschreibungen auf die Sachanlagen im Bestand. Wird als positiver Betrag gezeigt und von den Anschaffungskosten abgezogen; scheidet eine Anlage aus, werden ihre Abschreibungen mit ausgebucht.
gl_accumulated_depreciation__formula = kumulierte Abschreibungen zu Jahresbeginn + Abschreibungen des Jahres − kumulierte Abschreibungen ausgeschiedener Anlagen
gl_accumulated_depreciation__drivers = Alter und Nutzungsdauer der Anlagen; Kauf von Linien und Projekten; Ausscheiden voll abgeschriebener Anlagen.
gl_accumulated_depreciation__typical_range = 40–60 % der Anschaffungskosten; ausgeschiedene Anlagen zählen nicht mehr mit

gl_ppe_net__term = Sachanlagen (Buchwert)
gl_ppe_net__definition = Restbuchwert der Produktionslinien und Projekte: der Teil des Anlagevermögens, der im eingesetzten Kapital steckt.
gl_ppe_net__formula = Anschaffungskosten − kumulierte Abschreibungen
gl_ppe_net__drivers = Kauf von Linien und Projekten (erhöht), Abschreibungen (senken); das Ausscheiden voll abgeschriebener Anlagen ändert den Buchwert nicht.
gl_ppe_net__typical_range = 25–40 % der Umsatzerlöse; 30–50 % der Bilanzsumme

gl_total_assets__term = Bilanzsumme (Summe Aktiva)
gl_total_assets__definition = Alles, was das Unternehmen besitzt, zu Buchwerten; gleich der Summe der Passiva.
gl_total_assets__formula = Liquide Mittel + Forderungen + Vorräte + Sachanlagen (Buchwert)
gl_total_assets__drivers = Investitionen, Working Capital (Zahlungsziel, Produktion) und Kassenbestand (Finanzierung, Dividende).
gl_total_assets__typical_range = 60–90 % der Umsatzerlöse

gl_payables__term = Verbindlichkeiten aus Lieferungen und Leistungen
gl_payables__definition = Noch nicht bezahlte Materialrechnungen der Lieferanten: zinsloser Lieferantenkredit, der das eingesetzte Kapital verringert. Im Werttreiberbaum zählt der Jahresdurchschnitt aus Anfangs- und Endbestand.
gl_payables__formula = Materialeinkauf des Jahres × Lieferantenziel in Tagen / 365
gl_payables__drivers = Produktionsmenge und Materialpreise; das Lieferantenziel legt das Szenario fest.
gl_payables__typical_range = 8–15 % der Umsatzerlöse (DPO 30–60 Tage)

gl_tax_payable__term = Steuerverbindlichkeiten
gl_tax_payable__definition = Ertragsteuern des Jahres, die erst im Folgejahr bezahlt werden.
gl_tax_payable__formula = Ertragsteuern des abgelaufenen Jahres
gl_tax_payable__drivers = Alles, was das Ergebnis vor Steuern bewegt.
gl_tax_payable__typical_range = 1–3 % der Umsatzerlöse

gl_loans__term = Darlehen (Bankverbindlichkeiten)
gl_loans__definition = Langfristige, verzinsliche Bankdarlehen. Fremdkapital ist günstiger als Eigenkapital und spart Steuern, erhöht aber Zinslast und Risiko; oberhalb der aufschlagfreien Grenze verlangt die Bank einen Kreditaufschlag auf jedes Darlehen.
gl_loans__formula = Darlehen zu Jahresbeginn + Aufnahme − Tilgung (höchstens das Kreditlimit des Szenarios)
gl_loans__drivers = Darlehensaufnahme und -tilgung.
gl_loans__typical_range = Verschuldungsgrad (Gearing) 0,3–1,0 ×; Nettofinanzverschuldung höchstens 2,5 × EBITDA

gl_overdraft__term = Kontokorrentkredit
gl_overdraft__definition = Kurzfristiger Bankkredit, der automatisch gezogen wird, wenn die liquiden Mittel unter das Mindestniveau fallen, höchstens bis zur Kreditlinie des Szenarios. Teuer: Einmalgebühr plus höherer Zins im Folgejahr. Reicht die Kreditlinie nicht, ist das Unternehmen zahlungsunfähig, und die Eigentümer legen Sanierungskapital ein.
gl_overdraft__formula = Fehlbetrag unter dem Mindestbestand / (1 − Gebührensatz), höchstens die Kreditlinie; wird zu Beginn des Folgejahres vollständig zurückgezahlt
gl_overdraft__drivers = Liquiditätsplanung: Zahlungsziel, Produktion, Investitionen, Darlehen, Kapitalerhöhung, Dividende.
gl_overdraft__typical_range = 0 € – ein Kontokorrentkredit zum Jahresende ist ein Warnsignal, einer an der Kreditlinie ein Alarmsignal

gl_total_liabilities__term = Verbindlichkeiten gesamt (Fremdkapital)
gl_total_liabilities__definition = Alle Schulden des Unternehmens: Lieferanten, Steuern, Darlehen und Kontokorrent.
gl_total_liabilities__formula = Verbindlichkeiten aus L. u. L. + Steuerverbindlichkeiten + Darlehen + Kontokorrentkredit
gl_total_liabilities__drivers = Darlehen, Liquidität (Kontokorrent), Produktion (Lieferanten), Ergebnis (Steuern).
gl_total_liabilities__typical_range = 50–70 % der Bilanzsumme

gl_subscribed_capital__term = Gezeichnetes Kapital
gl_subscribed_capital__definition = Von den Gesellschaftern eingezahltes Kapital (Stamm- oder Grundkapital), hier einschließlich jeder Kapitalerhöhung und des Sanierungskapitals bei Insolvenz.
gl_subscribed_capital__formula = gezeichnetes Kapital zu Jahresbeginn + Kapitalerhöhung + Sanierungskapital
gl_subscribed_capital__drivers = Kapitalerhöhung; Sanierung durch die Eigentümer bei Insolvenz.
gl_subscribed_capital__typical_range = 10–30 % des Eigenkapitals

gl_retained_earnings__term = Gewinnrücklagen
gl_retained_earnings__definition = Einbehaltene Gewinne früherer Jahre und des laufenden Jahres, abzüglich ausgeschütteter Dividenden. Obergrenze für die Dividende.
gl_retained_earnings__formula = Gewinnrücklagen zu Jahresbeginn + Jahresüberschuss − Dividende
gl_retained_earnings__drivers = Jahresüberschuss und Dividende.
gl_retained_earnings__typical_range = 70–90 % des Eigenkapitals

gl_total_equity__term = Eigenkapital
gl_total_equity__definition = Buchwert des Eigentums der Gesellschafter; Verlustpuffer des Unternehmens. Ist das Eigenkapital zum Jahresende aufgezehrt (≤ 0), ist das Unternehmen bilanziell überschuldet: Die Eigentümer stellen mit Sanierungskapital die Eigenkapitalquote des Szenarios wieder her.
gl_total_equity__formula = gezeichnetes Kapital + Gewinnrücklagen
gl_total_equity__drivers = Jahresüberschuss, Dividende, Kapitalerhöhung; Sanierungskapital bei Insolvenz.
gl_total_equity__typical_range = 30–50 % der Bilanzsumme

gl_total_equity_and_liabilities__term = Bilanzsumme (Summe Passiva)
gl_total_equity_and_liabilities__definition = Herkunft aller Mittel: Eigenkapital plus Fremdkapital. Gleich der Summe der Aktiva, sonst sind die Bücher falsch.
gl_total_equity_and_liabilities__formula = Eigenkapital + Verbindlichkeiten gesamt
gl_total_equity_and_liabilities__drivers = Finanzierung (Darlehen, Kapitalerhöhung, Dividende), Ergebnis, Lieferantenkredit.
gl_total_equity_and_liabilities__typical_range = gleich der Summe Aktiva

gl_change_receivables__term = Veränderung der Forderungen
gl_change_receivables__definition = Mittelbindung oder -freisetzung durch die Forderungen: Steigen sie, ist Umsatz gebucht, aber noch nicht bezahlt, und der Cashflow sinkt. Positiv heißt: Geld freigesetzt.
gl_change_receivables__formula = Forderungen zu Jahresbeginn − Forderungen zum Jahresende
gl_change_receivables__drivers = Zahlungsziel je Segment und Umsatzentwicklung.
gl_change_receivables__typical_range = bei 5 % Wachstum und DSO 60 Tage: etwa −1 % der Umsatzerlöse

gl_change_inventory__term = Veränderung der Vorräte
gl_change_inventory__definition = Mittelbindung oder -freisetzung durch die Vorräte: Produktion auf Lager kostet Geld, bevor sie Umsatz bringt. Positiv heißt: Lager abgebaut, Geld freigesetzt.
gl_change_inventory__formula = Vorräte zu Jahresbeginn − Vorräte zum Jahresende
gl_change_inventory__drivers = Produktionsmenge im Verhältnis zum Absatz.
gl_change_inventory__typical_range = nahe 0 bei Produktion im Takt des Absatzes

gl_change_payables__term = Veränderung der Verbindlichkeiten aus L. u. L.
gl_change_payables__definition = Finanzierung durch Lieferanten: Steigen die Verbindlichkeiten, ist Material verbraucht, aber noch nicht bezahlt, und der Cashflow steigt.
gl_change_payables__formula = Verbindlichkeiten aus L. u. L. zum Jahresende − zu Jahresbeginn
gl_change_payables__drivers = Produktionsmenge und Materialpreise.
gl_change_payables__typical_range = klein; wächst mit der Produktion

gl_change_tax_payable__term = Veränderung der Steuerverbindlichkeiten
gl_change_tax_payable__definition = Unterschied zwischen gebuchtem und gezahltem Steueraufwand: Die Steuer des Jahres wird erst im Folgejahr fällig.
gl_change_tax_payable__formula = Steuerverbindlichkeiten zum Jahresende − zu Jahresbeginn
gl_change_tax_payable__drivers = Veränderung des Ergebnisses vor Steuern gegenüber dem Vorjahr.
gl_change_tax_payable__typical_range = klein; positiv bei steigendem Gewinn

gl_operating__term = Cashflow aus laufender Geschäftstätigkeit
gl_operating__definition = Geld, das das operative Geschäft im Jahr erwirtschaftet hat: Jahresüberschuss, bereinigt um nicht zahlungswirksame Abschreibungen und die Veränderung des Working Capital.
gl_operating__formula = Jahresüberschuss + Abschreibungen + Veränderung Forderungen + Veränderung Vorräte + Veränderung Verbindlichkeiten L. u. L. + Veränderung Steuerverbindlichkeiten
gl_operating__drivers = Ergebnis (Preis, Rabatt, Absatz, Budgets) und Working Capital (Zahlungsziel, Produktion).
gl_operating__typical_range = 6–12 % der Umsatzerlöse

gl_capex__term = Investitionen (Capex)
gl_capex__definition = Auszahlungen für neue Produktionslinien und Investitionsprojekte im Jahr; in der Kapitalflussrechnung als Auszahlung mit Minuszeichen gezeigt.
gl_capex__formula = gekaufte Linien × Preis je Linie + Investitionssumme der gestarteten Projekte
gl_capex__drivers = Produktionslinien und Projekte.
gl_capex__typical_range = ungefähr die Abschreibungen (Substanzerhalt) bis das 1,5-Fache bei Wachstum; 3–6 % der Umsatzerlöse

gl_investing__term = Cashflow aus Investitionstätigkeit
gl_investing__definition = Mittelabfluss für Investitionen in das Anlagevermögen. In diesem Spiel gibt es keine Anlagenverkäufe, er ist also nie positiv.
gl_investing__formula = − Investitionen (Capex)
gl_investing__drivers = Produktionslinien und Projekte.
gl_investing__typical_range = −3 bis −6 % der Umsatzerlöse

gl_loans_change__term = Veränderung der Darlehen
gl_loans_change__definition = Neu aufgenommene Darlehen abzüglich Tilgungen.
gl_loans_change__formula = Darlehen zum Jahresende − Darlehen zu Jahresbeginn
gl_loans_change__drivers = Darlehensaufnahme und -tilgung.
gl_loans_change__typical_range = um 0; Aufnahme bei großen Investitionen

gl_overdraft_change__term = Veränderung des Kontokorrentkredits
gl_overdraft_change__definition = Neu gezogener abzüglich zurückgeführter Kontokorrentkredit. Der Kredit des Vorjahres wird zu Jahresbeginn vollständig zurückgezahlt.
gl_overdraft_change__formula = Kontokorrentkredit zum Jahresende − zu Jahresbeginn
gl_overdraft_change__drivers = Liquiditätsplanung: Zahlungsziel, Produktion, Investitionen, Darlehen, Kapitalerhöhung, Dividende.
gl_overdraft_change__typical_range = 0 €

gl_equity_raised__term = Kapitalerhöhung
gl_equity_raised__definition = Von den Gesellschaftern neu eingezahltes Eigenkapital, einschließlich des Sanierungskapitals, mit dem die Eigentümer ein insolventes Unternehmen retten. Stärkt Eigenkapitalquote und Liquidität, ist aber die teuerste Finanzierungsquelle.
gl_equity_raised__formula = gezeichnetes Kapital zum Jahresende − zu Jahresbeginn
gl_equity_raised__drivers = Kapitalerhöhung; Sanierungskapital bei Insolvenz.
gl_equity_raised__typical_range = meist 0 €; nur für große Investitionen oder zur Sanierung

gl_dividends__term = Dividende (Ausschüttung)
gl_dividends__definition = An die Gesellschafter ausgezahlter Gewinn; in der Kapitalflussrechnung als Auszahlung mit Minuszeichen gezeigt. Höchstens die ausschüttbaren Gewinnrücklagen.
gl_dividends__formula = beschlossene Dividende, begrenzt auf die Gewinnrücklagen
gl_dividends__drivers = Dividende.
gl_dividends__typical_range = 30–50 % des Vorjahresüberschusses

gl_financing__term = Cashflow aus Finanzierungstätigkeit
gl_financing__definition = Zahlungen mit Kapitalgebern: Darlehen, Kontokorrent, Kapitalerhöhung und Dividende. Zinsen stecken im operativen Cashflow.
gl_financing__formula = Veränderung Darlehen + Veränderung Kontokorrent + Kapitalerhöhung − Dividende
gl_financing__drivers = Darlehen, Kapitalerhöhung, Dividende; automatisch gezogener Kontokorrent.
gl_financing__typical_range = leicht negativ bei einem gesunden, ausschüttenden Unternehmen

gl_net_change__term = Veränderung der liquiden Mittel
gl_net_change__definition = Zu- oder Abnahme des Kassenbestands im Jahr; muss genau der Differenz der Bilanzwerte entsprechen.
gl_net_change__formula = operativer Cashflow + Investitions-Cashflow + Finanzierungs-Cashflow = liquide Mittel Ende − Anfang
gl_net_change__drivers = Alle Entscheidungen mit Zahlungswirkung.
gl_net_change__typical_range = um 0; große Ausschläge zeigen Finanzierungsbedarf oder ungenutzte Liquidität

gl_opening_cash__term = Liquide Mittel zu Jahresbeginn
gl_opening_cash__definition = Kassenbestand laut Schlussbilanz des Vorjahres.
gl_opening_cash__formula = liquide Mittel zum Ende des Vorjahres
gl_opening_cash__drivers = Entscheidungen der Vorjahre.
gl_opening_cash__typical_range = 3–10 % der Bilanzsumme

gl_closing_cash__term = Liquide Mittel zum Jahresende
gl_closing_cash__definition = Kassenbestand laut Schlussbilanz des Jahres.
gl_closing_cash__formula = liquide Mittel zu Jahresbeginn + Veränderung der liquiden Mittel
gl_closing_cash__drivers = Alle Entscheidungen mit Zahlungswirkung.
gl_closing_cash__typical_range = 3–10 % der Bilanzsumme, mindestens der Mindestbestand

gl_revenue_growth__term = Umsatzwachstum
gl_revenue_growth__definition = Veränderung der Umsatzerlöse gegenüber dem Vorjahr. Wachstum schafft nur dann Wert, wenn die Rendite auf das zusätzlich gebundene Kapital über den Kapitalkosten liegt.
gl_revenue_growth__formula = Umsatzerlöse / Umsatzerlöse des Vorjahres − 1
gl_revenue_growth__drivers = Listenpreis, Rabatt, Zahlungsziel, Marketing, F&E, Außendienst, Produktion (Lieferfähigkeit), Marktwachstum.
gl_revenue_growth__typical_range = 2–8 % p. a.

gl_gross_margin__term = Bruttomarge
gl_gross_margin__definition = Anteil des Bruttoergebnisses an den Umsatzerlösen: wie viel jeder Euro Umsatz nach den Herstellungskosten übrig lässt.
gl_gross_margin__formula = Bruttoergebnis vom Umsatz / Umsatzerlöse
gl_gross_margin__drivers = Listenpreis und Rabatt, Materialpreise, Einsparprojekte.
gl_gross_margin__typical_range = 25–40 %

gl_ebitda_margin__term = EBITDA-Marge
gl_ebitda_margin__definition = EBITDA im Verhältnis zu den Umsatzerlösen; operative Ertragskraft vor Abschreibungen.
gl_ebitda_margin__formula = EBITDA / Umsatzerlöse
gl_ebitda_margin__drivers = Preis, Rabatt, Budgets (Marketing, F&E, Außendienst), Materialpreise, Absatzmenge (Fixkostendegression).
gl_ebitda_margin__typical_range = 8–15 %

gl_ebit_margin__term = EBIT-Marge (Umsatzrendite)
gl_ebit_margin__definition = EBIT im Verhältnis zu den Umsatzerlösen (Return on Sales). Im Werttreiberbaum ist sie 1 minus die Summe aller Kostenquoten.
gl_ebit_margin__formula = EBIT / Umsatzerlöse = 1 − Summe der Kostenquoten
gl_ebit_margin__drivers = Preis und Rabatt, alle Kostenquoten: Material, Budgets, Außendienst, Verwaltung, Cost-to-Serve, Lager, Abschreibungen.
gl_ebit_margin__typical_range = 5–10 %

gl_net_margin__term = Nettoumsatzrendite
gl_net_margin__definition = Jahresüberschuss im Verhältnis zu den Umsatzerlösen; Rendite nach Zinsen und Steuern.
gl_net_margin__formula = Jahresüberschuss / Umsatzerlöse
gl_net_margin__drivers = Alles, was EBIT bewegt, dazu Finanzierung (Zinsen) und Steuern.
gl_net_margin__typical_range = 3–7 %

gl_roe__term = Eigenkapitalrendite (ROE)
gl_roe__definition = Jahresüberschuss bezogen auf das durchschnittliche Eigenkapital des Jahres (Anfang und Ende): die Rendite der Gesellschafter. Mehr Fremdkapital hebelt sie, solange die Gesamtkapitalrendite über dem Zins liegt.
gl_roe__formula = Jahresüberschuss / ((Eigenkapital Anfang + Eigenkapital Ende) / 2)
gl_roe__drivers = Operative Rendite (Preis, Kosten, Kapitalbindung) und Finanzierungsstruktur (Darlehen, Kapitalerhöhung, Dividende).
gl_roe__typical_range = 8–15 %

gl_roa__term = Gesamtkapitalrendite (ROA)
gl_roa__definition = EBIT bezogen auf die durchschnittliche Bilanzsumme des Jahres (Anfang und Ende): was alle Vermögenswerte, Kasse eingeschlossen, vor Zinsen und Steuern verdienen.
gl_roa__formula = EBIT / durchschnittliche Bilanzsumme
gl_roa__drivers = EBIT-Treiber (Preis, Rabatt, Absatz, Kosten) und Vermögen (Linien, Projekte, Working Capital, Kassenbestand).
gl_roa__typical_range = 5–10 %

gl_roce__term = ROCE (Kapitalrendite auf das eingesetzte Kapital)
gl_roce__definition = Kapitalrendite vor Steuern: EBIT bezogen auf das durchschnittliche eingesetzte Kapital des Jahres (ohne liquide Mittel). Mit Kapitalkosten vor Steuern vergleichen, nicht mit dem WACC.
gl_roce__formula = EBIT / ((eingesetztes Kapital Anfang + Ende) / 2)
gl_roce__drivers = EBIT-Marge (Preis, Rabatt, Kosten) und Kapitalumschlag (Linien, Projekte, Zahlungsziel, Produktion auf Lager).
gl_roce__typical_range = 10–20 %

gl_roic__term = ROIC (Rendite auf das investierte Kapital)
gl_roic__definition = Kapitalrendite nach Steuern: NOPAT bezogen auf das durchschnittliche eingesetzte Kapital des Jahres. Liegt sie über den Kapitalkosten (WACC), schafft das Unternehmen Mehrwert.
gl_roic__formula = NOPAT / durchschnittliches eingesetztes Kapital = NOPAT-Marge × Kapitalumschlag
gl_roic__drivers = EBIT-Marge (Preis, Rabatt, Kosten), Steuersatz und Kapitalbindung (Linien, Projekte, Zahlungsziel, Vorräte).
gl_roic__typical_range = 7–14 %

gl_capital_turnover__term = Kapitalumschlag
gl_capital_turnover__definition = Wie oft das eingesetzte Kapital im Jahr über den Umsatz umgeschlagen wird: wie viel Umsatz jeder gebundene Euro bringt.
gl_capital_turnover__formula = Umsatzerlöse / durchschnittliches eingesetztes Kapital
gl_capital_turnover__drivers = Umsatz (Preis, Rabatt, Absatz) und Kapitalbindung (Linien, Projekte, Zahlungsziel, Vorräte, Lieferantenkredit).
gl_capital_turnover__typical_range = 1,2–2,0 ×

gl_dso_days__term = Forderungsreichweite (DSO)
gl_dso_days__definition = Wie viele Tage Umsatz im Durchschnitt als Forderungen ausstehen (Days Sales Outstanding). Jeder Tag mehr bindet Kapital und kostet Kapitalkosten.
gl_dso_days__formula = Forderungen zum Jahresende / Umsatzerlöse × 365
gl_dso_days__drivers = Zahlungsziel je Segment, gewichtet mit dem Umsatz des Segments.
gl_dso_days__typical_range = 45–75 Tage

gl_dio_days__term = Lagerreichweite (DIO)
gl_dio_days__definition = Für wie viele Tage Absatz die Vorräte reichen (Days Inventory Outstanding), gemessen an den Herstellungskosten des Umsatzes.
gl_dio_days__formula = Vorräte zum Jahresende / Herstellungskosten des Umsatzes × 365
gl_dio_days__drivers = Produktionsmenge im Verhältnis zum Absatz.
gl_dio_days__typical_range = 60–120 Tage

gl_dpo_days__term = Kreditorenlaufzeit (DPO)
gl_dpo_days__definition = Wie viele Tage die Lieferanten im Durchschnitt auf ihr Geld warten (Days Payables Outstanding), bezogen auf die Materialeinkäufe auf Ziel; in der Analyse eines Geschäftsberichts ohne Einkaufszahlen vereinfacht auf die Herstellungskosten des Umsatzes.
gl_dpo_days__formula = Verbindlichkeiten aus L. u. L. zum Jahresende / Materialeinkäufe × 365 (ersatzweise / Herstellungskosten des Umsatzes × 365)
gl_dpo_days__drivers = Produktionsmenge und Materialpreise; das Lieferantenziel legt das Szenario fest.
gl_dpo_days__typical_range = 30–60 Tage

gl_cash_conversion_cycle_days__term = Cash Conversion Cycle (Geldumschlagsdauer)
gl_cash_conversion_cycle_days__definition = Tage zwischen der Bezahlung der Lieferanten und dem Zahlungseingang vom Kunden: so lange muss das Unternehmen sein Umlaufvermögen selbst finanzieren.
gl_cash_conversion_cycle_days__formula = DSO + DIO − DPO
gl_cash_conversion_cycle_days__drivers = Zahlungsziel, Produktion auf Lager, Lieferantenkredit.
gl_cash_conversion_cycle_days__typical_range = 60–130 Tage

gl_net_working_capital__term = Net Working Capital (Nettoumlaufvermögen)
gl_net_working_capital__definition = Im operativen Kreislauf gebundenes Kapital: Forderungen und Vorräte abzüglich Lieferantenkredit (ohne Kasse und Steuern). Teil des eingesetzten Kapitals.
gl_net_working_capital__formula = Forderungen + Vorräte − Verbindlichkeiten aus L. u. L. (zum Jahresende)
gl_net_working_capital__drivers = Zahlungsziel, Produktionsmenge, Umsatz.
gl_net_working_capital__typical_range = 20–30 % der Umsatzerlöse

gl_current_ratio__term = Liquidität 3. Grades (Current Ratio)
gl_current_ratio__definition = Deckung der kurzfristigen Verbindlichkeiten durch das Umlaufvermögen zum Jahresende.
gl_current_ratio__formula = (liquide Mittel + Forderungen + Vorräte) / (Verbindlichkeiten L. u. L. + Steuerverbindlichkeiten + Kontokorrentkredit)
gl_current_ratio__drivers = Kassenbestand (Finanzierung, Dividende), Zahlungsziel, Produktion, Kontokorrent.
gl_current_ratio__typical_range = 1,5–2,5 ×

gl_quick_ratio__term = Liquidität 2. Grades (Quick Ratio)
gl_quick_ratio__definition = Deckung der kurzfristigen Verbindlichkeiten ohne die Vorräte, die erst verkauft werden müssen.
gl_quick_ratio__formula = (liquide Mittel + Forderungen) / (Verbindlichkeiten L. u. L. + Steuerverbindlichkeiten + Kontokorrentkredit)
gl_quick_ratio__drivers = Kassenbestand (Finanzierung, Dividende), Zahlungsziel, Kontokorrent.
gl_quick_ratio__typical_range = 0,8–1,5 ×

gl_equity_ratio__term = Eigenkapitalquote
gl_equity_ratio__definition = Anteil des Eigenkapitals an der Bilanzsumme zum Jahresende: Maß für Krisenfestigkeit und Kreditwürdigkeit.
gl_equity_ratio__formula = Eigenkapital / Bilanzsumme (zum Jahresende)
gl_equity_ratio__drivers = Jahresüberschuss, Dividende, Kapitalerhöhung, Darlehen, Bilanzwachstum.
gl_equity_ratio__typical_range = 30–50 %

gl_gearing__term = Verschuldungsgrad (Gearing)
gl_gearing__definition = Verzinsliche Schulden im Verhältnis zum Eigenkapital zum Jahresende, brutto: Anders als bei der Fremdkapitalquote L des WACC wird die Kasse nicht verrechnet.
gl_gearing__formula = (Darlehen + Kontokorrentkredit) / Eigenkapital
gl_gearing__drivers = Darlehen, Kontokorrent, Kapitalerhöhung, Dividende, Jahresüberschuss.
gl_gearing__typical_range = 0,3–1,0 ×

gl_net_debt__term = Nettofinanzverschuldung
gl_net_debt__definition = Verzinsliche Schulden abzüglich liquider Mittel zum Jahresende; negativ heißt Nettofinanzguthaben. Die Nettofinanzverschuldung der Eröffnungsbilanz bestimmt die Fremdkapitalquote L im WACC, ein Nettofinanzguthaben zählt dort als 0.
gl_net_debt__formula = Darlehen + Kontokorrentkredit − liquide Mittel
gl_net_debt__drivers = Darlehen, operativer Cashflow, Investitionen, Kapitalerhöhung, Dividende.
gl_net_debt__typical_range = 0–2,5 × EBITDA

gl_net_debt_to_ebitda__term = Nettoverschuldung / EBITDA (dynamischer Verschuldungsgrad)
gl_net_debt_to_ebitda__definition = In wie vielen Jahren das Unternehmen seine Nettoschulden aus dem EBITDA tilgen könnte; die übliche Kennzahl in Kreditverträgen (Covenants).
gl_net_debt_to_ebitda__formula = Nettofinanzverschuldung / EBITDA
gl_net_debt_to_ebitda__drivers = Darlehen, Kassenbestand, Ertragskraft (Preis, Rabatt, Absatz, Kosten).
gl_net_debt_to_ebitda__typical_range = 0–2,5 ×; über 3,5 × wird es bei Banken kritisch

gl_interest_coverage__term = Zinsdeckungsgrad
gl_interest_coverage__definition = Wie oft das EBIT den Zinsaufwand (brutto, vor Zinserträgen) deckt.
gl_interest_coverage__formula = EBIT / Zinsaufwand
gl_interest_coverage__drivers = Ertragskraft und Verschuldung (Darlehen, Kontokorrent), Zinsniveau.
gl_interest_coverage__typical_range = 5–10 ×; unter 2 × kritisch

gl_free_cash_flow__term = Free Cashflow
gl_free_cash_flow__definition = Geld, das nach den Investitionen aus dem operativen Geschäft übrig bleibt, um Darlehen zu tilgen und Dividenden zu zahlen. Zinsen sind hier bereits abgezogen, weil sie im operativen Cashflow stecken.
gl_free_cash_flow__formula = Cashflow aus laufender Geschäftstätigkeit + Cashflow aus Investitionstätigkeit
gl_free_cash_flow__drivers = Ergebnis, Working Capital (Zahlungsziel, Produktion) und Investitionen (Linien, Projekte).
gl_free_cash_flow__typical_range = 2–6 % der Umsatzerlöse

gl_break_even_units__term = Break-even-Menge (Gewinnschwelle)
gl_break_even_units__definition = Absatzmenge, bei der der Deckungsbeitrag gerade die Fixkosten deckt und das EBIT null ist, beim Preis- und Kostenniveau des Jahres.
gl_break_even_units__formula = Fixkosten / Deckungsbeitrag je Stück, aufgerundet; Deckungsbeitrag = Umsatzerlöse − Herstellungskosten des Umsatzes − Cost-to-Serve; Fixkosten = Marketing + F&E + Außendienst + Verwaltung + Lagerhaltung + Abschreibungen
gl_break_even_units__drivers = Nettopreis (Listenpreis, Rabatt), variable Kosten (Material, Lohn, Cost-to-Serve), Fixkosten (Budgets, Außendienst, Linien, Projekte).
gl_break_even_units__typical_range = 60–85 % der verkauften Menge (Sicherheitsabstand 15–40 %)

gl_capacity_utilisation__term = Kapazitätsauslastung
gl_capacity_utilisation__definition = Anteil der möglichen Produktionsmenge, der tatsächlich produziert wurde. Ungenutzte Linien binden Kapital und verursachen Abschreibungen, ohne Deckungsbeitrag zu bringen.
gl_capacity_utilisation__formula = produzierte Stück / Kapazität der Linien und Projekte
gl_capacity_utilisation__drivers = Produktionsmenge, Kauf von Linien und Kapazitätsprojekten, Ausscheiden alter Linien am Ende ihrer Nutzungsdauer.
gl_capacity_utilisation__typical_range = 75–90 %

gl_market_share__term = Marktanteil (Menge)
gl_market_share__definition = Eigener Absatz in Stück im Verhältnis zum Absatz aller Anbieter über alle Segmente. Marktanteil ist kein Selbstzweck: mit Rabatten gekaufter Anteil kann Wert vernichten.
gl_market_share__formula = eigene verkaufte Stück / verkaufte Stück aller Unternehmen
gl_market_share__drivers = Preis nach Rabatt, Zahlungsziel, Marketing (Marke), F&E (Qualität), Außendienst (Abdeckung), Lieferfähigkeit; Entscheidungen der Wettbewerber.
gl_market_share__typical_range = bei n Wettbewerbern um 1/n; 10–30 %

gl_nopat__term = NOPAT (operatives Ergebnis nach Steuern)
gl_nopat__definition = Net Operating Profit After Taxes: das EBIT nach einer fiktiven Steuer, als wäre das Unternehmen rein eigenfinanziert. Ein negatives EBIT ergibt ein negatives NOPAT (Steuerersparnis); Verlustvorträge bleiben außen vor.
gl_nopat__formula = EBIT × (1 − Steuersatz), auf Cent gerundet
gl_nopat__drivers = Alle EBIT-Treiber: Preis, Rabatt, Absatz, Budgets, Außendienst, Materialpreise, Linien und Projekte.
gl_nopat__typical_range = 3,5–7 % der Umsatzerlöse

gl_capital_employed__term = Eingesetztes Kapital (Capital Employed)
gl_capital_employed__definition = Im Geschäft gebundenes Kapital: Anlagevermögen plus Nettoumlaufvermögen, ohne liquide Mittel. Der EVA belastet den Jahresdurchschnitt aus Anfangs- und Endbestand, so wird Kapital in jedem Jahr verzinst, auch im letzten.
gl_capital_employed__formula = Sachanlagen (netto) + Vorräte + Forderungen − Verbindlichkeiten aus L.u.L.; EVA und Werttreiberbaum: (Anfang + Ende) / 2
gl_capital_employed__drivers = Linien und Projekte (im Kaufjahr zur Hälfte im Durchschnitt), Zahlungsziel, Produktionsmenge, Abschreibungen.
gl_capital_employed__typical_range = 50–80 % der Umsatzerlöse

gl_net_fixed_assets__term = Anlagevermögen (Buchwert)
gl_net_fixed_assets__definition = Sachanlagen zu Restbuchwerten, im Jahresdurchschnitt aus Anfangs- und Endbestand; der größte Block des eingesetzten Kapitals. Linien scheiden am Ende ihrer Nutzungsdauer aus, die Kapazität sinkt, wenn sie nicht ersetzt werden.
gl_net_fixed_assets__formula = Sachanlagen (Anschaffungskosten) − kumulierte Abschreibungen, (Anfang + Ende) / 2
gl_net_fixed_assets__drivers = Kauf von Linien und Projekten, im Kaufjahr zur Hälfte im Durchschnitt; Abschreibungen senken den Wert; ausscheidende Anlagen sind voll abgeschrieben und ändern ihn nicht.
gl_net_fixed_assets__typical_range = 50–70 % des eingesetzten Kapitals

gl_cost_of_equity__term = Eigenkapitalkosten (k_E)
gl_cost_of_equity__definition = Die Rendite, die die Gesellschafter für ihr Risiko verlangen. Sie steigt mit dem Verschuldungsgrad (Hamada): Die Eigentümer eines hoch verschuldeten Unternehmens tragen mehr Risiko und verlangen mehr. Ohne positives Eigenkapital wird mit der Obergrenze L = 90 % gerechnet (D/E = 9).
gl_cost_of_equity__formula = k_E = k_U + (k_U − r_f) × (1 − Steuersatz) × D/E; k_U (Eigenkapitalkosten ohne Verschuldung) und r_f (risikoloser Zins) aus dem Szenario, Verschuldungsgrad D/E = L / (1 − L) aus Nettofinanzverschuldung und Eigenkapital zu Jahresbeginn
gl_cost_of_equity__drivers = Fremdkapitalquote L: Darlehen, Dividenden, Kapitalerhöhungen, Kassenbestand und Jahresüberschuss der Vorjahre; k_U und r_f legt das Szenario fest.
gl_cost_of_equity__typical_range = 9–14 %; Standardszenario bei L = 35 % rund 11,3 %

gl_cost_of_debt__term = Fremdkapitalkosten (k_D)
gl_cost_of_debt__definition = Der Zins vor Steuern, den das Unternehmen im Jahr tatsächlich zahlt, gewichtet mit Darlehen und Kontokorrent der Eröffnungsbilanz: Darlehen zum Darlehenszins, Kontokorrent zum Kontokorrentzins zuzüglich Gebühr; ohne Schulden der Darlehenszins. Beide Zinsen enthalten den Kreditaufschlag der Bank. Er wächst, sobald die Bruttofremdkapitalquote (Darlehen + Kontokorrent im Verhältnis zu Darlehen, Kontokorrent und Eigenkapital, nach der Finanzierung des Jahres) die aufschlagfreie Grenze des Szenarios überschreitet.
gl_cost_of_debt__formula = (Darlehen × Darlehenszins + Kontokorrent × (Kontokorrentzins + Gebührensatz)) / (Darlehen + Kontokorrent), Bestände zu Jahresbeginn; jeder Zins = Szenariozins + Zinsereignisse + Kreditaufschlag; Kreditaufschlag = (Bruttofremdkapitalquote − aufschlagfreie Grenze) × Aufschlagsatz, nicht unter 0
gl_cost_of_debt__drivers = Aufnahme und Tilgung von Darlehen, Dividenden und Kapitalerhöhungen (über die Bruttofremdkapitalquote), Kontokorrent; Zinsereignisse. Geliehenes und ungenutzt gehaltenes Geld verteuert jedes Darlehen.
gl_cost_of_debt__typical_range = 4–8 % vor Steuern

gl_leverage__term = Fremdkapitalquote L (netto, Gewicht im WACC)
gl_leverage__definition = Anteil der Nettofinanzverschuldung (Darlehen + Kontokorrent − liquide Mittel) an Nettofinanzverschuldung plus Eigenkapital, zu Buchwerten der Eröffnungsbilanz des Jahres: das Fremdkapitalgewicht im WACC. Ein Nettofinanzguthaben zählt als 0; ein Unternehmen ohne positives Eigenkapital gilt als notleidend und wird mit der Obergrenze von 90 % belastet.
gl_leverage__formula = L = Nettofinanzverschuldung / (Nettofinanzverschuldung + Eigenkapital), Eröffnungsbilanz des Jahres; Nettofinanzguthaben = 0; höchstens 90 % (Eigenkapital ≤ 0: 90 %); Verschuldungsgrad D/E = L / (1 − L)
gl_leverage__drivers = Aufnahme und Tilgung von Darlehen, Dividenden, Kapitalerhöhungen, Kassenbestand; Jahresüberschuss über das Eigenkapital. Die Finanzierung eines Jahres zeigt sich in der Eröffnungsbilanz des Folgejahres.
gl_leverage__typical_range = 20–45 %; der WACC ist meist dort am niedrigsten, wo der Kreditaufschlag der Bank einsetzt (Standardszenario: 35 %)

gl_wacc__term = WACC (gewichtete Kapitalkosten)
gl_wacc__definition = Die Mindestrendite des eingesetzten Kapitals: Eigenkapitalkosten und Fremdkapitalkosten nach Steuern, gewichtet mit der Fremdkapitalquote L aus Nettofinanzverschuldung und Eigenkapital der Eröffnungsbilanz. Die Eigenkapitalkosten steigen mit der Verschuldung (Hamada), die Fremdkapitalkosten sind die tatsächlich gezahlten Zinsen mit dem Kreditaufschlag der Bank. Liquide Mittel werden mit den Schulden verrechnet, ungenutzte Kasse senkt den WACC also nicht; maßvolle Verschuldung senkt ihn ein wenig (Steuervorteil), hohe hebt ihn.
gl_wacc__formula = WACC = (1 − L) × k_E + L × k_D × (1 − Steuersatz); L = Nettofinanzverschuldung / (Nettofinanzverschuldung + Eigenkapital) zu Jahresbeginn, höchstens 90 %, bei Eigenkapital ≤ 0 genau 90 %
gl_wacc__drivers = Finanzierungsstruktur: Darlehen, Dividenden, Kapitalerhöhungen, Kassenbestand; Kontokorrent; Zinsereignisse. Die Finanzierung eines Jahres verschiebt die Gewichte erst im Folgejahr, den Kreditaufschlag schon im selben Jahr.
gl_wacc__typical_range = 7–10 %; Standardszenario im ersten Jahr rund 8,7 %

gl_capital_charge__term = Kapitalkosten (Capital Charge)
gl_capital_charge__definition = Was das eingesetzte Kapital im Jahr zum WACC kostet: die Mindestverzinsung von Eigentümern und Banken auf das durchschnittliche Kapital des Jahres, auch auf Kapital, das erst im Laufe des Jahres oder im letzten Spieljahr gebunden wird.
gl_capital_charge__formula = WACC × (eingesetztes Kapital Anfang + Ende) / 2
gl_capital_charge__drivers = Kapitalbindung (Linien, Projekte, Zahlungsziel, Vorräte) und WACC (Finanzierungsstruktur).
gl_capital_charge__typical_range = 4–8 % der Umsatzerlöse

gl_eva__term = Mehrwert (EVA, Economic Value Added)
gl_eva__definition = Der Gewinn nach Abzug aller Kapitalkosten, auch der Eigenkapitalkosten, auf das durchschnittliche eingesetzte Kapital des Jahres: positiv heißt, das Unternehmen verdient mehr, als seine Kapitalgeber verlangen, und schafft Wert.
gl_eva__formula = NOPAT − WACC × durchschnittliches eingesetztes Kapital = (ROIC − WACC) × durchschnittliches eingesetztes Kapital
gl_eva__drivers = Alle Entscheidungen: Preis, Rabatt, Absatz und Kosten über NOPAT; Linien, Projekte, Zahlungsziel und Vorräte über die Kapitalbindung; Finanzierung über den WACC.
gl_eva__typical_range = 0–5 % des eingesetzten Kapitals; viele Unternehmen liegen um null

gl_spread__term = Überrendite (Spread: ROIC − WACC)
gl_spread__definition = Um wie viele Prozentpunkte die Rendite nach Steuern über den Kapitalkosten liegt. Nur ein positiver Spread macht Wachstum wertsteigernd.
gl_spread__formula = ROIC − WACC
gl_spread__drivers = NOPAT-Marge (Preis, Rabatt, Kosten), Kapitalumschlag (Kapitalbindung) und WACC (Finanzierung).
gl_spread__typical_range = −3 bis +8 Prozentpunkte

gl_nopat_margin__term = NOPAT-Marge
gl_nopat_margin__definition = NOPAT im Verhältnis zu den Umsatzerlösen: die Umsatzrendite nach Steuern im Werttreiberbaum.
gl_nopat_margin__formula = NOPAT / Umsatzerlöse ≈ EBIT-Marge × (1 − Steuersatz)
gl_nopat_margin__drivers = EBIT-Marge (Preis, Rabatt, alle Kostenquoten) und Steuersatz.
gl_nopat_margin__typical_range = 3,5–7 %

gl_tax_rate__term = Steuersatz
gl_tax_rate__definition = Ertragsteuersatz laut Szenario; mit ihm werden die Steuer, das NOPAT und der Steuervorteil des Fremdkapitals im WACC berechnet.
gl_tax_rate__formula = Vorgabe des Szenarios
gl_tax_rate__drivers = Szenario; keine Entscheidung im Spiel.
gl_tax_rate__typical_range = rund 30 % (Körperschaftsteuer, Solidaritätszuschlag, Gewerbesteuer)

gl_cogs_ratio__term = Herstellkostenquote
gl_cogs_ratio__definition = Herstellungskosten des Umsatzes je Euro Umsatz. Rabatte erhöhen sie, weil sie den Umsatz senken, aber nicht die Kosten.
gl_cogs_ratio__formula = Herstellungskosten des Umsatzes / Umsatzerlöse
gl_cogs_ratio__drivers = Nettopreis (Listenpreis, Rabatt), Materialpreise, Material- und Lohneinsparprojekte.
gl_cogs_ratio__typical_range = 60–75 %

gl_marketing_ratio__term = Marketingquote
gl_marketing_ratio__definition = Marketingaufwand je Euro Umsatz.
gl_marketing_ratio__formula = Marketingaufwand / Umsatzerlöse
gl_marketing_ratio__drivers = Marketingbudget; Umsatz.
gl_marketing_ratio__typical_range = 1–4 %

gl_rnd_ratio__term = F&E-Quote
gl_rnd_ratio__definition = Forschungs- und Entwicklungsaufwand je Euro Umsatz.
gl_rnd_ratio__formula = F&E-Aufwand / Umsatzerlöse
gl_rnd_ratio__drivers = F&E-Budget; Umsatz.
gl_rnd_ratio__typical_range = 2–6 %

gl_sales_force_ratio__term = Außendienstquote
gl_sales_force_ratio__definition = Kosten des Außendienstes je Euro Umsatz.
gl_sales_force_ratio__formula = Kosten des Außendienstes / Umsatzerlöse
gl_sales_force_ratio__drivers = Anzahl Verkäufer je Segment; Umsatz.
gl_sales_force_ratio__typical_range = 3–8 %

gl_admin_ratio__term = Verwaltungskostenquote
gl_admin_ratio__definition = Verwaltungskosten je Euro Umsatz; sinkt mit steigendem Umsatz, weil die Verwaltung fix ist.
gl_admin_ratio__formula = Verwaltungskosten / Umsatzerlöse
gl_admin_ratio__drivers = Umsatz (Fixkostendegression), Projekte mit Verwaltungseinsparung.
gl_admin_ratio__typical_range = 3–7 %

gl_cost_to_serve_ratio__term = Cost-to-Serve-Quote
gl_cost_to_serve_ratio__definition = Kundenbetreuungskosten je Euro Umsatz; hoch in Segmenten mit teurer Betreuung und niedrigen Nettopreisen.
gl_cost_to_serve_ratio__formula = Kundenbetreuungskosten / Umsatzerlöse
gl_cost_to_serve_ratio__drivers = Segmentmix und Nettopreis (Preis, Rabatt, Zahlungsziel, Außendienst je Segment).
gl_cost_to_serve_ratio__typical_range = 1–4 %

gl_inventory_holding_ratio__term = Lagerkostenquote
gl_inventory_holding_ratio__definition = Lagerhaltungskosten je Euro Umsatz.
gl_inventory_holding_ratio__formula = Lagerhaltungskosten / Umsatzerlöse
gl_inventory_holding_ratio__drivers = Produktionsmenge über dem Absatz.
gl_inventory_holding_ratio__typical_range = 0,5–2 %

gl_depreciation_ratio__term = Abschreibungsquote
gl_depreciation_ratio__definition = Abschreibungen je Euro Umsatz; steigt mit Investitionen, die nicht genug Umsatz bringen.
gl_depreciation_ratio__formula = Abschreibungen / Umsatzerlöse
gl_depreciation_ratio__drivers = Linien und Projekte (Capex) und deren Auslastung über den Umsatz.
gl_depreciation_ratio__typical_range = 3–5 %

gl_volume_units__term = Absatzmenge
gl_volume_units__definition = Verkaufte Stück im Jahr über alle Segmente. Mehr Menge ist nicht automatisch mehr Wert.
gl_volume_units__formula = Summe über die Segmente: Nachfrage (einschließlich Überlauf von ausverkauften Wettbewerbern), begrenzt auf den verfügbaren Bestand
gl_volume_units__drivers = Preis nach Rabatt, Zahlungsziel, Marketing, F&E, Außendienst, Produktion (Lieferfähigkeit), Marktwachstum, Wettbewerber.
gl_volume_units__typical_range = abhängig vom Szenario; gemessen an Kapazität und Marktanteil

gl_average_net_price__term = Durchschnittlicher Nettopreis
gl_average_net_price__definition = Durchschnittlich erzielter Preis je Stück nach Rabatten, über alle Segmente gewichtet mit der Menge.
gl_average_net_price__formula = Umsatzerlöse / verkaufte Stück
gl_average_net_price__drivers = Listenpreis und Rabatt je Segment, Segmentmix.
gl_average_net_price__typical_range = abhängig vom Szenario; 3–10 % unter dem Listenpreis

gl_score__term = Punktzahl (Barwert des EVA)
gl_score__definition = Summe der EVA aller bisher gespielten Jahre, jeweils mit dem WACC auf den Spielbeginn abgezinst: der geschaffene Marktwert (Market Value Added). Mussten die Eigentümer das Unternehmen sanieren, wird das Sanierungskapital mit dem Strafsatz des Szenarios abgezogen; ein insolventes Unternehmen steht in der Rangliste hinter jedem solventen, gleich welche Punktzahl es hat.
gl_score__formula = Summe über die Jahre t: (EVA_t − Strafsatz × Sanierungskapital_t) / ((1 + WACC_1) × … × (1 + WACC_t))
gl_score__drivers = Alle Entscheidungen über das EVA jedes Jahres; frühe Jahre zählen stärker. Eine Insolvenz (Kreditlinie reicht nicht oder Eigenkapital aufgezehrt) kostet Punkte und den Rang.
gl_score__typical_range = positiv heißt Wert geschaffen; negativ heißt Wert vernichtet

gl_npv__term = Kapitalwert (NPV)
gl_npv__definition = Summe aller Zahlungen eines Projekts, auf heute abgezinst mit dem WACC. Ein positiver Kapitalwert heißt, das Projekt verdient mehr als seine Kapitalkosten und schafft Wert.
gl_npv__formula = Summe über t: Zahlung_t / (1 + WACC)^t, t = 0 ist die Investition
gl_npv__drivers = Investitionssumme, Nutzungsdauer und Effekte des Projekts (Einsparungen, Kapazität, Marke, Qualität), WACC.
gl_npv__typical_range = > 0 €: investieren; < 0 €: ablehnen

gl_irr__term = Interner Zinsfuß (IRR)
gl_irr__definition = Der Zinssatz, bei dem der Kapitalwert eines Projekts null ist: seine Rendite. Liegt er über dem WACC, lohnt sich das Projekt.
gl_irr__formula = Zinssatz r mit Summe über t: Zahlung_t / (1 + r)^t = 0
gl_irr__drivers = Investitionssumme, Nutzungsdauer und Effekte des Projekts.
gl_irr__typical_range = über dem WACC, meist 10–25 % bei Industrieprojekten

gl_payback_years__term = Amortisationsdauer
gl_payback_years__definition = Jahre, bis die kumulierten, nicht abgezinsten Zahlungen die Investition wieder eingespielt haben. Ein Risikomaß, kein Wertmaß: Was danach kommt, ignoriert es.
gl_payback_years__formula = erstes Jahr, in dem die kumulierte Zahlung ≥ 0 wird, innerhalb des Jahres linear interpoliert
gl_payback_years__drivers = Investitionssumme und jährliche Effekte des Projekts.
gl_payback_years__typical_range = 3–6 Jahre

gl_discounted_payback_years__term = Dynamische Amortisationsdauer
gl_discounted_payback_years__definition = Wie die Amortisationsdauer, aber mit abgezinsten Zahlungen: Jahre, bis die Investition einschließlich Kapitalkosten zurückverdient ist.
gl_discounted_payback_years__formula = erstes Jahr, in dem die kumulierte, mit dem WACC abgezinste Zahlung ≥ 0 wird, linear interpoliert
gl_discounted_payback_years__drivers = Investitionssumme, jährliche Effekte und Nutzungsdauer des Projekts, WACC.
gl_discounted_payback_years__typical_range = 4–8 Jahre; muss kürzer sein als die Nutzungsdauer

gl_profitability_index__term = Rentabilitätsindex (Kapitalwertrate)
gl_profitability_index__definition = Barwert der Rückflüsse je Euro Investition. Über 1 genau dann, wenn der Kapitalwert positiv ist; hilft bei knappem Budget, Projekte zu reihen.
gl_profitability_index__formula = Barwert der Zahlungen ab t = 1 / |Investition in t = 0|
gl_profitability_index__drivers = Investitionssumme, Nutzungsdauer und Effekte des Projekts, WACC.
gl_profitability_index__typical_range = > 1,0: investieren; gute Projekte 1,2–2,0
gl_fixed_assets__term = Anlagevermögen (operativ)
gl_fixed_assets__definition = Im Kundenlabor: immaterielle Vermögenswerte mit Geschäfts- oder Firmenwert und Sachanlagen mit Nutzungsrechten, der Durchschnitt aus Jahresanfang und -ende. Finanzanlagen zählen nicht dazu: sie tragen nicht zum Betriebsergebnis bei.
gl_fixed_assets__formula = (immaterielle Vermögenswerte + Sachanlagen) Anfang und Ende, gemittelt
gl_fixed_assets__drivers = Investitionen, Abschreibungen, Übernahmen (Geschäfts- oder Firmenwert), Leasing.
gl_fixed_assets__typical_range = 20–60 % des Capital Employed
gl_other_operating_assets__term = Sonstige operative Vermögenswerte
gl_other_operating_assets__definition = Vertragsvermögenswerte, sonstige Forderungen und Vermögenswerte des Geschäfts; sie binden Kapital wie Forderungen aus Lieferungen und Leistungen.
gl_other_operating_assets__formula = Durchschnitt aus Jahresanfang und -ende
gl_other_operating_assets__drivers = Projektgeschäft (Vertragsvermögenswerte), Anzahlungen an Lieferanten, Steuererstattungen.
gl_other_operating_assets__typical_range = 0–10 % des Umsatzes
gl_other_operating_liabilities__term = Erhaltene Anzahlungen und sonstige operative Verbindlichkeiten
gl_other_operating_liabilities__definition = Anzahlungen der Kunden und Vertragsverbindlichkeiten: zinsloses Kapital, das das Geschäft selbst mitbringt; es wird vom Capital Employed abgezogen wie Lieferantenkredite.
gl_other_operating_liabilities__formula = Durchschnitt aus Jahresanfang und -ende
gl_other_operating_liabilities__drivers = Anzahlungsbedingungen, Auftragsbestand, Projektgeschäft.
gl_other_operating_liabilities__typical_range = 0–20 % des Umsatzes im Anlagenbau
gl_selling_ratio__term = Vertriebskosten / Umsatz
gl_selling_ratio__definition = Vertriebskosten des veröffentlichten Abschlusses bezogen auf den Nettoumsatz: Vertrieb, Marketing, Service und Logistik.
gl_selling_ratio__formula = Vertriebskosten / Nettoumsatz
gl_selling_ratio__drivers = Vertriebsorganisation, Werbung, Kundenservice, Frachten.
gl_selling_ratio__typical_range = 8–15 % im Maschinenbau
gl_other_operating_ratio__term = Sonstige betriebliche Aufwendungen (netto) / Umsatz
gl_other_operating_ratio__definition = Sonstige betriebliche Aufwendungen abzüglich sonstiger betrieblicher Erträge, bezogen auf den Nettoumsatz; negativ, wenn die Erträge überwiegen.
gl_other_operating_ratio__formula = (sonstige betriebliche Aufwendungen − sonstige betriebliche Erträge) / Nettoumsatz
gl_other_operating_ratio__drivers = Währungseffekte, Abgangsgewinne, Wertberichtigungen, Rückstellungen.
gl_other_operating_ratio__typical_range = −2 bis +3 %
gl_net_gearing__term = Nettoverschuldungsgrad (Net Gearing)
gl_net_gearing__definition = Nettofinanzverschuldung bezogen auf das Eigenkapital mit Minderheiten, wie Analysten und Geschäftsberichte ihn ausweisen; mit oder ohne Pensionen, wie der Bericht die Nettoverschuldung definiert.
gl_net_gearing__formula = (Finanzschulden [+ Pensionen] − liquide Mittel − Wertpapiere) / Eigenkapital
gl_net_gearing__drivers = Verschuldung, Ausschüttungen, Gewinne, Investitionen.
gl_net_gearing__typical_range = 0–100 %
gl_operating_free_cash_flow__term = Operativer Free Cashflow
gl_operating_free_cash_flow__definition = Was das Geschäft nach Steuern und nach den Investitionen in das eingesetzte Kapital an Geld übrig lässt: NOPAT abzüglich des Anstiegs des Capital Employed. Passt zur EVA-Rechnung und zur Bewertung eines Angebots.
gl_operating_free_cash_flow__formula = NOPAT − (Capital Employed Ende − Capital Employed Anfang)
gl_operating_free_cash_flow__drivers = Marge, Wachstum, Working Capital, Investitionen.
gl_operating_free_cash_flow__typical_range = 0–10 % des Umsatzes
gl_dividends_paid__term = Gezahlte Dividenden
gl_dividends_paid__definition = Die im Jahr gezahlten Dividenden laut Kapitalflussrechnung, nicht aus der Veränderung der Gewinnrücklagen abgeleitet (die enthält auch das sonstige Ergebnis).
gl_dividends_paid__formula = laut Kapitalflussrechnung
gl_dividends_paid__drivers = Ausschüttungspolitik, Vorjahresergebnis.
gl_dividends_paid__typical_range = 30–60 % des Vorjahresergebnisses

# The attribution sentences of the value tab (sim/explain.rs).
explain_price_volume = Ihr durchschnittlicher Nettopreis { $price_up ->
        [yes] stieg
       *[no] sank
    } um { $price }, die Absatzmenge { $volume_up ->
        [yes] stieg
       *[no] sank
    } um { $volume }.
explain_margin = Die EBIT-Marge { $up ->
        [yes] stieg
       *[no] fiel
    } um { $points } Prozentpunkte auf { $margin }.
explain_roic = { $change ->
        [fell_below] Der ROIC fiel unter den WACC ({ $roic } gegenüber { $wacc }): Das Kapital verdient seine Kosten nicht mehr.
        [rose_above] Der ROIC stieg über den WACC ({ $roic } gegenüber { $wacc }): Das Kapital verdient seine Kosten.
        [stays_above] Der ROIC liegt mit { $roic } weiter über dem WACC von { $wacc }.
       *[stays_below] Der ROIC liegt mit { $roic } weiter unter dem WACC von { $wacc }.
    }
explain_eva = EVA: { $eva } ({ $total } gegenüber dem Vorjahr); am stärksten wirkte { $driver ->
        [revenue] Umsatz
        [margin] Marge
        [tax] Steuer
        [capital] Kapitalbindung
       *[wacc] Kapitalkosten (WACC)
    }: { $amount }.

# The table of `mehrwert analyze` (cli/analyze.rs).
analyze_title = { $company } – Geschäftsjahr { $year }
analyze_eva_heading = Wertbeitrag (EVA)
analyze_nopat = NOPAT = EBIT × (1 − Steuersatz)
analyze_charge = Kapitalkosten = WACC × Capital Employed
analyze_eva_line = EVA = NOPAT − Kapitalkosten
analyze_kpi_heading = Kennzahlen
analyze_tree_heading = Werttreiberbaum
analyze_days = { $days } Tage
analyze_units = { $units } Stück
analyze_verdict = { $verdict ->
        [destroyed] ROIC unter WACC: Das Unternehmen hat in diesem Jahr Wert vernichtet.
        [created] ROIC über WACC: Das Unternehmen hat in diesem Jahr Wert geschaffen.
       *[even] ROIC gleich WACC: Das Unternehmen hat genau seine Kapitalkosten verdient.
    }
analyze_revenue_growth = Umsatzwachstum
analyze_gross_margin = Bruttomarge
analyze_ebitda_margin = EBITDA-Marge
analyze_ebit_margin = EBIT-Marge (ROS)
analyze_net_margin = Nettomarge
analyze_roe = Eigenkapitalrendite (ROE)
analyze_roa = Gesamtkapitalrendite (ROA)
analyze_roce = ROCE = EBIT / Capital Employed
analyze_roic = ROIC = NOPAT / Capital Employed
analyze_capital_turnover = Kapitalumschlag
analyze_dso_days = Forderungslaufzeit (DSO)
analyze_dio_days = Lagerreichweite (DIO)
analyze_dpo_days = Lieferantenziel (DPO)
analyze_cash_conversion_cycle_days = Cash Conversion Cycle
analyze_net_working_capital = Net Working Capital
analyze_current_ratio = Current Ratio (Liquidität 3. Grades)
analyze_quick_ratio = Quick Ratio (Liquidität 2. Grades)
analyze_equity_ratio = Eigenkapitalquote
analyze_gearing = Verschuldungsgrad (Gearing)
analyze_net_debt = Nettofinanzverschuldung
analyze_net_debt_to_ebitda = Nettoverschuldung / EBITDA
analyze_interest_coverage = Zinsdeckung (EBIT / Zinsaufwand)
analyze_free_cash_flow = Free Cashflow
analyze_break_even_units = Break-even-Menge
analyze_capacity_utilisation = Kapazitätsauslastung
analyze_market_share = Marktanteil
analyze_eva = EVA
analyze_spread = Spread = ROIC − WACC
analyze_nopat_margin = NOPAT-Marge
analyze_cogs_ratio = Herstellkosten (COGS) / Umsatz
analyze_marketing_ratio = Marketing / Umsatz
analyze_rnd_ratio = Forschung & Entwicklung / Umsatz
analyze_sales_force_ratio = Außendienst / Umsatz
analyze_admin_ratio = Verwaltung / Umsatz
analyze_cost_to_serve_ratio = Cost-to-Serve / Umsatz
analyze_inventory_holding_ratio = Lagerhaltung / Umsatz
analyze_depreciation_ratio = Abschreibungen / Umsatz
analyze_tax_rate = Steuersatz
analyze_net_revenue = Nettoumsatz
analyze_volume_units = Absatzmenge
analyze_average_net_price = Ø Nettopreis
analyze_wacc = WACC
analyze_leverage = Fremdkapitalquote L (netto, Gewicht im WACC)
analyze_cost_of_equity = Eigenkapitalkosten
analyze_cost_of_debt = Fremdkapitalkosten (vor Steuern)
analyze_capital_employed = Capital Employed (Jahresdurchschnitt)
analyze_net_fixed_assets = Sachanlagen (netto)
analyze_inventory = Vorräte
analyze_receivables = Forderungen aus L. u. L.
analyze_payables = abzügl. Verbindlichkeiten aus L. u. L.
analyze_template_written = Vorlage geschrieben: { $path } — Zahlen aus dem Geschäftsbericht eintragen, dann „mehrwert analyze { $path }“.
analyze_unit_line = Beträge in { $currency }; eingegeben in { $unit ->
        [Thousands] Tausend
        [Millions] Millionen
       *[Units] ganzen Beträgen
    }, gerundet auf { $rounding }
analyze_unit_line_exact = Beträge in { $currency }, auf den Cent genau
analyze_residual = Rundungsdifferenz der Bilanz { $sheet ->
        [opening] zum Jahresanfang
       *[closing] zum Jahresende
    } (Aktiva − Passiva): { $amount } — innerhalb der Rundung des Berichts
analyze_ebitda = EBITDA
analyze_ebit = EBIT (Betriebsergebnis)
analyze_net_income = Jahresergebnis
analyze_net_gearing = Nettoverschuldungsgrad (Net Gearing)
analyze_operating_free_cash_flow = Operativer Free Cashflow (NOPAT − ΔCE)
analyze_dividends_paid = Gezahlte Dividenden
analyze_selling_ratio = Vertriebskosten / Umsatz
analyze_other_operating_ratio = Sonstige betr. Aufwendungen (netto) / Umsatz
analyze_fixed_assets = Anlagevermögen (immateriell und Sachanlagen)
analyze_other_operating_assets = Sonstige operative Vermögenswerte
analyze_other_operating_liabilities = abzügl. erhaltene Anzahlungen u. sonst. op. Verb.

## Command line: the report of `check` and the tables of `balance` and `probe` (crate::cli), chosen by --lang.

cli_check_ok = in Ordnung: { $file } ({ $kind })
cli_check_kind_scenario = Szenario
cli_check_kind_decisions = Entscheidungen
cli_check_kind_session = Sitzung des Spiels (Spielstand mit Teams und Entwürfen)
cli_check_kind_customer_report = Geschäftsbericht eines Kunden
cli_check_kind_value_case = Wertfall
cli_check_kind_library = Nutzenbibliothek
cli_check_kind_workbook = Arbeitsmappe mit Kundenzahlen
cli_check_kind_practice = Übungsdatei eines Workshops (die anderen Teams als Geister)
cli_check_kind_save = Spielstand
cli_check_parsed = gelesen: { $file } (Entscheidungen; nicht geprüft, denn es gibt kein gültiges Szenario)
cli_check_against = Hinweis: Die Entscheidungsdateien werden gegen { $file } geprüft (ein anderes Szenario mit --scenario).
cli_check_scenario_broken = Hinweis: Die Datei von --scenario hat Fehler; Entscheidungsdateien werden nur gelesen, nicht geprüft.
cli_check_failed = Prüfung fehlgeschlagen: { $failed } von { $total } { $total ->
    [one] Datei
   *[other] Dateien
} fehlerhaft.
cli_balance_title = { $scenario } — { $games ->
    [one] ein Spiel
   *[other] { $games_text } Spiele
}
cli_balance_strategy = Strategie
cli_balance_companies = Firmen
cli_mean_score = Ø Punktzahl
cli_balance_win_share = Siegquote
cli_balance_bankruptcies = Insolvenzen
cli_balance_throughput = { $company_years } Firmenjahre in { $seconds } s: { $rate } Firmenjahre/s
cli_probe_title = { $scenario } — Probe: { $plans } Pläne × { $seeds ->
    [one] ein Spiel
   *[other] { $seeds } Spiele
} (ein Sitz gegen die Computer, der Sitz wechselt mit dem Seed)
cli_probe_plan = Plan
cli_probe_family = Art
cli_probe_mean_rank = Ø Rang
cli_probe_insolvent = Insolvent
cli_probe_verdict = Urteil
cli_probe_family_computer = Computer
cli_probe_family_value = Wert
cli_probe_family_volume = Volumen
cli_probe_family_fixed = fest
cli_probe_family_move = Zug
cli_probe_sound = zahlt sich nicht aus
cli_probe_pays = ZAHLT SICH AUS: { $reason }
cli_probe_reason_fixed = im Mittel unter den ersten zwei
cli_probe_reason_move = mehr als { $margin } über der Punktzahl der Wertpreisstrategie ({ $value })
cli_probe_reason_volume = nicht schlechter als die Wertpreisstrategie ({ $value })
cli_probe_plausibility = Plausibilität ({ $games ->
    [one] ein Computerspiel
   *[other] { $games } Computerspiele
} mit gemischten Strategien)
cli_probe_figure = Kennzahl
cli_probe_median = Median
cli_probe_spread = P10 – P90
cli_probe_range = Bereich
cli_probe_ok = ok
cli_probe_implausible = UNPLAUSIBEL
cli_probe_win_shares = Siegquoten:
cli_probe_too_high = (ZU HOCH)
cli_probe_interrupted = Abgebrochen: die Zahlen zeigen, was bis dahin gespielt war.
cli_probe_result_sound = Ergebnis: kein Plan zahlt sich aus, die Unternehmen sind plausibel.
cli_probe_result_findings = Ergebnis: { $paying ->
    [0] kein Plan zahlt
    [one] ein Plan zahlt
   *[other] { $paying } Pläne zahlen
} sich aus, { $implausible ->
    [0] keine Kennzahl ist
    [one] eine Kennzahl ist
   *[other] { $implausible } Kennzahlen sind
} unplausibel.
cli_check_equity_ratio = Eigenkapitalquote
cli_check_cash_share_of_assets = Kasse / Bilanzsumme
cli_check_ebit_margin = EBIT-Marge
cli_check_roce = ROCE
roic = ROIC
cli_check_dio_days = Lagerreichweite (Tage)
cli_check_dso_days = Forderungslaufzeit (Tage)
cli_check_capacity_utilisation = Auslastung
cli_check_stock_out_share = Anteil ausverkaufter Segmentjahre

## Command line: the table of `appraise` (crate::cli::appraise), chosen by --lang.

cli_appraise_rate = Kalkulationszins: { $rate }
cli_appraise_npv = Kapitalwert (NPV): { $npv }
cli_appraise_irr = Interner Zinsfuß (IRR): { $irr }
cli_appraise_payback = Amortisationsdauer: { $years }
cli_appraise_discounted_payback = Dynamische Amortisationsdauer: { $years }
cli_appraise_profitability_index = Rentabilitätsindex (PI): { $index }
cli_appraise_years = { $years } Jahre
cli_appraise_never = nie
cli_appraise_no_irr = keiner
cli_appraise_no_index = keiner (keine Anfangsauszahlung)

# A problem with a file, one sentence per code (ui/issue_text.rs).
ui_issue_e_branch_replay = Die Vergleichsrechnung ließ sich nicht nachspielen.
ui_issue_e_branch_year = Dieses Jahr lässt sich nicht neu rechnen (es ist noch nicht gespielt).
ui_issue_e_count = Die Anzahl der Einträge stimmt nicht.
ui_issue_e_duplicate_decisions = Für dasselbe Unternehmen und Jahr gibt es zwei Entscheidungen.
ui_issue_e_duplicate_field = Ein Feld steht zweimal in der Datei.
ui_issue_e_duplicate_id = Eine Kennung kommt zweimal vor.
ui_issue_e_empty = Ein Pflichtfeld ist leer.
ui_issue_e_id_format = Eine Kennung hat eine unzulässige Form.
ui_issue_e_inconsistent = Die Angaben passen nicht zueinander.
ui_issue_e_internal = Interner Fehler des Programms – bitte melden.
ui_issue_e_missing_field = Ein notwendiges Feld fehlt.
ui_issue_e_no_game = Es läuft kein Spiel.
ui_issue_e_not_scenario = Die Datei ist kein Szenario.
ui_issue_e_not_utf8 = Die Datei ist keine Textdatei in UTF-8 (beschädigt oder binär).
ui_issue_e_precision = Eine Zahl hat mehr Nachkommastellen, als das Feld erlaubt (bei Beträgen höchstens Cent).
ui_issue_e_preview = Keine Vorschau möglich: Das Spiel hat kein Jahr mehr.
ui_issue_e_range = Ein Wert liegt außerhalb des erlaubten Bereichs.
ui_issue_e_read = Die Datei lässt sich nicht lesen (nicht vorhanden oder kein Zugriff).
ui_issue_e_save_ledger = Der Spielstand ist beschädigt: Die Buchhaltung geht nicht auf.
ui_issue_e_save_mismatch = Der Spielstand passt nicht zu seinem Szenario.
ui_issue_e_format_version = Die Datei hat ein Format, das diese Programmversion nicht liest.
ui_issue_e_save_version = Der Spielstand stammt aus einer anderen Programmversion.
ui_issue_e_save_year = Der Spielstand ist beschädigt: Das Geschäftsjahr passt nicht zu den Berichten.
ui_issue_e_scenario_version = Das Szenario hat ein älteres Format.
ui_issue_e_syntax = Die Datei ist an dieser Stelle beschädigt oder falsch geschrieben.
ui_issue_e_truncated = Die Datei endet zu früh (abgeschnitten).
ui_issue_e_type = Ein Wert hat die falsche Art (zum Beispiel Text statt Zahl).
ui_issue_e_unbalanced = Die Bilanz geht nicht auf (Aktiva ≠ Passiva).
ui_issue_e_unknown_field = Die Datei enthält ein unbekanntes Feld (Tippfehler?).
ui_issue_e_unknown_ref = Ein Verweis zeigt auf etwas, das es nicht gibt.
ui_issue_e_unknown_variant = Ein Wert ist keine der erlaubten Möglichkeiten.
ui_issue_e_year = Das Geschäftsjahr passt nicht.
ui_issue_w_capacity = Hinweis: Die Kapazität reicht nicht für die geplante Menge.
ui_issue_w_translation = Hinweis: Ein englischer Text übersetzt keinen Text des Szenarios und wird nie gezeigt.
ui_issue_w_economy = Hinweis: Die Wirtschaftlichkeit des Szenarios ist fraglich.
ui_issue_w_rate_order = Hinweis: Die Zinssätze stehen in ungewöhnlicher Reihenfolge.
ui_issue_line_column = Zeile { $line }, Spalte { $column }
ui_issue_line = Zeile { $line }
ui_issue_field = Feld { $field }
ui_issue_unknown = Unbekannter Fehler.
ui_issue_more = (und { $count ->
    [one] ein weiteres Problem
   *[other] { $count } weitere Probleme
})
ui_issue_details = Technische Angaben (englisch) für die Fehlersuche:
ui_issue_recover = Letzten guten automatischen Spielstand öffnen
ui_issue_dismiss = Meldung schließen

## The guided first year (coach notes)
ui_setup_guide_label = Einstieg
ui_setup_guide = Geführtes erstes Jahr
ui_setup_guide_hint = Im ersten Geschäftsjahr erklärt je ein kurzer Tipp jede Gruppe von Entscheidungen, das Pro-forma und jeden Teil des ersten Jahresberichts. Jederzeit ausblendbar; im Menü (Esc) wieder einzuschalten.
ui_menu_guide = Tipps im ersten Geschäftsjahr
ui_coach_step = Tipp { $n } von { $count }: { $topic }
ui_coach_tip = Tipp zum ersten Jahresbericht
ui_coach_back = ← Zurück
ui_coach_next = Weiter →
ui_coach_hide = Tipps ausblenden
ui_coach_hide_hint = Im Menü (Esc) lassen sich die Tipps wieder einschalten.
ui_coach_sales_title = Verkauf und Preise
ui_coach_sales = Listenpreis, Rabatt und Zahlungsziel entscheiden, wie viel Sie verkaufen – und was davon übrig bleibt. Jeder Punkt Rabatt kostet Marge, jeder Tag Zahlungsziel bindet Geld in Forderungen, und gebundenes Kapital kostet Zinsen (WACC). Der Absatzplan ist Ihre eigene Schätzung; leer gelassen, gilt der Vorschlag des Marktmodells.
ui_coach_production_title = Produktion, Marketing und F&E
ui_coach_production = Produzieren Sie, was Sie verkaufen können: Was auf Lager liegen bleibt, bindet Kapital und kostet Lagerkosten; was fehlt, verschenkt Absatz. Marketing und F&E stärken die Nachfrage, sind aber sofort Aufwand – sie lohnen sich nur, wenn der zusätzliche Absatz mehr einbringt, als sie kosten.
ui_coach_investments_title = Investitionen und Projekte
ui_coach_investments = Neue Linien erhöhen die Kapazität, Projekte senken Kosten. Ein Projekt schafft Wert, wenn sein Kapitalwert (NPV) zum WACC positiv ist: Das Kapital ist sofort gebunden, der Nutzen kommt über die Jahre. Kurz vor Spielende zahlt sich deshalb kaum noch eine Investition aus.
ui_coach_financing_title = Finanzierung
ui_coach_financing = Ein Kredit schließt eine Lücke in der Kasse. Geld, das nur auf dem Konto liegt, kostet aber Zinsen und erhöht den WACC. Reicht die Kasse nicht, springt der teure Kontokorrentkredit ein. Eine Dividende gibt den Eigentümern Geld zurück, das das Unternehmen nicht braucht.
ui_coach_pro_forma_title = Die Planrechnung (pro forma)
ui_coach_pro_forma = Rechts steht, wie das Jahr mit Ihren Eingaben abschließen würde – mit Ihrem Absatzplan und unter der Annahme, dass die Konkurrenz ihren Kurs vom Vorjahr hält. Es ist ein Plan, kein Orakel. Entscheidend ist die Zeile EVA: der Gewinn aus dem Geschäft nach Steuern (NOPAT) minus die Kosten des eingesetzten Kapitals.
ui_coach_report_statements = Die Gewinn- und Verlustrechnung zeigt, was das Jahr verdient hat, die Bilanz, wie viel Kapital dafür gebunden ist, und die Kapitalflussrechnung, wohin das Geld geflossen ist. Ein Klick auf eine Zeile Ihres Unternehmens zeigt die Buchungen dahinter und die Entscheidung, aus der sie kommen.
ui_coach_report_dashboard = Die Kennzahlen aller Unternehmen im Zeitverlauf. Liegt der ROIC über dem WACC, verdient Ihr Kapital mehr, als es kostet – das ist Mehrwert. Umsatz und Marktanteil allein sagen darüber nichts.
ui_coach_report_market = Der Marktbericht zeigt, was alle sehen: Preise, Mengen und Marktanteile je Segment. Mehr Menge durch Rabatte ist nur dann gut, wenn die Marge das dafür gebundene Kapital noch verzinst.
ui_coach_report_leaderboard = Gewertet wird der Barwert des EVA über alle Jahre – nicht Umsatz, nicht Marktanteil und nicht der Gewinn allein.
ui_coach_report_value = Der Werttreiberbaum zerlegt den EVA in Marge, Kapitalumschlag und Kapitalkosten; die Brücke erklärt die Veränderung zum Vorjahr. Unter »Was wäre wenn …« spielen Sie ein vergangenes Jahr mit anderen Entscheidungen noch einmal durch und sehen, was es am EVA geändert hätte.
ui_coach_report_journal = Jede Zahl der Berichte entsteht aus Buchungen: jede mit Soll und Haben in gleicher Höhe und mit der Entscheidung, die sie ausgelöst hat.

## Probleme einer Datei: was gefunden wurde und was erlaubt ist (`check`; das JSON trägt Englisch)
ph_error = Fehler
ph_warning = Warnung
ph_found_allowed = gefunden { $found }; erlaubt: { $allowed }
ph_range_of = { $lo }..={ $n }
ph_range_to = { $lo } bis { $hi }
ph_count_exactly = genau { $n }
ph_n_years = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
ph_n_scenario_years = { $count } (die Jahre des Szenarios)
ph_n_units = { $count } Stück
ph_n_units_per_year = { $count } Stück pro Jahr
ph_n_lines = { $count ->
    [one] { $count } Linie
   *[other] { $count } Linien
}
ph_n_days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
ph_n_salespeople = { $count ->
    [one] { $count } Vertriebsmitarbeiter
   *[other] { $count } Vertriebsmitarbeiter
}
ph_n_segments = { $count ->
    [one] { $count } Segment
   *[other] { $count } Segmente
}
ph_n_companies = { $count } Unternehmen
ph_n_entries_per_segment = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
} (einer je Segment)
ph_at_most_places = höchstens { $places } Nachkommastellen ({ $what })
ph_what_rate_share_price = ein Satz, Anteil oder Preis
ph_what_rate_share = ein Satz oder Anteil
ph_what_price = ein Preis je Stück
ph_what_share = ein Anteil
ph_price_range = { $lo } € ..= { $hi } € je Stück
ph_whole_cents = ganze Cent (höchstens 2 Nachkommastellen)
ph_id_format = eine nicht leere Kennung aus a-z, 0-9, `_` und `-`, z. B. "key_accounts"
ph_again = { $value } ein weiteres Mal
ph_each_id_once = jede Kennung einmal (zuerst verwendet bei { $first })
ph_empty_text = ein leerer Text
ph_non_empty_text = ein nicht leerer Text
ph_max_rebate = 0..={ $max } (max_rebate des Segments { $segment })
ph_max_payment_days = 0..={ $max } { $max ->
    [one] Tag
   *[other] Tage
} (max_payment_days des Segments { $segment })
ph_scenario_format = { $version } (das Format, das dieses Mehrwert liest; docs/scenario-format.md)
ph_not_below_unlevered = { $rate } nicht unter unlevered_cost_of_equity { $unlevered }
ph_below_unlevered = unter unlevered_cost_of_equity (Eigentümer verlangen eine Prämie für das Geschäftsrisiko)
ph_rescue_free = 0: eine Rettung kostet die Punktzahl nichts
ph_rescue_above_zero = über 0 (sonst ist eine absichtliche Insolvenz bis auf die Rangliste kostenlos)
ph_below_loan_rate = { $rate } unter loan_rate { $loan_rate }
ph_overdraft_at_least_loan = overdraft_rate ≥ loan_rate (sonst ist der automatische Kontokorrentkredit der billigste Kredit)
ph_ppe_without_lines = { $ppe } ohne Anfangslinien
ph_zero_without_lines = 0, wenn production.opening_line_remaining_years leer ist (jede Sachanlage ist eine Linie)
ph_depreciation_for_lines = { $depreciation } auf { $gross } brutto für Linien mit { $lives } Restjahren
ph_depreciation_enough = so viel, dass die langlebigste Linie höchstens ihren Bruttoanteil wert ist (der Restbuchwert verteilt sich nach Restlaufzeit auf die Linien)
ph_inventory_for_units = { $inventory } für { $units }
ph_inventory_positive = ein positiver Wert genau dann, wenn inventory_units > 0
ph_above_field = { $value } über { $field } { $limit }
ph_at_most_field = höchstens { $field }
ph_assets_vs = Aktiva { $assets } gegen Passiva { $equity_and_liabilities }
ph_assets_equal = Aktiva = Eigenkapital + Verbindlichkeiten (cash + receivables + inventory + ppe_gross − accumulated_depreciation = payables + tax_payable + loans + subscribed_capital + retained_earnings; Differenz { $difference })
ph_none_or_segment = None oder eine Segment-Kennung: { $ids }
ph_company_id = eine Unternehmens-Kennung des Szenarios: { $ids }
ph_no_projects = keine Projekte: dieses Szenario hat keinen Katalog
ph_project_id = eine Projekt-Kennung des Szenarios: { $ids }
ph_n_line_years = { $count } Jahre (höchstens line_life_years)
ph_not_a_text = { $text }, das keiner der Texte des Szenarios ist
ph_a_german_text = ein deutscher Text des Szenarios, genau so geschrieben (Name, Beschreibung, Lehre, der Name eines Segments, eine Schlagzeile, Name oder Beschreibung eines Projekts); sonst wird das Englische nie gezeigt
ph_elasticity_zero = 0: das Segment kauft bei jedem Preisniveau gleich viel
ph_elasticity_above_zero = über 0 (sonst verlieren Anbieter, die alle die Preise erhöhen, keine Käufer)
ph_reservation_below_cost = Käufer zahlen höchstens { $reservation } € je Stück, die variablen Kosten sind { $cost } €
ph_reservation_above_cost = ein Höchstpreis über den variablen Kosten (sonst kann kein Verkauf etwas verdienen)
ph_own_elasticity = { $weight }: die eigene Preiselastizität eines Unternehmens ist { $elasticity } bei { $companies } Unternehmen
ph_elasticity_above_one = eine Elastizität über 1 (sonst zahlt sich der höchste Preis, den Käufer akzeptieren, immer am besten aus)
ph_best_price = der beste Nettopreis liegt bei etwa { $best } € (variable Kosten { $cost } €), der Referenzpreis bei { $reference } €
ph_best_price_near_reference = Gewichte, die den besten Preis innerhalb von 15 % des Referenzpreises halten
ph_syn_value_example = ein Wert, z. B. `( name: "…", … )`
ph_syn_nothing_after = nichts nach dem Wert, der davor endet
ph_syn_nesting = höchstens 128 Ebenen verschachtelter Klammern
ph_syn_value = ein Wert
ph_syn_colon = `:` nach dem Schlüssel
ph_syn_no_bytes = ein Wert (Byte-Zeichenketten kommen in Mehrwert-Dateien nicht vor)
ph_syn_identifier = ein Bezeichner
ph_syn_number = eine Zahl
ph_syn_exponent = die Ziffern des Exponenten
ph_syn_digit = eine Ziffer
ph_syn_separator = ein Trennzeichen nach der Zahl
ph_syn_raw_end = das Ende der Roh-Zeichenkette
ph_syn_string_end = `"`, das die Zeichenkette schließt
ph_syn_character = ein Zeichen
ph_syn_character_end = `'`, das das Zeichen schließt
ph_syn_escaped = ein maskiertes Zeichen
ph_syn_ascii_escape = eine ASCII-Maskierung `\x00`..`\x7F`
ph_syn_unicode_open = `{"{"}` in einer Unicode-Maskierung `\u{"{"}…{"}"}`
ph_syn_unicode_close = `{"}"}`, das die Unicode-Maskierung schließt
ph_syn_unicode_valid = eine gültige Unicode-Maskierung `\u{"{"}…{"}"}`
ph_syn_escape = eine Maskierung: \" \\ \n \r \t \0 \x.. \u{"{"}…{"}"}
ph_syn_field = ein Feld `name: wert` oder `)`
ph_syn_comma_or = `,` oder { $close }
ph_end_of_file = Dateiende
ph_readable_file = eine lesbare Datei
ph_more_bytes = mehr als { $bytes } Bytes
ph_at_most_16_mib = eine Datei von höchstens 16 MiB
ph_not_utf8 = Byte { $byte } an Byte-Position { $offset }, das kein UTF-8 ist (eine Binärdatei?)
ph_utf8_text = UTF-8-Text (die Datei als UTF-8 speichern)
ph_no_such_file = keine solche Datei
ph_no_permission = keine Berechtigung, die Datei zu lesen
ph_format_one = ein Szenario im Format 1 (cost_of_equity, target_debt_weight; kein scenario_format_version)
ph_convert_format = Format { $version }: `scenario_format_version: { $version },` ergänzen und die Felder umstellen, wie docs/scenario-format.md ("Moving a format-1 scenario to format 2") zeigt
ph_nul = ein NUL-Zeichen (Binärdaten)
ph_ron_text = RON-Text
ph_open_string = die Zeichenkette
ph_open_raw_string = die Roh-Zeichenkette
ph_open_character = das Zeichen
ph_open_comment = der Blockkommentar
ph_open_bracket = die Klammer { $bracket }
ph_rest_of_file = der Rest der Datei: { $what }, geöffnet in Zeile { $line }, Spalte { $column }, ist nicht geschlossen (ist die Datei abgeschnitten?)
ph_length = { $expected } (gefunden: { $len } Elemente)
ph_required = dieses Feld ist Pflicht (siehe docs/scenario-format.md)
ph_nothing_here = hier nichts
ph_one_of = eines von: { $list }
ph_did_you_mean = { $list } (war `{ $best }` gemeint?)
ph_whole_from_zero = eine ganze Zahl von 0 bis { $max }
ph_whole_number = eine ganze Zahl
ph_decimal_28 = eine Dezimalzahl wie 0.25 oder 1200 (höchstens 28 Ziffern)
ph_decimal = eine Dezimalzahl wie 0.25 oder 1200
ph_quoted_text = ein Text in doppelten Anführungszeichen, z. B. "Pumpen"
ph_true_false = true oder false
ph_list = eine Liste `[ … ]`
ph_option = `Some(…)` oder `None`
ph_nothing = nichts
ph_no_field = kein Feld `{ $field }`
ph_struct_named = eine Struktur `{ $name }( … )` oder `( … )`
ph_struct_fields = eine Struktur `( { $first }: …, … )`
ph_second_time = `{ $key }` ein zweites Mal
ph_each_field_once = jedes Feld einmal
ph_significant = höchstens { $max } signifikante Ziffern (gefunden: { $found })
ph_syn_comment_end = `*/`, das den Kommentar schließt
ph_n_entries = { $count ->
    [one] { $count } Eintrag
   *[other] { $count } Einträge
}
ph_one_per_segment = einer je Segment ({ $segments })
ph_companies_in_order = die Unternehmen des Szenarios in dieser Reihenfolge: { $ids }
ph_one_report_per_year = ein Bericht je abgeschlossenem Jahr ({ $years })
ph_books_disagree = Salden, die nicht zum Journal passen oder nicht aufgehen
ph_books_as_written = die Bücher genau so, wie Mehrwert sie geschrieben hat
ph_save_newer = { $version } (dieser Spielstand stammt von einem neueren Mehrwert)
ph_save_older_economics = { $version } (dieser Spielstand stammt von einem früheren Mehrwert mit anderer Wirtschaftslogik; das Spiel aus seinem Szenario neu beginnen)
ph_save_older_warnings = { $version } (dieser Spielstand stammt von einem früheren Mehrwert, das Warnungen als Sätze speicherte; das Spiel aus seinem Szenario neu beginnen)
ph_played_year = ein gespieltes Jahr, 1..={ $year } (für spätere Jahre gibt es keine gespeicherten Daten)
ph_branch_year = das Abzweigjahr { $year }
ph_working_simulation = eine funktionierende Simulation
ph_replays_differently = Jahr { $year } verläuft in der Wiederholung anders als im gespeicherten Spiel
ph_saved_by_this_version = ein Spiel, gespeichert von dieser Mehrwert-Version mit seinem eigenen Szenario
ph_no_year_left = das Spiel hat kein Jahr mehr zu spielen
ph_game_not_finished = ein Spiel, das nicht beendet ist
ph_no_such_game = kein solches Spiel
ph_running_game = ein laufendes Spiel
ph_year_being_played = das gerade gespielte Jahr, { $year }
ph_company_of_game = ein Unternehmen des Spiels
ph_readable_folder = ein lesbarer Ordner mit Entscheidungsdateien
ph_second_decision_file = eine zweite Entscheidungsdatei für { $company } im Jahr { $year }
ph_one_file_per_year = eine Datei je Unternehmen und Jahr (die erste ist { $first })
ph_session = eine Sitzung des Spiels
ph_session_headless = eine Szenario-, Entscheidungs- oder Spielstanddatei (Sitzungen prüft die Ausgabe mit Spielfenster)
ph_session_newer = 1..={ $version } (von einem neueren Mehrwert geschrieben)
ph_teams = ein bis acht Teams, jedes führt ein Unternehmen des Szenarios
ph_scenario_file = eine Szenariodatei (Spielstände über den Titelbildschirm öffnen)
ph_practice_version = { $version } (eine Übungsdatei dieses Mehrwert)
ph_practice_companies = die Unternehmen des Szenarios in seiner Reihenfolge: { $companies }
ph_practice_years = { $years } Jahre (ein zu Ende gespielter Workshop)
ph_practice_year = Entscheidungen von { $company } für Jahr { $year }
ph_practice_same_game = eine Übung mit dem Szenario und dem Startwert des Spielstands
ph_opening_capacity = höchstens die Anfangskapazität von { $capacity } (Anfangslinien × units_per_line); die Simulation begrenzt die Produktion darauf
ph_amount_up_to = ein Betrag bis { $limit } dem Betrag nach
ph_amount_not_negative = ein Betrag von 0 € oder mehr
ph_fraction_in = ein Anteil in [{ $low }, { $high }{ $close }, z. B. 0.30 für 30 %
ph_company_name = der Name des Unternehmens
ph_target_debt_weight_gone = nichts — das Feld wird nicht mehr verwendet: Schulden zählen abzüglich Kasse, und ein Unternehmen ohne positives Eigenkapital trägt den höheren von cost_of_equity und cost_of_debt (docs/analyze-format.md); die Zeile entfernen
ph_at_most_gross = höchstens der Bruttobetrag
ph_net_fixed_assets = { $net }, aber fixed_assets_gross − accumulated_depreciation = { $difference }
ph_same_amount = derselbe Betrag (oder nur eine der beiden Formen angeben)
ph_fixed_assets_missing = Anlagevermögen fehlt oder ist unvollständig
ph_fixed_assets_forms = net_fixed_assets oder fixed_assets_gross zusammen mit accumulated_depreciation
ph_sheet_balances = eine Bilanz, die aufgeht: Aktiva = Eigenkapital + Verbindlichkeiten (Differenz { $difference })
ph_net_income = { $published }, aber die Zeilen ergeben { $lines }
ph_net_income_of_lines = der Jahresüberschuss aus den Zeilen darüber
ph_fraction_between = ein Anteil in { $open }{ $low }, { $high }{ $close }, z. B. 0.30 für 30 %
ph_currency_code = ein Währungscode nach ISO 4217 aus drei Großbuchstaben, z. B. EUR, USD, CHF
ph_net_income_within = der Jahresüberschuss aus den Zeilen darüber, bis auf die Rundung des Berichts ({ $tolerance })
ph_sheet_balances_within = eine Bilanz, die bis auf die Rundung des Berichts ({ $tolerance }) aufgeht: Aktiva = Eigenkapital + Verbindlichkeiten (Differenz { $difference })
ph_total_vs_lines = gedruckte Bilanzsumme { $printed }, aber die Zeilen ergeben { $lines }
ph_total_within = die Summe der Aktivzeilen, bis auf die Rundung des Berichts ({ $tolerance }) — eine Zeile fehlt oder ist vertippt
ph_savings_together = die Einsparungen aller Hebel zusammen (gut), höchstens die betrieblichen Kosten des Kunden
ph_within_fixed_assets = höchstens das Anlagevermögen des Kunden
ph_rounding_step = eine Rundung von höchstens 1 in der Einheit des Berichts (0,1 für „1.234,5 Mio. €“, 1 für ganze Tausend)
ph_discounts_together = Nachlässe zusammen höchstens das heutige Einkaufsvolumen (annual_purchases)
ph_levers_sum = die Hebel der Art { $kind } ergeben zusammen ({ $scenario }) { $sum }
ph_sum_between = zusammen von { $low } bis { $high } ({ $why })
ph_capital_with_offer = ein Capital Employed des Kunden von { $capital } in Vertragsjahr { $year } ({ $scenario })
ph_capital_positive = Hebel, nach denen dem Kunden positives Capital Employed bleibt — mehr Kapital, als er einsetzt, kann kein Angebot freisetzen
ph_library_version = { $version } (das Bibliotheksformat dieser Mehrwert-Version)
ph_unique_id = jede Kennung nur einmal in der Datei
ph_library_id = eine Kennung aus Kleinbuchstaben, Ziffern und _, z. B. energy oder co2_abgabe
ph_old_and_new_lines = selling zusammen mit den Vertriebszeilen der ersten Formatversion (marketing, sales_force, cost_to_serve)
ph_one_form_of_lines = entweder die neue Zeile oder die alten Zeilen, nicht beide (sie würden doppelt zählen)
ph_value_case_version = { $version } (das Wertfall-Format dieser Mehrwert-Version; docs/value-lab.md)
ph_offer_title = der Name des Angebots
ph_years_between = ein Jahr von { $low } bis { $high }
ph_wacc_between = Kapitalkosten, die einen WACC über 0 % und unter 100 % ergeben
ph_amount_between = ein Betrag von { $low } bis { $high } in ganzen Cent ({ $why })
ph_amount_from = ein Betrag ab { $low } in ganzen Cent
ph_within_revenue = höchstens der Nettoumsatz des Kunden
ph_within_costs = höchstens die betrieblichen Kosten des Kunden
ph_within_inventory = höchstens die Vorräte des Kunden am Jahresende
ph_days = ein Jahr
ph_days_between = ganze Tage von { $low } bis { $high }
ph_lever_name = der Name des Hebels
ph_lever_part = die Kategorie (Cost, Capital, Risk, Productivity, Growth) und die Art des Hebels (PricePaid, CostSaving, ExtraRevenue(margin: …), InventoryReduction, PaymentTerms, CapexAvoided(year: …, life_years: …), OneOffCost)
ph_purchases_for_terms = das jährliche Einkaufsvolumen des Kunden bei uns (annual_purchases), auf das sich ein Zahlungsziel bezieht
ph_estimates = schlecht { $worst }, erwartet { $likely }, gut { $best }
ph_estimates_rising = schlecht ≤ erwartet ≤ gut (mehr ist hier besser für den Kunden)
ph_estimates_falling = schlecht ≥ erwartet ≥ gut (ein Preis oder Kosten: weniger ist besser für den Kunden)
ph_rows_beyond = eine Zeile jenseits von Zeile { $rows }
ph_rows_at_most = höchstens { $rows } Zeilen je Blatt, wie in der Vorlage
ph_not_a_workbook = keine lesbare Excel-Arbeitsmappe ({ $error })
ph_xlsx_workbook = eine Arbeitsmappe im Format .xlsx, aus der Vorlage von „mehrwert analyze --template“
ph_sheets_found = die Blätter { $names }
ph_sheet_named = ein Blatt namens „{ $name }“ wie in der Vorlage
ph_known_field_of = ein Feld der Vorlage für das Blatt „{ $sheet }“ (Spalte A)
ph_field_once = jedes Feld nur in einer Zeile
ph_row_missing = keine Zeile mit dem Feld { $field }
ph_row_with_field = eine Zeile mit { $field } in Spalte A, wie in der Vorlage
ph_formula_error = den Formelfehler { $error }
ph_empty_cell = eine leere Zelle
ph_year_number = eine Jahreszahl wie 2025
ph_cell_amount = eine Zahl (Betrag in der Einheit der Angaben; Zelle als Zahl, nicht als Text)
ph_cell_rate = eine Zahl als Anteil, z. B. 0,30 für 30 %
ph_cell_text = einen Text
ph_cell_count = eine ganze Zahl ab 0
ph_cell_flag = ja oder nein
ph_cell_unit = Units, Thousands oder Millions (auch €, T€, Mio. €)
ph_cell_text_found = den Text „{ $text }“

## mehrwert host
host_listening = Workshop „{ $name }“ läuft auf { $address }
host_lan_address = Teams im Raum treten bei über { $address }
host_journal = Journal: { $path } (nach einem Absturz weiter mit --resume)
host_trainer_token = Trainer-Token: { $token }
host_team_code = Team { $team } ({ $company }): Beitrittscode { $code }
host_stop = Beenden mit Strg+C; das Journal behält alles.

## Workshop beitreten (ein Team auf seinem eigenen Laptop)
ui_join_workshop = Workshop beitreten
ui_join_intro = Die Trainerin oder der Trainer nennt die Adresse des Workshops und den Beitrittscode eures Teams.
ui_join_address = Adresse
ui_join_code = Beitrittscode
ui_join_device = Name dieses Geräts
ui_join_button = Beitreten
ui_join_connecting = Verbinde …
ui_join_failed = Beitritt fehlgeschlagen.
ui_join_unreachable = Der Workshop ist unter dieser Adresse nicht erreichbar. Adresse prüfen und ob beide Geräte im selben Netz sind.
ui_join_wrong_code = Diesen Beitrittscode kennt der Workshop nicht.
ui_join_wrong_version = Der Workshop läuft mit einer anderen Mehrwert-Version. Bitte dieselbe Version wie die Trainerin oder der Trainer verwenden.
ui_team_submitted = Abgegeben um { $time } von { $device } ✓
ui_team_waiting_for_others = Wir warten auf die anderen Teams und die Trainerin oder den Trainer.
ui_team_withdraw = Zurückziehen und ändern
ui_team_sending = Wird gesendet …
ui_team_waiting_for_results = Das Jahr ist abgeschlossen. Die Ergebnisse kommen, sobald die Trainerin oder der Trainer sie freigibt.
ui_team_corrected = Korrigiert von { $by }: { $why }
ui_practice_head = Übung gegen den Workshop „{ $workshop }“ ({ $team }):
ui_practice_decide = Das Formular zeigt, was Ihr Team im Workshop für Jahr { $year } entschieden hat. Ändern Sie, was Sie anders machen wollen – die anderen Unternehmen entscheiden genau wie im Workshop.
ui_practice_compared = Jahr { $year }: EVA Ihres Wegs { $mine }, im Workshop { $room }. Bis hier zusammen: { $mine_sum } gegen { $room_sum }.
ui_practice_button = Gegen den Workshop üben
ui_practice_hint = Spielen Sie den Workshop allein noch einmal: Ihr Unternehmen führen Sie, die anderen wiederholen genau, was ihre Teams entschieden haben.
ui_practice_saved = Übungsdatei gespeichert: { $path }
ui_practice_files = Übungsdateien speichern
ui_practice_files_saved = { $count ->
    [one] Eine Übungsdatei
   *[other] { $count } Übungsdateien
} gespeichert in { $path }
ui_console_practice_hint = Eine Datei je Team: zu Hause spielt es den Workshop allein noch einmal, die anderen Teams als Geister mit ihren Entscheidungen.
ui_observer_waiting = Der Raum wird gelesen …
ui_console_correct = Korrigieren
ui_console_correct_hint = Die Abgabe dieses Teams im eigenen Formular ändern, mit Ihrem Namen und dem Grund, die das Team sieht.
ui_console_correction_title = Korrektur der Abgabe von { $team } – Geschäftsjahr { $year }
ui_console_correction_cancel = Abbrechen
ui_console_correction_by = Korrigiert von
ui_console_correction_why = Grund (sieht das Team)
ui_console_correction_why_missing = Bitte einen Grund angeben: Das Team sieht ihn in seiner Buchhaltung.
ui_console_correction_by_missing = Bitte angeben, wer korrigiert: Das Team sieht den Namen.
ui_console_book_correction = Korrektur buchen
ui_console_correction_hint = Das Team sieht die Korrektur mit Namen und Grund – nie als stille Änderung.
ui_console_correction_booked = Korrektur gebucht; das Team sieht sie mit Namen und Grund.
ui_journal_correction = Buchung des Trainers: Die Entscheidungen dieses Jahres wurden von { $by } korrigiert. Grund: { $why }
ui_console_page = Konsole
ui_projector_ranking = Beamer: Rangliste
ui_projector_market = Beamer: Marktbericht
ui_projector_value_tree = Beamer: Werttreiberbaum
ui_projector_final = Beamer: Endstand
ui_projector_final_later = Nach dem letzten veröffentlichten Geschäftsjahr.
ui_projector_nothing_yet = Noch sind keine Ergebnisse veröffentlicht.
ui_projector_ranking_title = Rangliste nach Geschäftsjahr { $year }
ui_projector_market_title = Marktbericht Geschäftsjahr { $year }
ui_projector_no_consent = Noch kein Team hat erlaubt, seinen Werttreiberbaum zu zeigen. Jedes Team kann das auf seinem Laptop im Tab „Wertbeitrag“ erlauben – und wieder zurücknehmen.
ui_projector_consented = Erlaubt von:
ui_projector_no_year = Noch kein veröffentlichtes Geschäftsjahr.
ui_console_event_catalogue = Aus dem Katalog des Szenarios:
ui_console_event_choose = Ereignis wählen …
ui_team_unreachable = Der Laptop des Trainers antwortet nicht – Ihre Eingaben bleiben, der Laptop versucht es weiter.
ui_practice_not_saved = Die Übungsdatei ließ sich nicht speichern.
ui_refusal_deadline_passed = Die Abgabefrist ist abgelaufen – bitten Sie den Trainer um mehr Zeit.
ui_refusal_year_closed = Dieses Geschäftsjahr ist schon abgeschlossen.
ui_refusal_workshop_over = Der Workshop ist zu Ende: Es ist kein Geschäftsjahr mehr offen.
ui_refusal_other_year = Diese Entscheidungen gelten für ein anderes Geschäftsjahr als das offene.
ui_refusal_nothing_submitted = In diesem Jahr ist noch nichts abgegeben.
ui_refusal_no_deadline = Es läuft keine Abgabefrist – zuerst eine setzen.
ui_refusal_not_paused = Die Abgabefrist ist nicht angehalten.
ui_refusal_missing_teams = Noch haben nicht alle Teams abgegeben: mit „Abschließen: Fehlende behalten ihre Vorjahresentscheidungen“ oder „Abschließen: Computer spielt für Fehlende“ schließen Sie das Jahr trotzdem.
ui_refusal_nothing_closed = Noch ist kein Geschäftsjahr abgeschlossen.
ui_refusal_event_year = Ein Ereignis gilt für das offene Geschäftsjahr.
ui_refusal_nothing_to_release = Kein abgeschlossenes Jahr wartet auf die Freigabe.
ui_refusal_not_over = Der Workshop ist noch nicht zu Ende: Übungsdateien gibt es nach dem letzten freigegebenen Jahr.
ui_refusal_submission_changed = Das Team hat seit Beginn der Korrektur zurückgezogen oder neu abgegeben – bitte die Korrektur neu öffnen.
ui_console_end = Workshop beenden
ui_console_end_hint = Danach lässt sich kein Jahr mehr zurücknehmen, und jedes Team kann seine Übungsdatei holen.
ui_refusal_workshop_ended = Der Workshop ist beendet: Kein Jahr wird mehr zurückgenommen.
ui_team_practice_later = Sobald der Trainer den Workshop beendet, können Sie hier gegen ihn üben.
ui_refusal_conflict = Das geht gerade nicht – der Workshop ist in einem anderen Stand.
ui_refusal_bad_request = Die Anfrage ist fehlerhaft.
ui_refusal_unauthorized = Der Workshop kennt diesen Laptop nicht (mehr) – bitte mit dem Code neu beitreten.
ui_refusal_forbidden = Das darf nur der Trainer oder das eigene Team.
ui_refusal_not_found = Das gibt es in diesem Workshop nicht.
ui_refusal_too_large = Die Anfrage ist zu groß.
ui_refusal_invalid_decisions = Die Entscheidungen verletzen Regeln des Szenarios.
ui_refusal_too_many = Zu viele falsche Beitrittscodes – bitte eine Minute warten.
ui_refusal_internal = Der Laptop des Trainers konnte das nicht speichern; es hat sich nichts geändert.
ui_refusal_wrong_protocol = Trainer-Laptop und dieser Laptop haben verschiedene Mehrwert-Versionen.
ui_team_consent = Der Trainer darf unseren Werttreiberbaum auf dem Beamer zeigen
ui_team_consent_hint = Nur mit Ihrer Zustimmung; Sie können sie jederzeit zurücknehmen. Andere Teams sehen dann Ihren Baum des letzten veröffentlichten Jahres.
ui_team_deadline = Noch { $left } bis zur Abgabefrist

## Workshop leiten (die Trainerin oder der Trainer hostet)
ui_host_workshop = Workshop leiten
ui_host_name = Name des Workshops
ui_host_port = Port
ui_host_lan = Im Netzwerk des Raums erreichbar (sonst nur auf diesem Laptop)
ui_host_lan_hint = Windows fragt beim ersten Mal, ob Mehrwert Verbindungen in privaten Netzwerken annehmen darf: zulassen.
ui_host_start = Workshop starten
ui_host_failed = Der Workshop konnte nicht starten.
ui_console_year = Geschäftsjahr { $year } von { $years }
ui_console_finished = alle Jahre gespielt
ui_console_join = Beitreten: „Workshop beitreten“ → { $address }
ui_console_code = Beitrittscode
ui_console_device = Gerät
ui_console_submitted = Abgegeben
ui_console_computer = Computer spielt
ui_console_not_joined = noch nicht beigetreten
ui_console_taken_over = übernommen
ui_console_corrected = korrigiert
ui_console_no_deadline = Keine Abgabefrist
ui_console_deadline = Abgabefrist: noch { $left }
ui_console_paused = angehalten
ui_console_deadline_10 = Frist 10 Minuten
ui_console_plus_5 = +5 Minuten
ui_console_pause = Anhalten
ui_console_resume = Weiterlaufen lassen
ui_console_count = { $done } von { $teams } Teams abgegeben
ui_console_close = Jahr abschließen
ui_console_close_keep = Abschließen: Fehlende behalten ihre Vorjahresentscheidungen
ui_console_close_computer = Abschließen: Computer spielt für Fehlende
ui_console_release = Ergebnisse freigeben
ui_console_undo = Letztes Jahr zurücknehmen
ui_console_ranking = Rangliste nach Geschäftsjahr { $year }
ui_console_refused = Nicht möglich: { $reason }
ui_host_resume = Letzten Workshop fortsetzen (nach einem Absturz oder Neustart)
host_observer_token = Beobachter-Token (nur lesen: Co-Trainer, Beamer; im Spiel unter „Workshop beitreten“ als Beitrittscode eingeben): { $token }
ui_join_too_many = Zu viele falsche Beitrittscodes in der letzten Minute. Bitte eine Minute warten und den Code genau abschreiben.
ui_console_undo_what = Geschäftsjahr { $year } zurücknehmen? Seine Ergebnisse verschwinden für alle Teams; ihre Abgaben für das Jahr bleiben und können bis zum erneuten Abschluss geändert werden. Die Jahre davor bleiben genau, wie sie sind.
ui_console_undo_eva = EVA GJ { $year } (entfällt)
ui_console_undo_score = Punktzahl danach (entfällt)
ui_console_undo_seen = Die Teams haben diese Ergebnisse schon gesehen; ihre Laptops zeigen danach wieder das offene Jahr.
ui_console_undo_unseen = Die Teams haben diese Ergebnisse noch nicht gesehen.
ui_console_undo_confirm = Zurücknehmen
ui_console_undo_cancel = Abbrechen
ui_console_event = Ereignis für dieses Geschäftsjahr ankündigen
ui_console_event_demand = Nachfrage
ui_console_event_material = Materialpreis
ui_console_event_interest = Zinsen
ui_console_event_segment = Segment
ui_console_event_all = alle Segmente
ui_console_event_factor = Faktor (z. B. 0,8 = −20 %)
ui_console_event_delta = Änderung der Zinssätze (z. B. 0,01 = +1 Prozentpunkt)
ui_console_event_headline = Schlagzeile für die Teams
ui_console_event_preview = Wirkung auf jedes Team zeigen
ui_console_event_announce = Ankündigen
ui_console_eva_without = EVA ohne
ui_console_eva_with = EVA mit
ui_console_eva_change = Δ EVA

### The customer value lab's value message (lab_*): one paragraph per buying-centre role.
lab_role_finance = Finanzen (CFO)
lab_role_purchasing = Einkauf
lab_role_production = Produktion
lab_role_management = Geschäftsführung
lab_days = { $days } Tage
lab_payback_none = nicht in der Laufzeit
lab_payback_at_once = ab dem ersten Jahr
lab_years_value = { $years } Jahre
lab_kf_delta_eva = ΔEVA über { $years } Jahre
lab_kf_npv = Kapitalwert bei WACC { $wacc }
lab_kf_range = Kapitalwert schlecht … gut
lab_kf_payback = Amortisation
lab_kf_roce = ROCE heute → mit Angebot
lab_col_lever = Hebel und Annahme
lab_col_worst = schlecht
lab_col_likely = erwartet
lab_col_best = gut
lab_col_realised = realisiert
lab_from_year = ab Jahr
lab_col_year = Jahr
lab_col_delta_ebit = ΔEBIT
lab_col_delta_capital = ΔCapital Employed
lab_col_delta_eva = ΔEVA
lab_col_cash = ΔCashflow
lab_col_driver = Werttreiber
lab_col_before = heute
lab_col_with_offer = mit Angebot
lab_category_cost = Kosten
lab_category_capital = Kapital
lab_category_risk = Risiko
lab_category_productivity = Produktivität
lab_category_growth = Wachstum
lab_heading_message = Wertbotschaft
lab_heading_levers = Werthebel des Angebots
lab_heading_years = Wirkung Jahr für Jahr (erwartete Werte)
lab_heading_tree = Werttreiber in einem vollen Vertragsjahr
lab_subtitle = { $has_supplier ->
        [yes] Für { $customer } · Angebot von { $supplier } · auf Basis des Geschäftsberichts { $year }
       *[no] Für { $customer } · auf Basis des Geschäftsberichts { $year }
    }
lab_footnote = Grundlage: Geschäftsbericht { $year } von { $company } (Quelle: { $source }). WACC { $wacc } aus Eigenkapitalkosten { $ke }, Fremdkapitalkosten { $kd } vor Steuern und Steuersatz { $tax }. Das Geschäftsjahr bleibt Basis; das Angebot verändert es nur durch die genannten Hebel. Nach Vertragsende wird frei gewordenes Kapital wieder gebunden. Berechnet mit Mehrwert.
lab_tornado_heading = Welche Annahme bewegt den Kapitalwert am stärksten? (schlecht … gut, die übrigen erwartet)
lab_realised_heading = Versprochen und realisiert
lab_realised_npv = Kapitalwert versprochen { $promised }, mit dem Realisierten { $realised }
lab_msg_finance_eva = { $sign ->
        [up] Über { $years } Vertragsjahre steigert das Angebot Ihren Wertbeitrag (EVA) um insgesamt { $delta_eva }; in einem vollen Jahr von { $eva_before } auf { $eva_after }.
        [down] Über { $years } Vertragsjahre senkt das Angebot Ihren Wertbeitrag (EVA) um insgesamt { $delta_eva }; in einem vollen Jahr von { $eva_before } auf { $eva_after }.
       *[none] Über { $years } Vertragsjahre lässt das Angebot Ihren Wertbeitrag (EVA) unverändert bei { $eva_before } im Jahr.
    }
lab_msg_finance_roce = Ihr ROCE (EBIT / Capital Employed) geht von { $before } auf { $after }.
lab_msg_finance_capital = { $sign ->
        [up] { $capital } gebundenes Kapital werden frei.
       *[down] Es werden { $capital } mehr Kapital gebunden.
    }
lab_msg_finance_npv = { $sign ->
        [up] Zu Ihrem WACC von { $wacc } ist das Angebot für Sie { $npv } wert (Kapitalwert der Zahlungen); { $payback }
        [down] Zu Ihrem WACC von { $wacc } kostet das Angebot Sie { $npv } (Kapitalwert der Zahlungen); { $payback }
       *[none] Zu Ihrem WACC von { $wacc } ist der Kapitalwert des Angebots null; { $payback }
    }
lab_msg_payback_never = innerhalb der Laufzeit amortisiert es sich nicht.
lab_msg_payback_at_once = es trägt sich vom ersten Jahr an.
lab_msg_payback_years = es hat sich nach { $years } Jahren bezahlt gemacht.
lab_msg_purchasing_price = { $sign ->
        [up] Sie zahlen { $price } im Jahr mehr und sparen dafür { $savings } im Jahr an Kosten.
        [down] Sie zahlen { $price } im Jahr weniger und sparen zusätzlich { $savings } im Jahr an Kosten.
       *[none] Der Preis bleibt gleich; Sie sparen { $savings } im Jahr an Kosten.
    }
lab_msg_purchasing_tco = { $sign ->
        [up] Über { $years } Jahre steigen Ihre Gesamtkosten (Preis, Einsparungen, einmalige Kosten) um { $tco } — der Nutzen liegt im Kapital und im Ertrag, nicht im Preis.
        [down] Über { $years } Jahre sinken Ihre Gesamtkosten (Preis, Einsparungen, einmalige Kosten) um { $tco }.
       *[none] Über { $years } Jahre bleiben Ihre Gesamtkosten (Preis, Einsparungen, einmalige Kosten) gleich.
    }
lab_msg_production_none = Im laufenden Betrieb ändert das Angebot Kosten und Ausbringung nicht; sein Nutzen liegt im Kapital.
lab_msg_production_savings = { $per_unit_known ->
        [yes] Die Produktion spart { $savings } im Jahr, { $per_unit } je verkaufter Einheit.
       *[no] Die Produktion spart { $savings } im Jahr.
    }
lab_msg_production_output = Mehr Verfügbarkeit und Kapazität bringen { $extra } zusätzlichen Umsatz im Jahr.
lab_msg_production_stock = Die Vorräte sinken um { $stock }.
lab_msg_management_spread = Der Spread aus ROIC und WACC geht von { $before } auf { $after }.
lab_msg_management_value = { $sign ->
        [up] Über { $years } Jahre schafft das Angebot { $delta_eva } zusätzlichen Wert.
        [down] Über { $years } Jahre vernichtet das Angebot { $delta_eva } Wert.
       *[none] Über { $years } Jahre ändert das Angebot Ihren Wertbeitrag nicht.
    }
lab_msg_management_growth = Es trägt { $extra } Umsatz im Jahr zum Wachstum bei.
lab_msg_management_risk = { $sign ->
        [up] Selbst wenn alle Annahmen schlecht ausgehen, bleibt ein Kapitalwert von { $worst }.
        [down] Gehen alle Annahmen schlecht aus, kostet es Sie { $worst } (Kapitalwert) — die Annahmen verdienen einen gemeinsamen Blick.
       *[none] Gehen alle Annahmen schlecht aus, ist der Kapitalwert null.
    }

## The customer value lab ("Kunde analysieren").
ui_lab_open_button = Kunde analysieren
ui_lab_open_button_hint = Den Geschäftsbericht eines Kunden lesen, sein EVA verstehen und zeigen, was Ihr Angebot für seinen Wert bedeutet
ui_lab_title = Kunde analysieren
ui_lab_tab_report = 1 Zahlen des Kunden
ui_lab_tab_analysis = 2 Analyse
ui_lab_tab_offer = 3 Angebot und Werthebel
ui_lab_tab_message = 4 Wertbotschaft
ui_lab_open_heading = Datei öffnen: Wertfall, Geschäftsbericht (RON) oder ausgefüllte Excel-Vorlage
ui_lab_open_hint = Oder die Zahlen unten eintragen, wie sie im Geschäftsbericht stehen.
ui_lab_write_template = Excel-Vorlage speichern
ui_lab_write_template_hint = Eine leere Arbeitsmappe mit allen Posten (deutsch und englisch), beide Bilanzstichtage nebeneinander
ui_lab_template_file = Vorlage-Kundenzahlen.xlsx
ui_lab_clear = Neu beginnen
ui_lab_cleared = Das Formular ist leer.
ui_lab_details = Angaben
ui_lab_field_company = Unternehmen
ui_lab_field_year = Geschäftsjahr
ui_lab_field_currency = Währung (ISO-Code)
ui_lab_field_source = Quelle (Bericht, Jahr, Seiten)
ui_lab_field_pensions_in_net_debt = Pensionen zählen zur Nettoverschuldung
ui_lab_field_income_depreciation_included = Abschreibungen stecken in den Kosten oben (Umsatzkostenverfahren)
ui_lab_unit = Zahlen in
ui_lab_unit_units = ganzen Beträgen
ui_lab_unit_thousands = Tausend
ui_lab_unit_millions = Millionen
ui_lab_balance_sheet = Bilanz
ui_lab_opening = Vorjahr (Jahresanfang)
ui_lab_closing = Berichtsjahr (Jahresende)
ui_lab_residual_opening = Rundungsdifferenz Vorjahr
ui_lab_residual_closing = Rundungsdifferenz Berichtsjahr
ui_lab_income_statement = Gewinn- und Verlustrechnung
ui_lab_blank = Eine Datei öffnen oder die Zahlen des Kunden eintragen: Angaben, beide Bilanzen, die GuV.
ui_lab_rate_tax_rate = Ertragsteuersatz (%)
ui_lab_rate_cost_of_equity = Eigenkapitalkosten (%)
ui_lab_rate_cost_of_debt = Fremdkapitalkosten vor Steuern (%)
ui_lab_rate_market_share = Marktanteil (%, optional)
ui_lab_rate_hint = in Prozent: hier 0,… %. Gemeint { $meant } %? Dann „{ $meant }“ eintragen.
ui_lab_library_problem = Eine Hebel-Datei des Trainers lässt sich nicht lesen:
ui_lab_report_ok = Die Zahlen ergeben einen stimmigen Abschluss
ui_lab_report_problems = { $count ->
        [one] Noch ein Problem in den Zahlen (rot unter dem Feld).
       *[other] Noch { $count } Probleme in den Zahlen (rot unter den Feldern).
    }
ui_lab_error_year = eine Jahreszahl wie 2025
ui_lab_error_whole = eine ganze Zahl
ui_lab_no_report = Zuerst die Zahlen des Kunden öffnen oder eintragen (Reiter 1).
ui_lab_no_case = Zuerst das Angebot mit mindestens einem Werthebel beschreiben (Reiter 3).
ui_lab_customer = Kunde
ui_lab_reference = Referenz
ui_lab_reference_note = Referenz: { $company } (Beispiel eines mittelständischen Maschinenbauers, Beträge in Euro).
ui_lab_kpis = Kennzahlen
ui_lab_verdict_destroyed = ROIC unter WACC: Der Kunde hat in diesem Jahr Wert vernichtet.
ui_lab_verdict_created = ROIC über WACC: Der Kunde hat in diesem Jahr Wert geschaffen.
ui_lab_offer_title = Name des Angebots
ui_lab_supplier = Unser Unternehmen
ui_lab_contract_years = Vertragsjahre
ui_lab_annual_purchases = Einkauf des Kunden bei uns pro Jahr
ui_lab_add_lever = Werthebel hinzufügen ▾
ui_lab_add_lever_hint = aus der Nutzenbibliothek, nach Kategorie
ui_lab_lever_name = Name des Hebels
ui_lab_remove_lever = Hebel entfernen
ui_lab_assumption = Annahme
ui_lab_margin = Deckungsbeitrag (%)
ui_lab_capex_year_life = Jahr / Nutzungsdauer
ui_lab_unit_days = Tage
ui_lab_kind_price_paid = Preis (Mehr- oder Minderpreis pro Jahr)
ui_lab_kind_cost_saving = Kosteneinsparung pro Jahr
ui_lab_kind_extra_revenue = Mehrumsatz pro Jahr
ui_lab_kind_inventory_reduction = Weniger Vorräte
ui_lab_kind_payment_terms = Zahlungsziel (Tage länger)
ui_lab_kind_capex_avoided = Vermiedene Investition
ui_lab_kind_one_off_cost = Einmalige Kosten
ui_lab_offer_incomplete = Das Angebot ist noch nicht vollständig: die roten Hinweise an den Hebeln beheben.
ui_lab_offer_value = Was das Angebot für den Kunden wert ist
ui_lab_tornado_axis = Kapitalwert in Tausend { $currency }
ui_lab_promised = versprochen
ui_lab_npv = Kapitalwert
ui_lab_save_case = Wertfall speichern
ui_lab_message_language = Sprache der Wertbotschaft
ui_lab_message_hint = Aus den Zahlen erzeugt; jeder Absatz lässt sich für das Kundengespräch umschreiben.
ui_lab_regenerate = neu erzeugen
ui_lab_export_pdf = PDF für das Kundengespräch
ui_lab_export_html = HTML-Seite
ui_lab_export_hint = Gespeichert im Ordner „Wertfälle“ im Datenordner von Mehrwert.
ui_lab_not_ready = Der Wertfall ist noch nicht vollständig.
ui_lab_open_failed = Die Datei lässt sich nicht öffnen (Einzelheiten beim Zeigen).
ui_lab_opened = Geöffnet: { $path }
ui_lab_draft_kept = Die bisherigen Eingaben sind gespeichert: { $path }
ui_lab_written = Gespeichert: { $path }

## Quiz: topics and the question files' problems

quiz_topic_financing = Finanzierungsgrundlagen
quiz_topic_cost_accounting = Kostenrechnung
quiz_topic_statements = Bilanz und GuV
quiz_topic_customer_kpis = Kundenkennzahlen
quiz_topic_value_chain = Wertschöpfungskette des Kunden
quiz_topic_eva = Economic Value Added
quiz_topic_appraisal = Investitionsrechnung
quiz_topic_value_message = Kundenspezifische Wertbotschaft
cli_check_kind_questions = Quizfragen
ph_quiz_version = { $version } (das Fragenformat dieser Mehrwert-Version)
ph_quiz_none = keine Frage
ph_quiz_some = mindestens eine Frage
ph_quiz_id = eine Kennung aus Kleinbuchstaben, Ziffern und _ (höchstens 60 Zeichen, nicht mit calc_ am Anfang: so heißen die Rechenfragen), z. B. eva_spread_1
ph_quiz_unique_id = jede Kennung nur einmal in der ganzen Fragensammlung
ph_quiz_glossary = ein Eintrag des Glossars, z. B. eva, wacc oder dso_days
ph_quiz_answer_position = die { $en }. Antwort (deutsch: die { $de }.)
ph_quiz_same_position = die richtige Antwort an derselben Stelle wie im deutschen Text
ph_quiz_options_found = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
ph_quiz_four_options = genau 4 Antworten
ph_quiz_distinct_options = vier verschiedene Antworten
ph_quiz_answer_among = eine der Antworten unter options, Wort für Wort
ph_quiz_text = ein Text
ph_quiz_chars = { $count } Zeichen
ph_quiz_at_most_chars = höchstens { $count } Zeichen
ph_quiz_played_year = ein Unternehmen mit mindestens einem gespielten Jahr

## Quiz: the pages on phones and the trainer's pages

quiz_against = gegen
quiz_answered = Beantwortet
quiz_back = Zurück
quiz_by_participant = Nach Teilnehmenden
quiz_by_team = Nach Teams
quiz_by_week = Nach Wochen
quiz_catch_up = Nachholbedarf (schwächste Themen zuerst)
quiz_challenge = Herausfordern
quiz_correct_rate = Richtig
quiz_create = Anlegen
quiz_csv = Als CSV für Excel herunterladen
quiz_done = Erledigt
quiz_draw = Unentschieden
quiz_drivers = Treiber:
quiz_duel = Duell
quiz_duels = Deine Duelle
quiz_forfeit = aufgegeben: Frist verstrichen
quiz_forfeit_days = Tage bis zur Aufgabe, wenn jemand nicht zieht
quiz_formula = Formel:
quiz_glossary = Glossar
quiz_home = Start
quiz_invite_code = Einladungscode
quiz_invite_link = Einladungslink:
quiz_join_bad_name = Bitte einen Namen mit 1 bis 60 Zeichen angeben (Team höchstens 60).
quiz_join_button = Mitmachen
quiz_join_code = Einladungscode (z. B. MW-7K3Q-P9XD)
quiz_join_intro = Trainiere zwischen den Workshops: Duelle gegen andere Teilnehmende und Übungsfragen, die sich deine Schwächen merken. Kein Passwort – dein Gerät merkt sich die Anmeldung.
quiz_join_name = Dein Name
quiz_join_team = Dein Workshop-Team (freiwillig)
quiz_join_title = Beim Quiz mitmachen
quiz_join_too_many = Zu viele falsche Codes in der letzten Minute. Bitte kurz warten.
quiz_join_unknown_code = Diesen Einladungscode gibt es nicht. Bitte genau so eingeben, wie er in der Einladung steht.
quiz_late = Zu spät – die Zeit war abgelaufen. Das zählt als falsch.
quiz_link_unknown = Dieser Link gehört zu niemandem (mehr).
quiz_lost = Verloren
quiz_new = neu
quiz_new_duel = Neues Duell
quiz_new_programme = Neues Programm
quiz_next = Weiter
quiz_no_duel = Dieses Duell gibt es nicht oder es ist nicht deins.
quiz_no_entry = Diesen Glossareintrag gibt es nicht.
quiz_nobody_yet = Noch niemand sonst ist dabei. Teile den Einladungscode mit deiner Gruppe.
quiz_note = Notiz (was geändert wurde)
quiz_other_device = Diesen persönlichen Link auf dem anderen Gerät öffnen (nicht weitergeben, er ist deine Anmeldung):
quiz_own_questions = Eigene Fragen des Programms (Fragendatei im RON-Format, docs/quiz.md)
quiz_participants = Teilnehmende
quiz_pick_topic = Wähle das Thema dieser Runde
quiz_play = Weiterspielen
quiz_practice = Üben
quiz_practice_button = Allein üben
quiz_problem = Das ging nicht
quiz_programme_name = Name des Programms
quiz_questions = Fragen (schwächste zuerst) mit den gewählten Antworten
quiz_report_link = Frage melden
quiz_report_placeholder = Was ist falsch oder unklar?
quiz_report_send = Meldung senden
quiz_report_thanks = Danke! Die Trainerin oder der Trainer sieht sich die Frage an.
quiz_report_title = Frage melden
quiz_report_unclear = Die Frage ist unklar
quiz_report_wrong = Die Antwort ist falsch
quiz_reports = Gemeldete Fragen
quiz_result = Ergebnis
quiz_review = Fragen und Erklärungen
quiz_right = Richtig!
quiz_round = Runde
quiz_seconds = Sekunden je Frage (Rechenfragen: dreifach)
quiz_settings = Einstellungen
quiz_their_turn = Gegner ist am Zug
quiz_timeouts = Zeit abgelaufen
quiz_trainer = Trainer
quiz_trainer_hello = Programme von
quiz_trainer_only = Diese Seite ist für Trainerinnen und Trainer: Bitte den Trainer-Link aus „mehrwert serve“ öffnen.
quiz_typical = Typischer Wert:
quiz_upload = Prüfen und hinzufügen
quiz_wait_for_them = Warte auf den Zug deines Gegners. Du siehst es hier, sobald du wieder dran bist.
quiz_welcome = Willkommen! Fordere jemanden heraus oder übe allein.
quiz_won = Gewonnen
quiz_wrong = Leider falsch.
quiz_you = Du
quiz_your_move = Du bist am Zug
quiz_your_turn = Du bist am Zug

## mehrwert serve

serve_listening = Das Quiz läuft: { $address }
serve_lan = Handys im selben Netz öffnen: { $address }
serve_database = Datenbank: { $url }
serve_trainer_link = Persönlicher Link für { $name } (Programme anlegen, Auswertung – nicht weitergeben): { $address }
serve_trainer_hint = Trainer-Link vergessen? Mit --trainer-link NAME einen neuen ausgeben lassen.
serve_stop = Beenden mit Strg+C.
quiz_rebate_rate = Rabattquote
quiz_focus_none = Kein Thema unter 70 % richtig: im nächsten Workshop vertiefen, was die Gruppe schwach beantwortet.
quiz_focus_topic = Schwerpunkt im nächsten Workshop: { $topic } ({ $rate } richtig).
quiz_focus_game = Schwerpunkt im nächsten Workshop: { $topic } ({ $rate } richtig) – im Spiel: { $figures }.
quiz_games = Workshop-Spiele der Teams
quiz_games_intro = Die Übungsdatei eines Teams aus dem Workshop (Übung-….ron) hier einfügen oder wählen: Neben den schwachen Quizthemen des Teams stehen dann seine Zahlen aus dem Spiel.
quiz_games_add = Spiel verknüpfen
quiz_focus = Empfehlung
quiz_year = Jahr

## The desktop quiz screen

ui_quiz_title = Quiz
ui_quiz_open_button = Quiz
ui_quiz_open_button_hint = Quizduell zwischen den Workshops: gegen andere antreten, allein üben – oder als Trainer sehen, wo die Gruppe Nachholbedarf hat (braucht einen Quiz-Server: mehrwert serve).
ui_quiz_back_title = Zurück zum Start
ui_quiz_disconnect = Abmelden
ui_quiz_disconnect_hint = Diesen Laptop vom Quiz-Server abmelden (die Antworten bleiben auf dem Server).
ui_quiz_intro = Der Quiz-Server der Trainerin oder des Trainers läuft mit „mehrwert serve“. Mit dem Einladungscode mitmachen – oder den persönlichen Trainer-Link einfügen.
ui_quiz_as_participant = Als Teilnehmende mitmachen
ui_quiz_as_trainer = Als Trainer öffnen
ui_quiz_server = Server
ui_quiz_code = Einladungscode
ui_quiz_name = Name
ui_quiz_team = Workshop-Team
ui_quiz_join = Mitmachen
ui_quiz_trainer_link = Trainer-Link (http://…/quiz/t/…)
ui_quiz_open_trainer = Öffnen
ui_quiz_bad_link = Das ist kein Trainer-Link: Er sieht aus wie http://Adresse:7979/quiz/t/… und steht in der Ausgabe von „mehrwert serve“.
ui_quiz_unreachable = Der Quiz-Server ist nicht erreichbar. Adresse prüfen und ob „mehrwert serve“ läuft.
ui_quiz_unknown_token = Der Server kennt diesen Zugang nicht (mehr). Bitte abmelden und neu beitreten.
ui_quiz_not_found = Das gibt es auf dem Server nicht (falscher Code oder nicht deins).
ui_quiz_not_now = Gerade nicht möglich – der Spielstand hat sich geändert.
ui_quiz_too_many = Zu viele falsche Codes in der letzten Minute. Bitte kurz warten.
ui_quiz_refused = Der Server hat die Anfrage abgelehnt.
ui_quiz_refresh = Aktualisieren
ui_quiz_practice = Allein üben
ui_quiz_new_duel = Neues Duell
ui_quiz_nobody = Noch niemand sonst ist dabei.
ui_quiz_challenge = Herausfordern
ui_quiz_duels = Deine Duelle
ui_quiz_against = gegen
ui_quiz_your_move = Du bist am Zug
ui_quiz_their_move = Gegner ist am Zug
ui_quiz_won = Gewonnen
ui_quiz_lost = Verloren
ui_quiz_draw = Unentschieden
ui_quiz_new = neu
ui_quiz_you = Du
ui_quiz_round = Runde
ui_quiz_play = Weiterspielen
ui_quiz_pick_topic = Wähle das Thema dieser Runde:
ui_quiz_overview = Zur Übersicht
ui_quiz_late = Zu spät – die Zeit war abgelaufen. Das zählt als falsch.
ui_quiz_right = Richtig!
ui_quiz_wrong = Leider falsch.
ui_quiz_next = Weiter
ui_quiz_report = Frage melden
ui_quiz_report_title = Frage melden
ui_quiz_report_wrong = Die Antwort ist falsch
ui_quiz_report_unclear = Die Frage ist unklar
ui_quiz_report_placeholder = Was ist falsch oder unklar?
ui_quiz_report_send = Meldung senden
ui_quiz_report_thanks = Danke! Die Meldung ist beim Trainer.
ui_quiz_cancel = Abbrechen
ui_quiz_programmes = Programme:
ui_quiz_pick_programme = Ein Programm wählen, um seine Auswertung zu sehen.
ui_quiz_participants = Teilnehmende
ui_quiz_answered = Beantwortet
ui_quiz_correct = Richtig
ui_quiz_save_csv = Als CSV speichern
ui_quiz_csv_saved = Gespeichert:
ui_quiz_catch_up = Nachholbedarf (schwächste Themen zuerst)
ui_quiz_teams = Teams: schwache Themen und Zahlen aus dem Workshop-Spiel
ui_quiz_by_participant = Nach Teilnehmenden
ui_quiz_questions = Fragen mit den gewählten Antworten (schwächste zuerst)
quiz_other_device_summary = Auf einem anderen Gerät weiterspielen
ui_quiz_keys_hint = Tasten 1–4 antworten; nach der Antwort geht es mit Enter weiter.
ui_quiz_no_duels = Noch keine – fordere jemanden heraus.
quiz_cross_site = Dieses Formular kam von einer anderen Website. Bitte die Quiz-Seite selbst öffnen und dort weitermachen.

# The debrief: decisions with their ΔEVA, the years told, the projector's pages (src/debrief/words.rs, ui/panels/debrief.rs).
debrief_lever = { $lever ->
        [price] Preis und Rabatt { $of }
        [payment_days] Zahlungsziel { $of }
        [salespeople] Außendienst { $of }
        [production] Produktionsmenge
        [marketing] Marketing
        [rnd] Forschung & Entwicklung
        [lines_bought] Neue Fertigungslinien
        [project] Projekt „{ $of }“
        [loan] Darlehen
        [equity] Kapitalerhöhung
       *[dividend] Dividende
    }
debrief_days = { $days } Tage
debrief_area = { $area ->
        [prices] Preise und Rabatte
        [terms] Zahlungsziele
        [production] Produktion
        [sales] Vertrieb, Marketing und F&E
        [investment] Investitionen
       *[financing] Finanzierung
    }
debrief_flow = { $flow ->
        [drawn] Darlehen aufgenommen: { $amount }
        [repaid] Darlehen getilgt: { $amount }
        [equity] Kapitalerhöhung: { $amount }
       *[dividend] Dividende: { $amount }
    }
debrief_by_computer = (vom Computer entschieden)
debrief_price_change = : { $before } → { $after } (netto { $net_before } → { $net_after })
debrief_started = { $started ->
        [yes] gestartet
       *[no] nicht gestartet
    }
debrief_decision = Jahr { $year } · { $changes }
debrief_cause = { $cause ->
        [revenue] Umsatz
        [margin] EBIT-Marge
        [tax] Steuer
        [capital] Kapitalbindung
       *[wacc] Kapitalkosten (WACC)
    }
debrief_market_segment = { $segment }: Nachfrage { $demand } Stück ({ $demand_change }), Ø Nettopreis { $price } ({ $price_change })
debrief_turn_negative = { $team }: EVA wird negativ – das Kapital verdient seine Kosten nicht mehr.
debrief_turn_positive = { $team }: EVA wird positiv – das Kapital verdient wieder seine Kosten.
debrief_turn_leader = { $team } übernimmt die Führung.
debrief_turn_rank = { $team } springt von Platz { $from } auf Platz { $to }.
debrief_summary = { $rank }. { $team }: Score { $score }{ $insolvent ->
        [yes] {" "}(Sanierung nötig)
       *[no] {""}
    }; EVA von { $first } im ersten auf { $last } im letzten Jahr
debrief_summary_best = stärkste Entscheidung: { $lever } im Jahr { $year } ({ $delta })
debrief_summary_worst = teuerste: { $lever } im Jahr { $year } ({ $delta })
debrief_lesson_general = Mehr Menge, mehr Besuche und mehr Rabatt sind noch kein Wert: Wert entsteht nur, wenn die Rendite auf das eingesetzte Kapital über seinen Kosten liegt.
ui_debrief_start = Nachbesprechung (Beamer)
ui_projector_debrief = Beamer: Nachbesprechung
ui_debrief_failed = Die Nachbesprechung kann dieses Spiel nicht nachrechnen: { $reason }
ui_debrief_previous = ◀ Zurück
ui_debrief_next = Weiter ▶
ui_debrief_page_of = Seite { $page } von { $pages }
ui_debrief_show_participation = Teilnahme zeigen (nur Trainer)
ui_debrief_close = Beenden
ui_debrief_keys = Pfeiltasten: blättern
ui_debrief_destroyed = Wo im Raum Wert vernichtet wurde
ui_debrief_created = Wo im Raum Wert geschaffen wurde
ui_debrief_decisions_how = Jede Entscheidung zurückgenommen und das Spiel neu gerechnet (die eines Jahres zusammen, nach ihrem Beitrag aufgeteilt): ΔEVA vom Jahr der Entscheidung bis zum Spielende.
ui_debrief_no_decisions = Keine Entscheidung hat den Wert so verändert.
ui_debrief_year_title = Geschäftsjahr { $year }
ui_debrief_year_how = Was geschah, wie der Markt reagierte und was den EVA jedes Teams bewegte.
ui_debrief_events = Ereignisse
ui_debrief_no_events = Keine Ereignisse in diesem Jahr.
ui_debrief_market = Markt
ui_debrief_turning_points = Wendepunkte
ui_debrief_team = Team
ui_debrief_eva = EVA
ui_debrief_delta_eva = ΔEVA zum Vorjahr
ui_debrief_cause = Stärkste Ursache
ui_debrief_decision = Wichtigste Entscheidung
ui_debrief_participation = Teilnahme
ui_debrief_submitted = abgegeben { $time }, { $revisions ->
        [1] einmal
       *[other] { $revisions }-mal
    }{ $corrected ->
        [yes] , vom Trainer korrigiert
       *[no] {""}
    }
ui_debrief_kept = nicht abgegeben: Vorjahr beibehalten
ui_debrief_computer = vom Computer gespielt
ui_debrief_end_title = Endstand
ui_debrief_end_how = Jedes Team in einer Zeile: Score, EVA im ersten und letzten Jahr, stärkste und teuerste Entscheidung.
ui_debrief_lesson = Die Lehre
report_footer = Mehrwert · { $scenario } · Seed { $seed }
report_year = GJ { $year }
report_team_title = Ergebnisbericht: { $team }
report_team_subtitle = { $scenario } · { $years } Geschäftsjahre · Platz { $rank } von { $teams }
report_trainer_title = Trainerbericht: { $scenario }
report_trainer_subtitle = { $teams } Teams · { $years } Geschäftsjahre
report_rank = Platz
report_rank_of = { $rank } von { $teams }
report_score = Score
report_capital_employed = Capital Employed (Ø)
report_eva_total = EVA über alle Jahre
report_spread_last = ROIC − WACC im letzten Jahr
report_years = Die Jahre im Überblick
report_chart_eva = EVA je Geschäftsjahr
report_chart_roic = ROIC gegenüber WACC
report_chart_eva_room = EVA je Team und Geschäftsjahr
report_chart_score_room = Score je Team (kumuliert)
report_unit_millions = Mio. €
report_tree = Werttreiberbaum des letzten Jahres
report_tree_how = Der EVA entsteht aus der Rendite über den Kapitalkosten (ROIC − WACC) mal dem eingesetzten Kapital; die Rendite aus Marge mal Kapitalumschlag.
report_driver = Werttreiber
report_attribution = Was den EVA bewegte, Jahr für Jahr
report_no_attribution = Ohne Umsatz in einem der Jahre lässt sich die Veränderung nicht zerlegen.
report_no_year_before = Im ersten Geschäftsjahr gibt es kein Vorjahr, mit dem sich der EVA vergleichen ließe.
report_best_decisions = Die drei wertvollsten Entscheidungen
report_worst_decisions = Die drei teuersten Entscheidungen
report_decisions_how = ΔEVA einer Entscheidung: das Spiel ab ihrem Jahr ohne sie neu gerechnet (eine beibehaltene Einstellung so lange, wie sie galt), der EVA bis zum Spielende verglichen mit dem gespielten Spiel; die Entscheidungen eines Jahres werden zusammen gerechnet und nach ihrem Beitrag aufgeteilt (Shapley).
report_no_decisions = Keine Entscheidung hat den Wert so verändert.
report_team = Team
report_ranking = Rangliste
report_insolvent = Sanierung
report_yes = ja
report_no = nein
report_lesson = Die Lehre
report_teams_in_a_line = Jedes Team in einer Zeile
report_room_destroyed = Wo im Raum Wert vernichtet wurde
report_room_created = Wo im Raum Wert geschaffen wurde
report_market_story = Die Geschichte des Marktes
report_participation = Teilnahme
report_submitted = { $revisions ->
        [1] einmal abgegeben
       *[other] { $revisions }-mal abgegeben
    }{ $corrected ->
        [yes] , korrigiert
       *[no] {""}
    }
report_kept = Vorjahr beibehalten
report_computer = Computer

# debrief workbook
xl_summary = Übersicht
xl_market = Markt
xl_decisions = Entscheidungen
xl_scenario = Szenario
xl_seed = Startwert (Seed)
xl_years = Geschäftsjahre
xl_ranking = Rangliste (öffentlich)
xl_insolvent = Insolvent
xl_yes = ja
xl_no = nein
xl_eva_by_year = EVA je Geschäftsjahr
xl_key = Schlüssel
xl_kpis = Kennzahlen
xl_value = EVA (Mehrwert)
xl_volume = Absatz und Produktion
xl_nopat = NOPAT
xl_ce_opening = Capital Employed am Jahresanfang
xl_ce_closing = Capital Employed am Jahresende
xl_ce_average = Capital Employed (Durchschnitt)
xl_capital_charge = Kapitalkosten (Capital Charge)
xl_capacity_units = Kapazität
xl_produced_units = Produktion
xl_inventory_units = Lagerbestand am Jahresende
xl_segment_demand = { $segment }: Nachfrage beim Unternehmen
xl_segment_sold = { $segment }: Absatz
xl_segment_net_price = { $segment }: Nettopreis
xl_segment_net_revenue = { $segment }: Nettoumsatz
xl_segment_share = { $segment }: Marktanteil
xl_year = Geschäftsjahr
xl_year_short = GJ
xl_segment = Segment
xl_demand_units = Nachfrage
xl_sold_units = Absatz
xl_avg_net_price = Ø Nettopreis
xl_material_index = Materialpreisindex
xl_headlines = Nachrichten
xl_company_id = Kürzel
xl_decided_by = Entschieden von
xl_by_person = Team
xl_by_computer = Computer
xl_list_price = { $segment }: Listenpreis
xl_rebate = { $segment }: Rabatt
xl_payment_days = { $segment }: Zahlungsziel
xl_salespeople = { $segment }: Außendienst
xl_production_units = Produktionsmenge
xl_lines_bought = Neue Fertigungslinien
xl_projects = Projekte
xl_loan_change = Darlehen aufgenommen (+) / getilgt (−)
xl_dividend = Dividende
xl_days = Tage
xl_units = Stk.
xl_people = Pers.
xl_lines = Linien
xl_roce_wacc = ROCE und WACC
xl_eva_by_company = EVA je Unternehmen
xl_page = Seite &P von &N
ui_debrief_save = Auswertung speichern (Excel, PDF)
ui_debrief_save_hint = Eine Excel-Mappe für den Raum und je Team, ein PDF-Bericht für den Trainer und je Team.
ui_debrief_saved = { $count } Dateien der Auswertung gespeichert in { $path }
ui_debrief_save_failed = Die Auswertung konnte nicht gespeichert werden.
ui_debrief_working = Die Nachbesprechung wird berechnet: das Spiel wird für jede Entscheidung neu gespielt …
