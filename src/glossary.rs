//! The glossary: for every statement line, KPI and value figure its definition, formula,
//! drivers and typical range, in German and English, for tooltips and the glossary screen.
//!
//! Keys are the snake_case keys the statements ([`IncomeStatement::lines`],
//! [`BalanceSheet::lines`], [`CashFlowStatement::lines`]), the KPIs ([`kpi::keys`]), EVA
//! ([`Eva`]), the driver tree ([`DriverTree::nodes`]) and project appraisal ([`Appraisal`])
//! use in reports and exports. A key that appears in several places (`net_income` in the
//! income statement and the cash-flow statement, `receivables` on the balance sheet and in
//! the driver tree) has one entry whose text fits every place.
//!
//! Architecture invariant: the formulas describe *this* game's definitions (returns on
//! the opening balance sheet, DSO on net revenue, capital employed without cash); a test
//! collects the keys from those functions, so a new line or KPI without glossary text
//! fails it. Typical ranges are for a mid-sized German industrial company.
//!
//! [`IncomeStatement::lines`]: crate::model::statements::IncomeStatement::lines
//! [`BalanceSheet::lines`]: crate::model::statements::BalanceSheet::lines
//! [`CashFlowStatement::lines`]: crate::model::statements::CashFlowStatement::lines
//! [`kpi::keys`]: crate::model::kpi::keys
//! [`Eva`]: crate::model::value::Eva
//! [`DriverTree::nodes`]: crate::model::value::DriverTree::nodes
//! [`Appraisal`]: crate::model::appraisal::Appraisal

use crate::model::format::Locale;

/// One glossary entry in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The snake_case key of the line or KPI, as in reports and exports (`"roce"`).
    pub key: &'static str,
    /// The name a controller or CFO would use (`"Eigenkapitalquote"`, `"Equity ratio"`).
    pub term: &'static str,
    /// What it is, in one or two sentences.
    pub definition: &'static str,
    /// How the game computes it.
    pub formula: &'static str,
    /// Which decisions of the game move it.
    pub drivers: &'static str,
    /// A typical value for a mid-sized German industrial company.
    pub typical_range: &'static str,
}

/// The text of an entry in one language.
struct Text {
    term: &'static str,
    definition: &'static str,
    formula: &'static str,
    drivers: &'static str,
    typical_range: &'static str,
}

/// One key with its German and English text.
struct Record {
    key: &'static str,
    de: Text,
    en: Text,
}

impl Record {
    fn entry(&self, lang: Locale) -> Entry {
        let text = match lang {
            Locale::De => &self.de,
            Locale::En => &self.en,
        };
        Entry {
            key: self.key,
            term: text.term,
            definition: text.definition,
            formula: text.formula,
            drivers: text.drivers,
            typical_range: text.typical_range,
        }
    }
}

/// The entry for `key` in `lang`; `None` when the glossary has no such key.
pub fn entry(key: &str, lang: Locale) -> Option<Entry> {
    RECORDS.iter().find(|record| record.key == key).map(|record| record.entry(lang))
}

/// Every key with an entry, in reading order: income statement, balance sheet, cash flow,
/// KPIs, value (EVA and its driver tree), project appraisal.
pub fn keys() -> &'static [&'static str] {
    &KEYS
}

/// The entries whose term, key or definition contains every word of `query`, ignoring
/// case and umlauts (`ae` finds `ä`, `ss` finds `ß`). Entries whose term matches come
/// first; within each group the order is that of [`keys`]. An empty query returns every
/// entry.
pub fn search(query: &str, lang: Locale) -> Vec<Entry> {
    let words: Vec<String> = query.split_whitespace().map(fold).collect();
    let mut in_term = Vec::new();
    let mut elsewhere = Vec::new();
    for entry in RECORDS.iter().map(|record| record.entry(lang)) {
        let term = fold(entry.term);
        let haystack = format!("{term} {} {}", fold(entry.key), fold(entry.definition));
        if !words.iter().all(|word| haystack.contains(word.as_str())) {
            continue;
        }
        if words.iter().all(|word| term.contains(word.as_str())) {
            in_term.push(entry);
        } else {
            elsewhere.push(entry);
        }
    }
    in_term.extend(elsewhere);
    in_term
}

/// Lower case with umlauts and ß spelled out, so "Überschuss", "ueberschuss" and
/// "UEBERSCHUSS" compare equal.
fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len() + 8);
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => folded.push_str("ae"),
            'ö' => folded.push_str("oe"),
            'ü' => folded.push_str("ue"),
            'ß' => folded.push_str("ss"),
            _ => folded.push(c),
        }
    }
    folded
}

const KEY_COUNT: usize = RECORDS.len();

/// The keys of [`RECORDS`] in their order, built at compile time.
static KEYS: [&str; KEY_COUNT] = {
    let mut keys = [""; KEY_COUNT];
    let mut i = 0;
    while i < KEY_COUNT {
        keys[i] = RECORDS[i].key;
        i += 1;
    }
    keys
};

/// Every entry, in the order of [`keys`].
const RECORDS: &[Record] = &[
    // Income statement.
    Record {
        key: "revenue",
        de: Text {
            term: "Bruttoumsatz (zu Listenpreisen)",
            definition: "Umsatz der verkauften Stück zu Listenpreisen, vor Rabatten. Die Rabatte werden in der nächsten Zeile abgezogen.",
            formula: "Summe über die Segmente: verkaufte Stück × Listenpreis",
            drivers: "Listenpreis und Absatzmenge; die Menge hängt an Preis nach Rabatt, Zahlungsziel, Marketing, F&E, Außendienst, Lieferfähigkeit (Produktion) und Marktwachstum.",
            typical_range: "Umsatzerlöse zuzüglich 3–10 % Rabatte",
        },
        en: Text {
            term: "Revenue at list price",
            definition: "Units sold valued at list price, before rebates. Rebates are deducted on the next line.",
            formula: "Sum over segments: units sold × list price",
            drivers: "List price and volume; volume depends on the net price after rebate, payment terms, marketing, R&D, sales force, availability (production) and market growth.",
            typical_range: "Net revenue plus 3–10% rebates",
        },
    },
    Record {
        key: "rebates",
        de: Text {
            term: "Erlösschmälerungen (Rabatte)",
            definition: "Nachlässe auf den Listenpreis, die den Key Accounts gewährt werden. Sie senken den Umsatz, ohne die Kosten zu senken, und gehen deshalb voll auf das Ergebnis.",
            formula: "Summe über die Segmente: verkaufte Stück × Listenpreis × Rabattsatz",
            drivers: "Rabattsatz je Segment und die dort verkaufte Menge.",
            typical_range: "3–10 % des Bruttoumsatzes, im Key-Account-Geschäft bis 15 %",
        },
        en: Text {
            term: "Rebates",
            definition: "Discounts off list price granted to key accounts. They cut revenue without cutting cost, so every euro of rebate comes straight off profit.",
            formula: "Sum over segments: units sold × list price × rebate rate",
            drivers: "The rebate rate per segment and the volume sold there.",
            typical_range: "3–10% of gross revenue, up to 15% in key-account business",
        },
    },
    Record {
        key: "net_revenue",
        de: Text {
            term: "Umsatzerlöse (Nettoumsatz)",
            definition: "Umsatz nach Rabatten, also zu den tatsächlich fakturierten Nettopreisen. Bezugsgröße für alle Margen, die DSO und den Kapitalumschlag.",
            formula: "Bruttoumsatz − Erlösschmälerungen = Absatzmenge × durchschnittlicher Nettopreis",
            drivers: "Listenpreis, Rabatt und Absatzmenge (Zahlungsziel, Marketing, F&E, Außendienst, Produktion, Marktwachstum, Wettbewerb).",
            typical_range: "Wachstum 2–8 % p. a.; Mittelstand 20–500 Mio. €",
        },
        en: Text {
            term: "Net revenue",
            definition: "Revenue after rebates, at the net prices actually invoiced. The base for every margin, for DSO and for capital turnover.",
            formula: "Revenue at list price − rebates = volume × average net price",
            drivers: "List price, rebate and volume (payment terms, marketing, R&D, sales force, production, market growth, competitors).",
            typical_range: "Growth 2–8% a year; mid-sized firms €20–500 M",
        },
    },
    Record {
        key: "cogs",
        de: Text {
            term: "Herstellungskosten des Umsatzes",
            definition: "Variable Herstellkosten (Material und Fertigungslohn) der verkauften Stück, bewertet zum gewogenen Durchschnitt des Lagers. Abschreibungen der Linien stehen nicht hier, sondern in einer eigenen Zeile.",
            formula: "verkaufte Stück × gewogene durchschnittliche Herstellkosten je Stück (Material + Lohn)",
            drivers: "Absatzmenge, Materialpreise (Ereignisse), Projekte mit Material- oder Lohneinsparung; die Produktionsmenge über den Durchschnittskostensatz.",
            typical_range: "60–75 % der Umsatzerlöse",
        },
        en: Text {
            term: "Cost of goods sold (COGS)",
            definition: "Variable manufacturing cost (material and direct labour) of the units sold, at the weighted-average cost of the stock. Depreciation of the lines is not in here; it has its own line.",
            formula: "Units sold × weighted-average manufacturing cost per unit (material + labour)",
            drivers: "Volume sold, material prices (events), projects that save material or labour; production volume through the average cost.",
            typical_range: "60–75% of net revenue",
        },
    },
    Record {
        key: "gross_profit",
        de: Text {
            term: "Bruttoergebnis vom Umsatz",
            definition: "Was vom Nettoumsatz nach den Herstellungskosten bleibt, um Vertrieb, Verwaltung, Abschreibungen, Zinsen und Gewinn zu decken. Da die Herstellungskosten hier nur variabel sind, entspricht es etwa dem Deckungsbeitrag I.",
            formula: "Umsatzerlöse − Herstellungskosten des Umsatzes",
            drivers: "Listenpreis und Rabatt (Nettopreis), Absatzmenge, Materialpreise, Einsparprojekte.",
            typical_range: "25–40 % der Umsatzerlöse",
        },
        en: Text {
            term: "Gross profit",
            definition: "What is left of net revenue after the cost of goods sold to pay for selling, administration, depreciation, interest and profit. As COGS holds only variable cost here, it is close to the contribution margin.",
            formula: "Net revenue − COGS",
            drivers: "List price and rebate (net price), volume, material prices, cost-saving projects.",
            typical_range: "25–40% of net revenue",
        },
    },
    Record {
        key: "marketing",
        de: Text {
            term: "Marketingaufwand",
            definition: "Ausgaben für Werbung und Markenpflege im Jahr. Sie bauen den Markenbestand auf, der mit Verzögerung Nachfrage bringt und jedes Jahr teilweise verfällt.",
            formula: "Marketingbudget (Entscheidung), bar bezahlt",
            drivers: "Marketingbudget.",
            typical_range: "1–4 % der Umsatzerlöse",
        },
        en: Text {
            term: "Marketing expense",
            definition: "Spending on advertising and brand building in the year. It builds the brand stock, which brings demand over time and decays a little every year.",
            formula: "Marketing budget (decision), paid in cash",
            drivers: "Marketing budget.",
            typical_range: "1–4% of net revenue",
        },
    },
    Record {
        key: "rnd",
        de: Text {
            term: "Forschungs- und Entwicklungsaufwand (F&E)",
            definition: "Ausgaben für Produktentwicklung im Jahr, voll als Aufwand gebucht. Sie bauen den Qualitätsbestand auf, der die Attraktivität des Produkts erhöht und langsam verfällt.",
            formula: "F&E-Budget (Entscheidung), bar bezahlt",
            drivers: "F&E-Budget.",
            typical_range: "2–6 % der Umsatzerlöse",
        },
        en: Text {
            term: "Research and development (R&D)",
            definition: "Spending on product development in the year, expensed in full. It builds the quality stock, which makes the product more attractive and decays slowly.",
            formula: "R&D budget (decision), paid in cash",
            drivers: "R&D budget.",
            typical_range: "2–6% of net revenue",
        },
    },
    Record {
        key: "sales_force",
        de: Text {
            term: "Kosten des Außendienstes",
            definition: "Personalkosten der Verkäufer, die die Segmente betreuen. Mehr Verkäufer erhöhen die Marktabdeckung und damit die Nachfrage.",
            formula: "Anzahl Verkäufer (alle Segmente) × Kosten je Verkäufer und Jahr",
            drivers: "Außendienst: Anzahl Verkäufer je Segment.",
            typical_range: "3–8 % der Umsatzerlöse",
        },
        en: Text {
            term: "Sales force cost",
            definition: "Payroll of the salespeople who cover the segments. More salespeople raise coverage and with it demand.",
            formula: "Salespeople (all segments) × cost per salesperson and year",
            drivers: "Sales headcount per segment.",
            typical_range: "3–8% of net revenue",
        },
    },
    Record {
        key: "admin",
        de: Text {
            term: "Verwaltungskosten",
            definition: "Fixe Gemeinkosten der Verwaltung. Sie ändern sich nicht mit der Menge, ihr Anteil am Umsatz sinkt also mit wachsendem Umsatz (Fixkostendegression).",
            formula: "Verwaltungskosten laut Szenario − Einsparungen aus Projekten",
            drivers: "Projekte mit Verwaltungseinsparung; sonst fix.",
            typical_range: "3–7 % der Umsatzerlöse",
        },
        en: Text {
            term: "Administration",
            definition: "Fixed overhead of administration. It does not change with volume, so its share of revenue falls as revenue grows (operating leverage).",
            formula: "Scenario's admin cost − savings from projects",
            drivers: "Projects that save administration cost; otherwise fixed.",
            typical_range: "3–7% of net revenue",
        },
    },
    Record {
        key: "cost_to_serve",
        de: Text {
            term: "Kundenbetreuungskosten (Cost-to-Serve)",
            definition: "Kosten, um Kunden zu beliefern und zu betreuen: Logistik, Service, Abwicklung je verkauftem Stück. Key Accounts sind oft teurer zu bedienen, als ihr Umsatz vermuten lässt.",
            formula: "Summe über die Segmente: verkaufte Stück × Cost-to-Serve je Stück des Segments",
            drivers: "Absatzmenge und Segmentmix (über Preis, Rabatt, Zahlungsziel, Außendienst).",
            typical_range: "1–4 % der Umsatzerlöse",
        },
        en: Text {
            term: "Cost to serve",
            definition: "Cost of delivering to and looking after customers: logistics, service and handling per unit sold. Key accounts often cost more to serve than their revenue suggests.",
            formula: "Sum over segments: units sold × the segment's cost to serve per unit",
            drivers: "Volume and segment mix (through price, rebate, payment terms, sales force).",
            typical_range: "1–4% of net revenue",
        },
    },
    Record {
        key: "inventory_holding",
        de: Text {
            term: "Lagerhaltungskosten",
            definition: "Kosten für Lagerfläche, Versicherung, Schwund und Veralterung der Vorräte. Sie steigen, wenn mehr produziert als verkauft wird.",
            formula: "Vorräte (Wert) × Lagerkostensatz laut Szenario",
            drivers: "Produktionsmenge im Verhältnis zum Absatz.",
            typical_range: "15–25 % des Vorratswerts p. a., meist 0,5–2 % der Umsatzerlöse",
        },
        en: Text {
            term: "Inventory holding cost",
            definition: "Cost of storage space, insurance, shrinkage and obsolescence of the stock. It rises when production runs ahead of sales.",
            formula: "Inventory (value) × the scenario's holding rate",
            drivers: "Production volume relative to sales.",
            typical_range: "15–25% of inventory value a year, usually 0.5–2% of net revenue",
        },
    },
    Record {
        key: "operating_expenses",
        de: Text {
            term: "Betriebliche Aufwendungen (Opex)",
            definition: "Alle laufenden Kosten außer den Herstellungskosten des Umsatzes und den Abschreibungen.",
            formula: "Marketing + F&E + Außendienst + Verwaltung + Cost-to-Serve + Lagerhaltung",
            drivers: "Marketing- und F&E-Budget, Außendienst, Absatzmenge, Produktionsmenge, Einsparprojekte.",
            typical_range: "15–30 % der Umsatzerlöse",
        },
        en: Text {
            term: "Operating expenses (opex)",
            definition: "All running costs other than the cost of goods sold and depreciation.",
            formula: "Marketing + R&D + sales force + administration + cost to serve + inventory holding",
            drivers: "Marketing and R&D budgets, sales headcount, volume, production volume, cost-saving projects.",
            typical_range: "15–30% of net revenue",
        },
    },
    Record {
        key: "ebitda",
        de: Text {
            term: "EBITDA (Ergebnis vor Zinsen, Steuern und Abschreibungen)",
            definition: "Operatives Ergebnis vor Abschreibungen: ein Näherungswert für den operativen Mittelzufluss vor Working-Capital-Veränderungen und Investitionen.",
            formula: "Bruttoergebnis vom Umsatz − betriebliche Aufwendungen",
            drivers: "Preis, Rabatt, Absatzmenge, alle Budgets (Marketing, F&E, Außendienst), Materialpreise, Einsparprojekte.",
            typical_range: "8–15 % der Umsatzerlöse",
        },
        en: Text {
            term: "EBITDA (earnings before interest, tax, depreciation and amortisation)",
            definition: "Operating profit before depreciation: a proxy for operating cash generation before working-capital changes and capex.",
            formula: "Gross profit − operating expenses",
            drivers: "Price, rebate, volume, every budget (marketing, R&D, sales force), material prices, cost-saving projects.",
            typical_range: "8–15% of net revenue",
        },
    },
    Record {
        key: "depreciation",
        de: Text {
            term: "Abschreibungen",
            definition: "Planmäßiger, linearer Werteverzehr der Produktionslinien und Projekte über ihre Nutzungsdauer. In der Kapitalflussrechnung wird er wieder hinzugerechnet, weil er kein Geld kostet.",
            formula: "Summe über die Anlagen: Anschaffungskosten / Nutzungsdauer, solange die Anlage nicht voll abgeschrieben ist",
            drivers: "Kauf von Produktionslinien und Investitionsprojekten (Capex) und deren Nutzungsdauer.",
            typical_range: "3–5 % der Umsatzerlöse",
        },
        en: Text {
            term: "Depreciation",
            definition: "Straight-line wear of the production lines and projects over their useful lives. The cash-flow statement adds it back because it costs no cash.",
            formula: "Sum over assets: cost / useful life, until an asset is fully depreciated",
            drivers: "Production lines and projects bought (capex) and their useful lives.",
            typical_range: "3–5% of net revenue",
        },
    },
    Record {
        key: "ebit",
        de: Text {
            term: "EBIT (Betriebsergebnis)",
            definition: "Ergebnis vor Zinsen und Steuern: was das operative Geschäft verdient, unabhängig von der Finanzierung. Ausgangsgröße für NOPAT, ROCE und EVA.",
            formula: "EBITDA − Abschreibungen",
            drivers: "Alle operativen Entscheidungen: Preis, Rabatt, Absatz, Budgets, Außendienst, Produktion, Linien und Projekte.",
            typical_range: "5–10 % der Umsatzerlöse",
        },
        en: Text {
            term: "EBIT (operating profit)",
            definition: "Earnings before interest and tax: what the operating business earns, whatever its financing. The starting point of NOPAT, ROCE and EVA.",
            formula: "EBITDA − depreciation",
            drivers: "Every operating decision: price, rebate, volume, budgets, sales force, production, lines and projects.",
            typical_range: "5–10% of net revenue",
        },
    },
    Record {
        key: "interest_expense",
        de: Text {
            term: "Zinsaufwand",
            definition: "Zinsen auf Darlehen und auf den Kontokorrentkredit des Vorjahres sowie die Einmalgebühr, wenn ein Kontokorrentkredit automatisch gezogen wird.",
            formula: "Darlehen nach Aufnahme und Tilgung des Jahres × Darlehenszins + Kontokorrent zu Jahresbeginn × Kontokorrentzins + Gebührensatz × neu gezogener Kontokorrent",
            drivers: "Darlehensaufnahme und -tilgung; Liquidität (Kontokorrent); Zinsereignisse.",
            typical_range: "EBIT ≥ 5 × Zinsaufwand",
        },
        en: Text {
            term: "Interest expense",
            definition: "Interest on loans and on last year's overdraft, plus the fee when an overdraft is drawn automatically.",
            formula: "Loans after this year's drawing and repayment × loan rate + opening overdraft × overdraft rate + fee rate × overdraft drawn",
            drivers: "Loans drawn and repaid; liquidity (overdraft); interest-rate events.",
            typical_range: "EBIT ≥ 5 × interest expense",
        },
    },
    Record {
        key: "interest_income",
        de: Text {
            term: "Zinsertrag",
            definition: "Zinsen auf das Guthaben zu Jahresbeginn.",
            formula: "liquide Mittel zu Jahresbeginn (falls positiv) × Guthabenzins",
            drivers: "Kassenbestand: Dividende, Kapitalerhöhung, Darlehen, Investitionen und der operative Cashflow des Vorjahres.",
            typical_range: "meist unter 0,5 % der Umsatzerlöse",
        },
        en: Text {
            term: "Interest income",
            definition: "Interest earned on cash at the start of the year.",
            formula: "Opening cash (if positive) × deposit rate",
            drivers: "Cash balance: dividend, equity raised, loans, capex and last year's operating cash flow.",
            typical_range: "Usually below 0.5% of net revenue",
        },
    },
    Record {
        key: "ebt",
        de: Text {
            term: "EBT (Ergebnis vor Steuern)",
            definition: "Ergebnis nach Zinsen, vor Ertragsteuern; Bemessungsgrundlage der Steuer.",
            formula: "EBIT − Zinsaufwand + Zinsertrag",
            drivers: "Operative Entscheidungen (über EBIT) und Finanzierung (Darlehen, Kontokorrent, Kasse).",
            typical_range: "4–9 % der Umsatzerlöse",
        },
        en: Text {
            term: "EBT (earnings before tax)",
            definition: "Profit after interest and before income tax; the tax base.",
            formula: "EBIT − interest expense + interest income",
            drivers: "Operating decisions (through EBIT) and financing (loans, overdraft, cash).",
            typical_range: "4–9% of net revenue",
        },
    },
    Record {
        key: "tax",
        de: Text {
            term: "Ertragsteuern",
            definition: "Steuern auf den Gewinn des Jahres, nach Verrechnung mit Verlustvorträgen; bezahlt im Folgejahr. Verluste ergeben keine Erstattung, sondern einen Verlustvortrag.",
            formula: "max(0, EBT − Verlustvortrag) × Steuersatz",
            drivers: "Alles, was das EBT bewegt; Verluste früherer Jahre.",
            typical_range: "rund 30 % des EBT (Körperschaft- und Gewerbesteuer)",
        },
        en: Text {
            term: "Income tax",
            definition: "Tax on the year's profit after offsetting tax losses carried forward; paid the following year. A loss gives no refund but a loss carry-forward.",
            formula: "max(0, EBT − loss carried forward) × tax rate",
            drivers: "Anything that moves EBT; losses of earlier years.",
            typical_range: "About 30% of EBT (German corporate and trade tax)",
        },
    },
    Record {
        key: "net_income",
        de: Text {
            term: "Jahresüberschuss",
            definition: "Gewinn nach Steuern, der den Eigentümern zusteht; ein Verlust heißt Jahresfehlbetrag. Er fließt in die Gewinnrücklagen und ist die erste Zeile der indirekten Kapitalflussrechnung.",
            formula: "EBT − Ertragsteuern",
            drivers: "Alle operativen und Finanzierungsentscheidungen.",
            typical_range: "3–7 % der Umsatzerlöse",
        },
        en: Text {
            term: "Net income",
            definition: "Profit after tax that belongs to the owners (a loss if negative). It goes to retained earnings and is the first line of the indirect cash-flow statement.",
            formula: "EBT − income tax",
            drivers: "Every operating and financing decision.",
            typical_range: "3–7% of net revenue",
        },
    },
    // Balance sheet.
    Record {
        key: "cash",
        de: Text {
            term: "Liquide Mittel",
            definition: "Bankguthaben und Kasse am Stichtag. Fällt der Bestand unter das Mindestniveau, wird automatisch ein teurer Kontokorrentkredit gezogen.",
            formula: "liquide Mittel zu Jahresbeginn + Cashflow aus laufender Geschäftstätigkeit, Investitions- und Finanzierungstätigkeit",
            drivers: "Alle Entscheidungen mit Zahlungswirkung: Absatz, Zahlungsziel, Produktion, Budgets, Linien, Projekte, Darlehen, Kapitalerhöhung, Dividende.",
            typical_range: "3–10 % der Bilanzsumme",
        },
        en: Text {
            term: "Cash",
            definition: "Bank balances at the balance-sheet date. If cash falls below the minimum, an expensive overdraft is drawn automatically.",
            formula: "Opening cash + cash flow from operations, investing and financing",
            drivers: "Every decision that moves cash: volume, payment terms, production, budgets, lines, projects, loans, equity raised, dividend.",
            typical_range: "3–10% of total assets",
        },
    },
    Record {
        key: "receivables",
        de: Text {
            term: "Forderungen aus Lieferungen und Leistungen",
            definition: "Rechnungen an Kunden, die am Stichtag noch nicht bezahlt sind: Kapital, das im Zahlungsziel der Kunden gebunden ist. In Kapitalbindung und Werttreiberbaum zählt der Stand zu Jahresbeginn.",
            formula: "Summe über die Segmente: Umsatzerlöse × Zahlungsziel in Tagen / 365",
            drivers: "Zahlungsziel je Segment und Umsatz (Preis, Rabatt, Absatz).",
            typical_range: "12–20 % der Umsatzerlöse (DSO 45–75 Tage)",
        },
        en: Text {
            term: "Trade receivables",
            definition: "Invoices to customers not yet paid at the balance-sheet date: capital tied up in the payment terms granted. Capital employed and the driver tree use the balance at the start of the year.",
            formula: "Sum over segments: net revenue × payment terms in days / 365",
            drivers: "Payment terms per segment and revenue (price, rebate, volume).",
            typical_range: "12–20% of net revenue (DSO 45–75 days)",
        },
    },
    Record {
        key: "inventory",
        de: Text {
            term: "Vorräte",
            definition: "Fertige, noch nicht verkaufte Erzeugnisse, bewertet zu gewogenen durchschnittlichen variablen Herstellkosten. Gebundenes Kapital, das zusätzlich Lagerkosten verursacht; in Kapitalbindung und Werttreiberbaum zählt der Stand zu Jahresbeginn.",
            formula: "Vorräte zu Jahresbeginn + Herstellkosten der Produktion − Herstellungskosten des Umsatzes",
            drivers: "Produktionsmenge im Verhältnis zum Absatz; Material- und Lohnkosten je Stück.",
            typical_range: "15–25 % der Umsatzerlöse (DIO 60–120 Tage)",
        },
        en: Text {
            term: "Inventory",
            definition: "Finished goods not yet sold, at weighted-average variable manufacturing cost. Capital tied up that also costs holding cost; capital employed and the driver tree use the balance at the start of the year.",
            formula: "Opening inventory + cost of production − COGS",
            drivers: "Production volume relative to sales; material and labour cost per unit.",
            typical_range: "15–25% of net revenue (DIO 60–120 days)",
        },
    },
    Record {
        key: "ppe_gross",
        de: Text {
            term: "Sachanlagen (Anschaffungskosten)",
            definition: "Historische Anschaffungskosten aller Produktionslinien und aktivierten Projekte, vor Abschreibungen.",
            formula: "Anschaffungskosten der Anfangsanlagen + Summe aller Investitionen (Capex)",
            drivers: "Kauf von Produktionslinien und Investitionsprojekten.",
            typical_range: "40–70 % der Umsatzerlöse",
        },
        en: Text {
            term: "PP&E at cost (gross)",
            definition: "Historical cost of all production lines and capitalised projects, before depreciation.",
            formula: "Cost of the opening assets + all capital expenditure",
            drivers: "Production lines and projects bought.",
            typical_range: "40–70% of net revenue",
        },
    },
    Record {
        key: "accumulated_depreciation",
        de: Text {
            term: "Kumulierte Abschreibungen",
            definition: "Summe aller bisherigen Abschreibungen auf die Sachanlagen. Wird als positiver Betrag gezeigt und von den Anschaffungskosten abgezogen.",
            formula: "kumulierte Abschreibungen zu Jahresbeginn + Abschreibungen des Jahres",
            drivers: "Alter und Nutzungsdauer der Anlagen; Kauf von Linien und Projekten.",
            typical_range: "50–70 % der Anschaffungskosten bei einem älteren Anlagenpark",
        },
        en: Text {
            term: "Accumulated depreciation",
            definition: "All depreciation charged on the PP&E so far. Shown as a positive amount and subtracted from cost.",
            formula: "Opening accumulated depreciation + the year's depreciation",
            drivers: "Age and useful lives of the assets; lines and projects bought.",
            typical_range: "50–70% of cost for an older plant",
        },
    },
    Record {
        key: "ppe_net",
        de: Text {
            term: "Sachanlagen (Buchwert)",
            definition: "Restbuchwert der Produktionslinien und Projekte: der Teil des Anlagevermögens, der im eingesetzten Kapital steckt.",
            formula: "Anschaffungskosten − kumulierte Abschreibungen",
            drivers: "Kauf von Linien und Projekten (erhöht), Abschreibungen (senken).",
            typical_range: "25–40 % der Umsatzerlöse; 30–50 % der Bilanzsumme",
        },
        en: Text {
            term: "PP&E, net",
            definition: "Net book value of the production lines and projects: the fixed assets within capital employed.",
            formula: "PP&E at cost − accumulated depreciation",
            drivers: "Lines and projects bought (raise it), depreciation (lowers it).",
            typical_range: "25–40% of net revenue; 30–50% of total assets",
        },
    },
    Record {
        key: "total_assets",
        de: Text {
            term: "Bilanzsumme (Summe Aktiva)",
            definition: "Alles, was das Unternehmen besitzt, zu Buchwerten; gleich der Summe der Passiva.",
            formula: "Liquide Mittel + Forderungen + Vorräte + Sachanlagen (Buchwert)",
            drivers: "Investitionen, Working Capital (Zahlungsziel, Produktion) und Kassenbestand (Finanzierung, Dividende).",
            typical_range: "60–90 % der Umsatzerlöse",
        },
        en: Text {
            term: "Total assets",
            definition: "Everything the company owns at book value; equal to total equity and liabilities.",
            formula: "Cash + receivables + inventory + net PP&E",
            drivers: "Capex, working capital (payment terms, production) and cash (financing, dividend).",
            typical_range: "60–90% of net revenue",
        },
    },
    Record {
        key: "payables",
        de: Text {
            term: "Verbindlichkeiten aus Lieferungen und Leistungen",
            definition: "Noch nicht bezahlte Materialrechnungen der Lieferanten: zinsloser Lieferantenkredit, der das eingesetzte Kapital verringert. Im Werttreiberbaum zählt der Stand zu Jahresbeginn.",
            formula: "Materialeinkauf des Jahres × Lieferantenziel in Tagen / 365",
            drivers: "Produktionsmenge und Materialpreise; das Lieferantenziel legt das Szenario fest.",
            typical_range: "8–15 % der Umsatzerlöse (DPO 30–60 Tage)",
        },
        en: Text {
            term: "Trade payables",
            definition: "Supplier invoices for materials not yet paid: interest-free supplier credit that reduces capital employed. The driver tree uses the balance at the start of the year.",
            formula: "The year's material purchases × supplier days / 365",
            drivers: "Production volume and material prices; the scenario sets the supplier terms.",
            typical_range: "8–15% of net revenue (DPO 30–60 days)",
        },
    },
    Record {
        key: "tax_payable",
        de: Text {
            term: "Steuerverbindlichkeiten",
            definition: "Ertragsteuern des Jahres, die erst im Folgejahr bezahlt werden.",
            formula: "Ertragsteuern des abgelaufenen Jahres",
            drivers: "Alles, was das Ergebnis vor Steuern bewegt.",
            typical_range: "1–3 % der Umsatzerlöse",
        },
        en: Text {
            term: "Tax payable",
            definition: "This year's income tax, paid the following year.",
            formula: "Income tax of the year just closed",
            drivers: "Anything that moves earnings before tax.",
            typical_range: "1–3% of net revenue",
        },
    },
    Record {
        key: "loans",
        de: Text {
            term: "Darlehen (Bankverbindlichkeiten)",
            definition: "Langfristige, verzinsliche Bankdarlehen. Fremdkapital ist günstiger als Eigenkapital, erhöht aber Zinslast und Risiko.",
            formula: "Darlehen zu Jahresbeginn + Aufnahme − Tilgung (höchstens das Kreditlimit des Szenarios)",
            drivers: "Darlehensaufnahme und -tilgung.",
            typical_range: "Verschuldungsgrad 0,3–1,0; Nettoverschuldung höchstens 2,5 × EBITDA",
        },
        en: Text {
            term: "Long-term loans",
            definition: "Interest-bearing bank loans. Debt is cheaper than equity but adds interest and risk.",
            formula: "Opening loans + drawn − repaid (up to the scenario's loan limit)",
            drivers: "Loans drawn and repaid.",
            typical_range: "Gearing 0.3–1.0; net debt at most 2.5 × EBITDA",
        },
    },
    Record {
        key: "overdraft",
        de: Text {
            term: "Kontokorrentkredit",
            definition: "Kurzfristiger Bankkredit, der automatisch gezogen wird, wenn die liquiden Mittel unter das Mindestniveau fallen. Teuer: Einmalgebühr plus höherer Zins im Folgejahr.",
            formula: "Fehlbetrag unter dem Mindestbestand / (1 − Gebührensatz); wird zu Beginn des Folgejahres vollständig zurückgezahlt",
            drivers: "Liquiditätsplanung: Zahlungsziel, Produktion, Investitionen, Darlehen, Kapitalerhöhung, Dividende.",
            typical_range: "0 € – ein Kontokorrentkredit zum Jahresende ist ein Warnsignal",
        },
        en: Text {
            term: "Overdraft",
            definition: "Short-term bank credit drawn automatically when cash falls below the minimum. Expensive: a one-off fee plus a higher rate the following year.",
            formula: "Shortfall below minimum cash / (1 − fee rate); repaid in full at the start of the next year",
            drivers: "Cash planning: payment terms, production, capex, loans, equity raised, dividend.",
            typical_range: "€0 — an overdraft at year end is a warning sign",
        },
    },
    Record {
        key: "total_liabilities",
        de: Text {
            term: "Verbindlichkeiten gesamt (Fremdkapital)",
            definition: "Alle Schulden des Unternehmens: Lieferanten, Steuern, Darlehen und Kontokorrent.",
            formula: "Verbindlichkeiten aus L. u. L. + Steuerverbindlichkeiten + Darlehen + Kontokorrentkredit",
            drivers: "Darlehen, Liquidität (Kontokorrent), Produktion (Lieferanten), Ergebnis (Steuern).",
            typical_range: "50–70 % der Bilanzsumme",
        },
        en: Text {
            term: "Total liabilities",
            definition: "Everything the company owes: suppliers, tax, loans and overdraft.",
            formula: "Trade payables + tax payable + loans + overdraft",
            drivers: "Loans, liquidity (overdraft), production (suppliers), profit (tax).",
            typical_range: "50–70% of total assets",
        },
    },
    Record {
        key: "subscribed_capital",
        de: Text {
            term: "Gezeichnetes Kapital",
            definition: "Von den Gesellschaftern eingezahltes Kapital (Stamm- oder Grundkapital), hier einschließlich jeder Kapitalerhöhung.",
            formula: "gezeichnetes Kapital zu Jahresbeginn + Kapitalerhöhung",
            drivers: "Kapitalerhöhung.",
            typical_range: "10–30 % des Eigenkapitals",
        },
        en: Text {
            term: "Subscribed capital",
            definition: "Capital paid in by the shareholders, here including every equity raise.",
            formula: "Opening subscribed capital + equity raised",
            drivers: "Equity raised.",
            typical_range: "10–30% of equity",
        },
    },
    Record {
        key: "retained_earnings",
        de: Text {
            term: "Gewinnrücklagen",
            definition: "Einbehaltene Gewinne früherer Jahre und des laufenden Jahres, abzüglich ausgeschütteter Dividenden. Obergrenze für die Dividende.",
            formula: "Gewinnrücklagen zu Jahresbeginn + Jahresüberschuss − Dividende",
            drivers: "Jahresüberschuss und Dividende.",
            typical_range: "70–90 % des Eigenkapitals",
        },
        en: Text {
            term: "Retained earnings",
            definition: "Profits of earlier years and this year kept in the company, less dividends paid. The dividend cannot exceed them.",
            formula: "Opening retained earnings + net income − dividend",
            drivers: "Net income and dividend.",
            typical_range: "70–90% of equity",
        },
    },
    Record {
        key: "total_equity",
        de: Text {
            term: "Eigenkapital",
            definition: "Buchwert des Eigentums der Gesellschafter; Verlustpuffer des Unternehmens. Bei Eigenkapital ≤ 0 ist das Unternehmen bilanziell überschuldet.",
            formula: "gezeichnetes Kapital + Gewinnrücklagen",
            drivers: "Jahresüberschuss, Dividende, Kapitalerhöhung.",
            typical_range: "30–50 % der Bilanzsumme",
        },
        en: Text {
            term: "Total equity",
            definition: "Book value of the shareholders' stake; the company's buffer against losses. Equity at or below zero means the balance sheet is insolvent.",
            formula: "Subscribed capital + retained earnings",
            drivers: "Net income, dividend, equity raised.",
            typical_range: "30–50% of total assets",
        },
    },
    Record {
        key: "total_equity_and_liabilities",
        de: Text {
            term: "Bilanzsumme (Summe Passiva)",
            definition: "Herkunft aller Mittel: Eigenkapital plus Fremdkapital. Gleich der Summe der Aktiva, sonst sind die Bücher falsch.",
            formula: "Eigenkapital + Verbindlichkeiten gesamt",
            drivers: "Finanzierung (Darlehen, Kapitalerhöhung, Dividende), Ergebnis, Lieferantenkredit.",
            typical_range: "gleich der Summe Aktiva",
        },
        en: Text {
            term: "Total equity and liabilities",
            definition: "Where all funds come from: equity plus liabilities. It equals total assets, or the books are wrong.",
            formula: "Total equity + total liabilities",
            drivers: "Financing (loans, equity raised, dividend), profit, supplier credit.",
            typical_range: "Equal to total assets",
        },
    },
    // Cash-flow statement (indirect method).
    Record {
        key: "change_receivables",
        de: Text {
            term: "Veränderung der Forderungen",
            definition: "Mittelbindung oder -freisetzung durch die Forderungen: Steigen sie, ist Umsatz gebucht, aber noch nicht bezahlt, und der Cashflow sinkt. Positiv heißt: Geld freigesetzt.",
            formula: "Forderungen zu Jahresbeginn − Forderungen zum Jahresende",
            drivers: "Zahlungsziel je Segment und Umsatzentwicklung.",
            typical_range: "bei 5 % Wachstum und DSO 60 Tage: etwa −1 % der Umsatzerlöse",
        },
        en: Text {
            term: "Change in receivables",
            definition: "Cash tied up or released by receivables: when they rise, revenue is booked but not yet collected and cash flow falls. Positive means cash released.",
            formula: "Opening receivables − closing receivables",
            drivers: "Payment terms per segment and revenue growth.",
            typical_range: "At 5% growth and DSO 60 days: about −1% of net revenue",
        },
    },
    Record {
        key: "change_inventory",
        de: Text {
            term: "Veränderung der Vorräte",
            definition: "Mittelbindung oder -freisetzung durch die Vorräte: Produktion auf Lager kostet Geld, bevor sie Umsatz bringt. Positiv heißt: Lager abgebaut, Geld freigesetzt.",
            formula: "Vorräte zu Jahresbeginn − Vorräte zum Jahresende",
            drivers: "Produktionsmenge im Verhältnis zum Absatz.",
            typical_range: "nahe 0 bei Produktion im Takt des Absatzes",
        },
        en: Text {
            term: "Change in inventory",
            definition: "Cash tied up or released by inventory: producing for stock costs cash before it brings revenue. Positive means stock run down and cash released.",
            formula: "Opening inventory − closing inventory",
            drivers: "Production volume relative to sales.",
            typical_range: "Close to 0 when production follows sales",
        },
    },
    Record {
        key: "change_payables",
        de: Text {
            term: "Veränderung der Verbindlichkeiten aus L. u. L.",
            definition: "Finanzierung durch Lieferanten: Steigen die Verbindlichkeiten, ist Material verbraucht, aber noch nicht bezahlt, und der Cashflow steigt.",
            formula: "Verbindlichkeiten aus L. u. L. zum Jahresende − zu Jahresbeginn",
            drivers: "Produktionsmenge und Materialpreise.",
            typical_range: "klein; wächst mit der Produktion",
        },
        en: Text {
            term: "Change in trade payables",
            definition: "Financing by suppliers: when payables rise, material is used but not yet paid for and cash flow rises.",
            formula: "Closing trade payables − opening trade payables",
            drivers: "Production volume and material prices.",
            typical_range: "Small; grows with production",
        },
    },
    Record {
        key: "change_tax_payable",
        de: Text {
            term: "Veränderung der Steuerverbindlichkeiten",
            definition: "Unterschied zwischen gebuchtem und gezahltem Steueraufwand: Die Steuer des Jahres wird erst im Folgejahr fällig.",
            formula: "Steuerverbindlichkeiten zum Jahresende − zu Jahresbeginn",
            drivers: "Veränderung des Ergebnisses vor Steuern gegenüber dem Vorjahr.",
            typical_range: "klein; positiv bei steigendem Gewinn",
        },
        en: Text {
            term: "Change in tax payable",
            definition: "The gap between tax booked and tax paid: each year's tax falls due the following year.",
            formula: "Closing tax payable − opening tax payable",
            drivers: "The change in earnings before tax against last year.",
            typical_range: "Small; positive when profit rises",
        },
    },
    Record {
        key: "operating",
        de: Text {
            term: "Cashflow aus laufender Geschäftstätigkeit",
            definition: "Geld, das das operative Geschäft im Jahr erwirtschaftet hat: Jahresüberschuss, bereinigt um nicht zahlungswirksame Abschreibungen und die Veränderung des Working Capital.",
            formula: "Jahresüberschuss + Abschreibungen + Veränderung Forderungen + Veränderung Vorräte + Veränderung Verbindlichkeiten L. u. L. + Veränderung Steuerverbindlichkeiten",
            drivers: "Ergebnis (Preis, Rabatt, Absatz, Budgets) und Working Capital (Zahlungsziel, Produktion).",
            typical_range: "6–12 % der Umsatzerlöse",
        },
        en: Text {
            term: "Cash flow from operations (CFO)",
            definition: "Cash the operating business generated in the year: net income adjusted for non-cash depreciation and the change in working capital.",
            formula: "Net income + depreciation + change in receivables + change in inventory + change in payables + change in tax payable",
            drivers: "Profit (price, rebate, volume, budgets) and working capital (payment terms, production).",
            typical_range: "6–12% of net revenue",
        },
    },
    Record {
        key: "capex",
        de: Text {
            term: "Investitionen (Capex)",
            definition: "Auszahlungen für neue Produktionslinien und Investitionsprojekte im Jahr; als positiver Betrag gezeigt und im Investitions-Cashflow abgezogen.",
            formula: "gekaufte Linien × Preis je Linie + Investitionssumme der gestarteten Projekte",
            drivers: "Produktionslinien und Projekte.",
            typical_range: "ungefähr die Abschreibungen (Substanzerhalt) bis das 1,5-Fache bei Wachstum; 3–6 % der Umsatzerlöse",
        },
        en: Text {
            term: "Capital expenditure (capex)",
            definition: "Cash paid for new production lines and projects in the year; shown as a positive amount and subtracted in investing cash flow.",
            formula: "Lines bought × price per line + capex of the projects started",
            drivers: "Production lines and projects.",
            typical_range: "About depreciation (maintenance) up to 1.5 times it when growing; 3–6% of net revenue",
        },
    },
    Record {
        key: "investing",
        de: Text {
            term: "Cashflow aus Investitionstätigkeit",
            definition: "Mittelabfluss für Investitionen in das Anlagevermögen. In diesem Spiel gibt es keine Anlagenverkäufe, er ist also nie positiv.",
            formula: "− Investitionen (Capex)",
            drivers: "Produktionslinien und Projekte.",
            typical_range: "−3 bis −6 % der Umsatzerlöse",
        },
        en: Text {
            term: "Cash flow from investing (CFI)",
            definition: "Cash spent on fixed assets. The game has no disposals, so it is never positive.",
            formula: "− capex",
            drivers: "Production lines and projects.",
            typical_range: "−3% to −6% of net revenue",
        },
    },
    Record {
        key: "loans_change",
        de: Text {
            term: "Veränderung der Darlehen",
            definition: "Neu aufgenommene Darlehen abzüglich Tilgungen.",
            formula: "Darlehen zum Jahresende − Darlehen zu Jahresbeginn",
            drivers: "Darlehensaufnahme und -tilgung.",
            typical_range: "um 0; Aufnahme bei großen Investitionen",
        },
        en: Text {
            term: "Change in loans",
            definition: "New loans drawn less repayments.",
            formula: "Closing loans − opening loans",
            drivers: "Loans drawn and repaid.",
            typical_range: "Around 0; drawn for large investments",
        },
    },
    Record {
        key: "overdraft_change",
        de: Text {
            term: "Veränderung des Kontokorrentkredits",
            definition: "Neu gezogener abzüglich zurückgeführter Kontokorrentkredit. Der Kredit des Vorjahres wird zu Jahresbeginn vollständig zurückgezahlt.",
            formula: "Kontokorrentkredit zum Jahresende − zu Jahresbeginn",
            drivers: "Liquiditätsplanung: Zahlungsziel, Produktion, Investitionen, Darlehen, Kapitalerhöhung, Dividende.",
            typical_range: "0 €",
        },
        en: Text {
            term: "Change in overdraft",
            definition: "Overdraft drawn less overdraft repaid. Last year's overdraft is repaid in full at the start of the year.",
            formula: "Closing overdraft − opening overdraft",
            drivers: "Cash planning: payment terms, production, capex, loans, equity raised, dividend.",
            typical_range: "€0",
        },
    },
    Record {
        key: "equity_raised",
        de: Text {
            term: "Kapitalerhöhung",
            definition: "Von den Gesellschaftern neu eingezahltes Eigenkapital. Stärkt Eigenkapitalquote und Liquidität, ist aber die teuerste Finanzierungsquelle.",
            formula: "gezeichnetes Kapital zum Jahresende − zu Jahresbeginn",
            drivers: "Kapitalerhöhung.",
            typical_range: "meist 0 €; nur für große Investitionen oder zur Sanierung",
        },
        en: Text {
            term: "Equity raised",
            definition: "New capital paid in by the shareholders. It strengthens the equity ratio and liquidity but is the most expensive source of funds.",
            formula: "Closing subscribed capital − opening subscribed capital",
            drivers: "Equity raised.",
            typical_range: "Usually €0; only for large investments or a rescue",
        },
    },
    Record {
        key: "dividends",
        de: Text {
            term: "Dividende (Ausschüttung)",
            definition: "An die Gesellschafter ausgezahlter Gewinn; als positiver Betrag gezeigt und im Finanzierungs-Cashflow abgezogen. Höchstens die ausschüttbaren Gewinnrücklagen.",
            formula: "beschlossene Dividende, begrenzt auf die Gewinnrücklagen",
            drivers: "Dividende.",
            typical_range: "30–50 % des Vorjahresüberschusses",
        },
        en: Text {
            term: "Dividends",
            definition: "Profit paid out to the shareholders; shown as a positive amount and subtracted in financing cash flow. At most the distributable retained earnings.",
            formula: "Dividend decided, capped at retained earnings",
            drivers: "Dividend.",
            typical_range: "30–50% of last year's net income",
        },
    },
    Record {
        key: "financing",
        de: Text {
            term: "Cashflow aus Finanzierungstätigkeit",
            definition: "Zahlungen mit Kapitalgebern: Darlehen, Kontokorrent, Kapitalerhöhung und Dividende. Zinsen stecken im operativen Cashflow.",
            formula: "Veränderung Darlehen + Veränderung Kontokorrent + Kapitalerhöhung − Dividende",
            drivers: "Darlehen, Kapitalerhöhung, Dividende; automatisch gezogener Kontokorrent.",
            typical_range: "leicht negativ bei einem gesunden, ausschüttenden Unternehmen",
        },
        en: Text {
            term: "Cash flow from financing (CFF)",
            definition: "Cash exchanged with capital providers: loans, overdraft, equity and dividends. Interest sits in operating cash flow.",
            formula: "Change in loans + change in overdraft + equity raised − dividends",
            drivers: "Loans, equity raised, dividend; the automatic overdraft.",
            typical_range: "Slightly negative for a healthy company paying dividends",
        },
    },
    Record {
        key: "net_change",
        de: Text {
            term: "Veränderung der liquiden Mittel",
            definition: "Zu- oder Abnahme des Kassenbestands im Jahr; muss genau der Differenz der Bilanzwerte entsprechen.",
            formula: "operativer Cashflow + Investitions-Cashflow + Finanzierungs-Cashflow = liquide Mittel Ende − Anfang",
            drivers: "Alle Entscheidungen mit Zahlungswirkung.",
            typical_range: "um 0; große Ausschläge zeigen Finanzierungsbedarf oder ungenutzte Liquidität",
        },
        en: Text {
            term: "Net change in cash",
            definition: "The year's increase or decrease in cash; it must equal the difference between the balance-sheet figures exactly.",
            formula: "CFO + CFI + CFF = closing cash − opening cash",
            drivers: "Every decision that moves cash.",
            typical_range: "Around 0; big swings show a funding need or idle cash",
        },
    },
    Record {
        key: "opening_cash",
        de: Text {
            term: "Liquide Mittel zu Jahresbeginn",
            definition: "Kassenbestand laut Schlussbilanz des Vorjahres.",
            formula: "liquide Mittel zum Ende des Vorjahres",
            drivers: "Entscheidungen der Vorjahre.",
            typical_range: "3–10 % der Bilanzsumme",
        },
        en: Text {
            term: "Opening cash",
            definition: "Cash on the closing balance sheet of the year before.",
            formula: "Cash at the end of the previous year",
            drivers: "Decisions of earlier years.",
            typical_range: "3–10% of total assets",
        },
    },
    Record {
        key: "closing_cash",
        de: Text {
            term: "Liquide Mittel zum Jahresende",
            definition: "Kassenbestand laut Schlussbilanz des Jahres.",
            formula: "liquide Mittel zu Jahresbeginn + Veränderung der liquiden Mittel",
            drivers: "Alle Entscheidungen mit Zahlungswirkung.",
            typical_range: "3–10 % der Bilanzsumme, mindestens der Mindestbestand",
        },
        en: Text {
            term: "Closing cash",
            definition: "Cash on the year's closing balance sheet.",
            formula: "Opening cash + net change in cash",
            drivers: "Every decision that moves cash.",
            typical_range: "3–10% of total assets, at least the minimum cash",
        },
    },
    // KPIs.
    Record {
        key: "revenue_growth",
        de: Text {
            term: "Umsatzwachstum",
            definition: "Veränderung der Umsatzerlöse gegenüber dem Vorjahr. Wachstum schafft nur dann Wert, wenn die Rendite auf das zusätzlich gebundene Kapital über den Kapitalkosten liegt.",
            formula: "Umsatzerlöse / Umsatzerlöse des Vorjahres − 1",
            drivers: "Listenpreis, Rabatt, Zahlungsziel, Marketing, F&E, Außendienst, Produktion (Lieferfähigkeit), Marktwachstum.",
            typical_range: "2–8 % p. a.",
        },
        en: Text {
            term: "Revenue growth",
            definition: "Change in net revenue against last year. Growth only creates value if the return on the extra capital it ties up beats the cost of capital.",
            formula: "Net revenue / last year's net revenue − 1",
            drivers: "List price, rebate, payment terms, marketing, R&D, sales force, production (availability), market growth.",
            typical_range: "2–8% a year",
        },
    },
    Record {
        key: "gross_margin",
        de: Text {
            term: "Bruttomarge",
            definition: "Anteil des Bruttoergebnisses an den Umsatzerlösen: wie viel jeder Euro Umsatz nach den Herstellungskosten übrig lässt.",
            formula: "Bruttoergebnis vom Umsatz / Umsatzerlöse",
            drivers: "Listenpreis und Rabatt, Materialpreise, Einsparprojekte.",
            typical_range: "25–40 %",
        },
        en: Text {
            term: "Gross margin",
            definition: "Gross profit as a share of net revenue: what each euro of revenue leaves after the cost of goods sold.",
            formula: "Gross profit / net revenue",
            drivers: "List price and rebate, material prices, cost-saving projects.",
            typical_range: "25–40%",
        },
    },
    Record {
        key: "ebitda_margin",
        de: Text {
            term: "EBITDA-Marge",
            definition: "EBITDA im Verhältnis zu den Umsatzerlösen; operative Ertragskraft vor Abschreibungen.",
            formula: "EBITDA / Umsatzerlöse",
            drivers: "Preis, Rabatt, Budgets (Marketing, F&E, Außendienst), Materialpreise, Absatzmenge (Fixkostendegression).",
            typical_range: "8–15 %",
        },
        en: Text {
            term: "EBITDA margin",
            definition: "EBITDA relative to net revenue; operating earning power before depreciation.",
            formula: "EBITDA / net revenue",
            drivers: "Price, rebate, budgets (marketing, R&D, sales force), material prices, volume (operating leverage).",
            typical_range: "8–15%",
        },
    },
    Record {
        key: "ebit_margin",
        de: Text {
            term: "EBIT-Marge (Umsatzrendite)",
            definition: "EBIT im Verhältnis zu den Umsatzerlösen (Return on Sales). Im Werttreiberbaum ist sie 1 minus die Summe aller Kostenquoten.",
            formula: "EBIT / Umsatzerlöse = 1 − Summe der Kostenquoten",
            drivers: "Preis und Rabatt, alle Kostenquoten: Material, Budgets, Außendienst, Verwaltung, Cost-to-Serve, Lager, Abschreibungen.",
            typical_range: "5–10 %",
        },
        en: Text {
            term: "EBIT margin (return on sales)",
            definition: "EBIT relative to net revenue (ROS). In the driver tree it is one minus the sum of all cost ratios.",
            formula: "EBIT / net revenue = 1 − sum of the cost ratios",
            drivers: "Price and rebate, every cost ratio: material, budgets, sales force, administration, cost to serve, holding, depreciation.",
            typical_range: "5–10%",
        },
    },
    Record {
        key: "net_margin",
        de: Text {
            term: "Nettoumsatzrendite",
            definition: "Jahresüberschuss im Verhältnis zu den Umsatzerlösen; Rendite nach Zinsen und Steuern.",
            formula: "Jahresüberschuss / Umsatzerlöse",
            drivers: "Alles, was EBIT bewegt, dazu Finanzierung (Zinsen) und Steuern.",
            typical_range: "3–7 %",
        },
        en: Text {
            term: "Net margin",
            definition: "Net income relative to net revenue; return after interest and tax.",
            formula: "Net income / net revenue",
            drivers: "Anything that moves EBIT, plus financing (interest) and tax.",
            typical_range: "3–7%",
        },
    },
    Record {
        key: "roe",
        de: Text {
            term: "Eigenkapitalrendite (ROE)",
            definition: "Jahresüberschuss bezogen auf das Eigenkapital zu Jahresbeginn: die Verzinsung des Kapitals der Gesellschafter. Mehr Fremdkapital hebelt sie nach oben, solange die Gesamtkapitalrendite über dem Fremdkapitalzins liegt (Leverage-Effekt).",
            formula: "Jahresüberschuss / Eigenkapital zu Jahresbeginn",
            drivers: "Operative Rendite (Preis, Kosten, Kapitalbindung) und Finanzierungsstruktur (Darlehen, Kapitalerhöhung, Dividende).",
            typical_range: "8–15 %",
        },
        en: Text {
            term: "Return on equity (ROE)",
            definition: "Net income on equity at the start of the year: the return on the shareholders' capital. More debt levers it up as long as the return on assets beats the interest rate.",
            formula: "Net income / opening equity",
            drivers: "Operating return (price, cost, capital tied up) and capital structure (loans, equity raised, dividend).",
            typical_range: "8–15%",
        },
    },
    Record {
        key: "roa",
        de: Text {
            term: "Gesamtkapitalrendite (ROA)",
            definition: "EBIT bezogen auf die Bilanzsumme zu Jahresbeginn: wie viel das gesamte Vermögen vor Zinsen und Steuern erwirtschaftet, einschließlich der Kasse.",
            formula: "EBIT / Bilanzsumme zu Jahresbeginn",
            drivers: "EBIT-Treiber (Preis, Rabatt, Absatz, Kosten) und Vermögen (Linien, Projekte, Working Capital, Kassenbestand).",
            typical_range: "5–10 %",
        },
        en: Text {
            term: "Return on assets (ROA)",
            definition: "EBIT on total assets at the start of the year: what all assets, cash included, earn before interest and tax.",
            formula: "EBIT / opening total assets",
            drivers: "EBIT drivers (price, rebate, volume, cost) and assets (lines, projects, working capital, cash held).",
            typical_range: "5–10%",
        },
    },
    Record {
        key: "roce",
        de: Text {
            term: "ROCE (Kapitalrendite auf das eingesetzte Kapital)",
            definition: "Kapitalrendite vor Steuern: EBIT bezogen auf das zu Jahresbeginn eingesetzte, betrieblich gebundene Kapital (ohne Kasse). Vergleicht man sie mit einem Kapitalkostensatz, muss dieser vor Steuern gerechnet sein.",
            formula: "EBIT / eingesetztes Kapital zu Jahresbeginn",
            drivers: "EBIT-Marge (Preis, Rabatt, Kosten) und Kapitalumschlag (Linien, Projekte, Zahlungsziel, Produktion auf Lager).",
            typical_range: "10–20 %",
        },
        en: Text {
            term: "Return on capital employed (ROCE)",
            definition: "Pre-tax return on capital: EBIT on the operating capital employed at the start of the year (cash excluded). Compare it with a pre-tax cost of capital, not with WACC.",
            formula: "EBIT / opening capital employed",
            drivers: "EBIT margin (price, rebate, cost) and capital turnover (lines, projects, payment terms, production for stock).",
            typical_range: "10–20%",
        },
    },
    Record {
        key: "roic",
        de: Text {
            term: "ROIC (Rendite auf das investierte Kapital)",
            definition: "Kapitalrendite nach Steuern: NOPAT bezogen auf das eingesetzte Kapital zu Jahresbeginn. Liegt sie über den Kapitalkosten (WACC), schafft das Unternehmen Mehrwert.",
            formula: "NOPAT / eingesetztes Kapital zu Jahresbeginn = NOPAT-Marge × Kapitalumschlag",
            drivers: "EBIT-Marge (Preis, Rabatt, Kosten), Steuersatz und Kapitalbindung (Linien, Projekte, Zahlungsziel, Vorräte).",
            typical_range: "7–14 %",
        },
        en: Text {
            term: "Return on invested capital (ROIC)",
            definition: "After-tax return on capital: NOPAT on the capital employed at the start of the year. Above WACC, the company creates value.",
            formula: "NOPAT / opening capital employed = NOPAT margin × capital turnover",
            drivers: "EBIT margin (price, rebate, cost), tax rate and capital tied up (lines, projects, payment terms, inventory).",
            typical_range: "7–14%",
        },
    },
    Record {
        key: "capital_turnover",
        de: Text {
            term: "Kapitalumschlag",
            definition: "Wie oft das eingesetzte Kapital im Jahr über den Umsatz umgeschlagen wird: wie viel Umsatz jeder gebundene Euro bringt.",
            formula: "Umsatzerlöse / eingesetztes Kapital zu Jahresbeginn",
            drivers: "Umsatz (Preis, Rabatt, Absatz) und Kapitalbindung (Linien, Projekte, Zahlungsziel, Vorräte, Lieferantenkredit).",
            typical_range: "1,2–2,0 ×",
        },
        en: Text {
            term: "Capital turnover",
            definition: "How many times capital employed turns over through revenue in a year: the revenue each euro tied up brings in.",
            formula: "Net revenue / opening capital employed",
            drivers: "Revenue (price, rebate, volume) and capital tied up (lines, projects, payment terms, inventory, supplier credit).",
            typical_range: "1.2–2.0×",
        },
    },
    Record {
        key: "dso_days",
        de: Text {
            term: "Forderungsreichweite (DSO)",
            definition: "Wie viele Tage Umsatz im Durchschnitt als Forderungen ausstehen (Days Sales Outstanding). Jeder Tag mehr bindet Kapital und kostet Kapitalkosten.",
            formula: "Forderungen zum Jahresende / Umsatzerlöse × 365",
            drivers: "Zahlungsziel je Segment, gewichtet mit dem Umsatz des Segments.",
            typical_range: "45–75 Tage",
        },
        en: Text {
            term: "Days sales outstanding (DSO)",
            definition: "How many days of revenue are outstanding as receivables on average. Each extra day ties up capital and costs a capital charge.",
            formula: "Closing receivables / net revenue × 365",
            drivers: "Payment terms per segment, weighted by the segment's revenue.",
            typical_range: "45–75 days",
        },
    },
    Record {
        key: "dio_days",
        de: Text {
            term: "Lagerreichweite (DIO)",
            definition: "Für wie viele Tage Absatz die Vorräte reichen (Days Inventory Outstanding), gemessen an den Herstellungskosten des Umsatzes.",
            formula: "Vorräte zum Jahresende / Herstellungskosten des Umsatzes × 365",
            drivers: "Produktionsmenge im Verhältnis zum Absatz.",
            typical_range: "60–120 Tage",
        },
        en: Text {
            term: "Days inventory outstanding (DIO)",
            definition: "How many days of sales the stock covers, measured at cost of goods sold.",
            formula: "Closing inventory / COGS × 365",
            drivers: "Production volume relative to sales.",
            typical_range: "60–120 days",
        },
    },
    Record {
        key: "dpo_days",
        de: Text {
            term: "Kreditorenlaufzeit (DPO)",
            definition: "Wie viele Tage die Lieferanten im Durchschnitt auf ihr Geld warten (Days Payables Outstanding), bezogen auf die Materialeinkäufe auf Ziel; in der Analyse eines Geschäftsberichts ohne Einkaufszahlen vereinfacht auf die Herstellungskosten des Umsatzes.",
            formula: "Verbindlichkeiten aus L. u. L. zum Jahresende / Materialeinkäufe × 365 (ersatzweise / Herstellungskosten des Umsatzes × 365)",
            drivers: "Produktionsmenge und Materialpreise; das Lieferantenziel legt das Szenario fest.",
            typical_range: "30–60 Tage",
        },
        en: Text {
            term: "Days payables outstanding (DPO)",
            definition: "How many days suppliers wait for their money on average, based on materials bought on credit; when analysing a published report without purchase figures, simplified to cost of goods sold.",
            formula: "Closing trade payables / material purchases × 365 (else / COGS × 365)",
            drivers: "Production volume and material prices; the scenario sets the supplier terms.",
            typical_range: "30–60 days",
        },
    },
    Record {
        key: "cash_conversion_cycle_days",
        de: Text {
            term: "Cash Conversion Cycle (Geldumschlagsdauer)",
            definition: "Tage zwischen der Bezahlung der Lieferanten und dem Zahlungseingang vom Kunden: so lange muss das Unternehmen sein Umlaufvermögen selbst finanzieren.",
            formula: "DSO + DIO − DPO",
            drivers: "Zahlungsziel, Produktion auf Lager, Lieferantenkredit.",
            typical_range: "60–130 Tage",
        },
        en: Text {
            term: "Cash conversion cycle (CCC)",
            definition: "Days between paying suppliers and collecting from customers: how long the company funds its working capital itself.",
            formula: "DSO + DIO − DPO",
            drivers: "Payment terms, production for stock, supplier credit.",
            typical_range: "60–130 days",
        },
    },
    Record {
        key: "net_working_capital",
        de: Text {
            term: "Net Working Capital (Nettoumlaufvermögen)",
            definition: "Im operativen Kreislauf gebundenes Kapital: Forderungen und Vorräte abzüglich Lieferantenkredit (ohne Kasse und Steuern). Teil des eingesetzten Kapitals.",
            formula: "Forderungen + Vorräte − Verbindlichkeiten aus L. u. L. (zum Jahresende)",
            drivers: "Zahlungsziel, Produktionsmenge, Umsatz.",
            typical_range: "20–30 % der Umsatzerlöse",
        },
        en: Text {
            term: "Net working capital (NWC)",
            definition: "Capital tied up in the operating cycle: receivables and inventory less supplier credit (cash and tax excluded). Part of capital employed.",
            formula: "Receivables + inventory − trade payables (closing)",
            drivers: "Payment terms, production volume, revenue.",
            typical_range: "20–30% of net revenue",
        },
    },
    Record {
        key: "current_ratio",
        de: Text {
            term: "Liquidität 3. Grades (Current Ratio)",
            definition: "Deckung der kurzfristigen Verbindlichkeiten durch das Umlaufvermögen zum Jahresende.",
            formula: "(liquide Mittel + Forderungen + Vorräte) / (Verbindlichkeiten L. u. L. + Steuerverbindlichkeiten + Kontokorrentkredit)",
            drivers: "Kassenbestand (Finanzierung, Dividende), Zahlungsziel, Produktion, Kontokorrent.",
            typical_range: "1,5–2,5 ×",
        },
        en: Text {
            term: "Current ratio",
            definition: "Current assets covering current liabilities at year end.",
            formula: "(Cash + receivables + inventory) / (trade payables + tax payable + overdraft)",
            drivers: "Cash (financing, dividend), payment terms, production, overdraft.",
            typical_range: "1.5–2.5×",
        },
    },
    Record {
        key: "quick_ratio",
        de: Text {
            term: "Liquidität 2. Grades (Quick Ratio)",
            definition: "Deckung der kurzfristigen Verbindlichkeiten ohne die Vorräte, die erst verkauft werden müssen.",
            formula: "(liquide Mittel + Forderungen) / (Verbindlichkeiten L. u. L. + Steuerverbindlichkeiten + Kontokorrentkredit)",
            drivers: "Kassenbestand (Finanzierung, Dividende), Zahlungsziel, Kontokorrent.",
            typical_range: "0,8–1,5 ×",
        },
        en: Text {
            term: "Quick ratio (acid test)",
            definition: "Current liabilities covered without inventory, which first has to be sold.",
            formula: "(Cash + receivables) / (trade payables + tax payable + overdraft)",
            drivers: "Cash (financing, dividend), payment terms, overdraft.",
            typical_range: "0.8–1.5×",
        },
    },
    Record {
        key: "equity_ratio",
        de: Text {
            term: "Eigenkapitalquote",
            definition: "Anteil des Eigenkapitals an der Bilanzsumme zum Jahresende: Maß für Krisenfestigkeit und Kreditwürdigkeit.",
            formula: "Eigenkapital / Bilanzsumme (zum Jahresende)",
            drivers: "Jahresüberschuss, Dividende, Kapitalerhöhung, Darlehen, Bilanzwachstum.",
            typical_range: "30–50 %",
        },
        en: Text {
            term: "Equity ratio",
            definition: "Equity as a share of total assets at year end: a measure of resilience and creditworthiness.",
            formula: "Total equity / total assets (closing)",
            drivers: "Net income, dividend, equity raised, loans, balance-sheet growth.",
            typical_range: "30–50%",
        },
    },
    Record {
        key: "gearing",
        de: Text {
            term: "Verschuldungsgrad (Gearing)",
            definition: "Verzinsliche Schulden im Verhältnis zum Eigenkapital zum Jahresende.",
            formula: "(Darlehen + Kontokorrentkredit) / Eigenkapital",
            drivers: "Darlehen, Kontokorrent, Kapitalerhöhung, Dividende, Jahresüberschuss.",
            typical_range: "0,3–1,0 ×",
        },
        en: Text {
            term: "Gearing",
            definition: "Interest-bearing debt relative to equity at year end.",
            formula: "(Loans + overdraft) / total equity",
            drivers: "Loans, overdraft, equity raised, dividend, net income.",
            typical_range: "0.3–1.0×",
        },
    },
    Record {
        key: "net_debt",
        de: Text {
            term: "Nettofinanzverschuldung",
            definition: "Verzinsliche Schulden abzüglich liquider Mittel zum Jahresende; negativ heißt Nettofinanzguthaben.",
            formula: "Darlehen + Kontokorrentkredit − liquide Mittel",
            drivers: "Darlehen, operativer Cashflow, Investitionen, Kapitalerhöhung, Dividende.",
            typical_range: "0–2,5 × EBITDA",
        },
        en: Text {
            term: "Net debt",
            definition: "Interest-bearing debt less cash at year end; negative means net cash.",
            formula: "Loans + overdraft − cash",
            drivers: "Loans, operating cash flow, capex, equity raised, dividend.",
            typical_range: "0–2.5 × EBITDA",
        },
    },
    Record {
        key: "net_debt_to_ebitda",
        de: Text {
            term: "Nettoverschuldung / EBITDA (dynamischer Verschuldungsgrad)",
            definition: "In wie vielen Jahren das Unternehmen seine Nettoschulden aus dem EBITDA tilgen könnte; die übliche Kennzahl in Kreditverträgen (Covenants).",
            formula: "Nettofinanzverschuldung / EBITDA",
            drivers: "Darlehen, Kassenbestand, Ertragskraft (Preis, Rabatt, Absatz, Kosten).",
            typical_range: "0–2,5 ×; über 3,5 × wird es bei Banken kritisch",
        },
        en: Text {
            term: "Net debt / EBITDA (leverage)",
            definition: "How many years of EBITDA would repay net debt; the usual covenant in loan agreements.",
            formula: "Net debt / EBITDA",
            drivers: "Loans, cash, earning power (price, rebate, volume, cost).",
            typical_range: "0–2.5×; above 3.5× banks get nervous",
        },
    },
    Record {
        key: "interest_coverage",
        de: Text {
            term: "Zinsdeckungsgrad",
            definition: "Wie oft das EBIT den Zinsaufwand (brutto, vor Zinserträgen) deckt.",
            formula: "EBIT / Zinsaufwand",
            drivers: "Ertragskraft und Verschuldung (Darlehen, Kontokorrent), Zinsniveau.",
            typical_range: "5–10 ×; unter 2 × kritisch",
        },
        en: Text {
            term: "Interest coverage",
            definition: "How many times EBIT covers interest expense (gross, before interest income).",
            formula: "EBIT / interest expense",
            drivers: "Earning power and debt (loans, overdraft), interest rates.",
            typical_range: "5–10×; below 2× critical",
        },
    },
    Record {
        key: "free_cash_flow",
        de: Text {
            term: "Free Cashflow",
            definition: "Geld, das nach den Investitionen aus dem operativen Geschäft übrig bleibt, um Darlehen zu tilgen und Dividenden zu zahlen. Zinsen sind hier bereits abgezogen, weil sie im operativen Cashflow stecken.",
            formula: "Cashflow aus laufender Geschäftstätigkeit + Cashflow aus Investitionstätigkeit",
            drivers: "Ergebnis, Working Capital (Zahlungsziel, Produktion) und Investitionen (Linien, Projekte).",
            typical_range: "2–6 % der Umsatzerlöse",
        },
        en: Text {
            term: "Free cash flow (FCF)",
            definition: "Cash left from operations after capex, available to repay loans and pay dividends. Interest is already deducted, as it sits in operating cash flow.",
            formula: "Cash flow from operations + cash flow from investing",
            drivers: "Profit, working capital (payment terms, production) and capex (lines, projects).",
            typical_range: "2–6% of net revenue",
        },
    },
    Record {
        key: "break_even_units",
        de: Text {
            term: "Break-even-Menge (Gewinnschwelle)",
            definition: "Absatzmenge, bei der der Deckungsbeitrag gerade die Fixkosten deckt und das EBIT null ist, beim Preis- und Kostenniveau des Jahres.",
            formula: "Fixkosten / Deckungsbeitrag je Stück, aufgerundet; Deckungsbeitrag = Umsatzerlöse − Herstellungskosten des Umsatzes − Cost-to-Serve; Fixkosten = Marketing + F&E + Außendienst + Verwaltung + Lagerhaltung + Abschreibungen",
            drivers: "Nettopreis (Listenpreis, Rabatt), variable Kosten (Material, Lohn, Cost-to-Serve), Fixkosten (Budgets, Außendienst, Linien, Projekte).",
            typical_range: "60–85 % der verkauften Menge (Sicherheitsabstand 15–40 %)",
        },
        en: Text {
            term: "Break-even volume",
            definition: "The volume at which contribution just covers fixed costs and EBIT is zero, at the year's prices and costs.",
            formula: "Fixed costs / contribution per unit, rounded up; contribution = net revenue − COGS − cost to serve; fixed costs = marketing + R&D + sales force + administration + inventory holding + depreciation",
            drivers: "Net price (list price, rebate), variable cost (material, labour, cost to serve), fixed cost (budgets, sales force, lines, projects).",
            typical_range: "60–85% of units sold (margin of safety 15–40%)",
        },
    },
    Record {
        key: "capacity_utilisation",
        de: Text {
            term: "Kapazitätsauslastung",
            definition: "Anteil der möglichen Produktionsmenge, der tatsächlich produziert wurde. Ungenutzte Linien binden Kapital und verursachen Abschreibungen, ohne Deckungsbeitrag zu bringen.",
            formula: "produzierte Stück / Kapazität der Linien und Projekte",
            drivers: "Produktionsmenge, Kauf von Linien und Kapazitätsprojekten.",
            typical_range: "75–90 %",
        },
        en: Text {
            term: "Capacity utilisation",
            definition: "The share of possible output actually produced. Idle lines tie up capital and cost depreciation without earning contribution.",
            formula: "Units produced / capacity of lines and projects",
            drivers: "Production volume, lines and capacity projects bought.",
            typical_range: "75–90%",
        },
    },
    Record {
        key: "market_share",
        de: Text {
            term: "Marktanteil (Menge)",
            definition: "Eigener Absatz in Stück im Verhältnis zum Absatz aller Anbieter über alle Segmente. Marktanteil ist kein Selbstzweck: mit Rabatten gekaufter Anteil kann Wert vernichten.",
            formula: "eigene verkaufte Stück / verkaufte Stück aller Unternehmen",
            drivers: "Preis nach Rabatt, Zahlungsziel, Marketing (Marke), F&E (Qualität), Außendienst (Abdeckung), Lieferfähigkeit; Entscheidungen der Wettbewerber.",
            typical_range: "bei n Wettbewerbern um 1/n; 10–30 %",
        },
        en: Text {
            term: "Market share (units)",
            definition: "Own unit sales relative to unit sales of all companies across all segments. Share is not a goal in itself: share bought with rebates can destroy value.",
            formula: "Own units sold / units sold by all companies",
            drivers: "Price after rebate, payment terms, marketing (brand), R&D (quality), sales force (coverage), availability; competitors' decisions.",
            typical_range: "Around 1/n with n competitors; 10–30%",
        },
    },
    // Value: EVA and its driver tree.
    Record {
        key: "nopat",
        de: Text {
            term: "NOPAT (operatives Ergebnis nach Steuern)",
            definition: "Net Operating Profit After Taxes: das EBIT nach einer fiktiven Steuer, als wäre das Unternehmen rein eigenfinanziert. Ein negatives EBIT ergibt ein negatives NOPAT (Steuerersparnis); Verlustvorträge bleiben außen vor.",
            formula: "EBIT × (1 − Steuersatz), auf Cent gerundet",
            drivers: "Alle EBIT-Treiber: Preis, Rabatt, Absatz, Budgets, Außendienst, Materialpreise, Linien und Projekte.",
            typical_range: "3,5–7 % der Umsatzerlöse",
        },
        en: Text {
            term: "NOPAT (net operating profit after tax)",
            definition: "EBIT after a notional tax, as if the company had no debt. A negative EBIT gives a negative NOPAT (a tax saving); tax losses carried forward are ignored.",
            formula: "EBIT × (1 − tax rate), rounded to cents",
            drivers: "Every EBIT driver: price, rebate, volume, budgets, sales force, material prices, lines and projects.",
            typical_range: "3.5–7% of net revenue",
        },
    },
    Record {
        key: "capital_employed_open",
        de: Text {
            term: "Eingesetztes Kapital zu Jahresbeginn (Kapitalbindung)",
            definition: "Das betrieblich gebundene Kapital laut Eröffnungsbilanz des Jahres, auf das die Kapitalkosten des EVA berechnet werden. Die Kasse zählt nicht dazu, der zinslose Lieferantenkredit wird abgezogen.",
            formula: "Sachanlagen (Buchwert) + Vorräte + Forderungen − Verbindlichkeiten aus L. u. L., jeweils zu Jahresbeginn",
            drivers: "Entscheidungen der Vorjahre: Linien und Projekte, Zahlungsziel, Produktion auf Lager; Abschreibungen senken es.",
            typical_range: "50–80 % der Umsatzerlöse (Kapitalumschlag 1,2–2,0 ×)",
        },
        en: Text {
            term: "Opening capital employed",
            definition: "The operating capital on the year's opening balance sheet that EVA charges the cost of capital on. Cash is left out; interest-free supplier credit is deducted.",
            formula: "Net PP&E + inventory + receivables − trade payables, all at the start of the year",
            drivers: "Earlier years' decisions: lines and projects, payment terms, production for stock; depreciation lowers it.",
            typical_range: "50–80% of net revenue (capital turnover 1.2–2.0×)",
        },
    },
    Record {
        key: "capital_employed",
        de: Text {
            term: "Eingesetztes Kapital (Capital Employed)",
            definition: "Im operativen Geschäft gebundenes Kapital: Anlagen plus Net Working Capital, ohne Kasse. Im Werttreiberbaum der Stand zu Jahresbeginn, auf den die Kapitalkosten anfallen.",
            formula: "Sachanlagen (Buchwert) + Vorräte + Forderungen − Verbindlichkeiten aus L. u. L.",
            drivers: "Linien und Projekte, Zahlungsziel, Produktionsmenge, Abschreibungen.",
            typical_range: "50–80 % der Umsatzerlöse",
        },
        en: Text {
            term: "Capital employed (CE)",
            definition: "Capital tied up in operations: fixed assets plus net working capital, cash excluded. In the driver tree, the balance at the start of the year that bears the capital charge.",
            formula: "Net PP&E + inventory + receivables − trade payables",
            drivers: "Lines and projects, payment terms, production volume, depreciation.",
            typical_range: "50–80% of net revenue",
        },
    },
    Record {
        key: "net_fixed_assets",
        de: Text {
            term: "Anlagevermögen (Buchwert)",
            definition: "Sachanlagen zu Restbuchwerten zu Jahresbeginn; der größte Block des eingesetzten Kapitals.",
            formula: "Sachanlagen (Anschaffungskosten) − kumulierte Abschreibungen, zu Jahresbeginn",
            drivers: "Linien und Projekte der Vorjahre; Abschreibungen senken den Wert.",
            typical_range: "50–70 % des eingesetzten Kapitals",
        },
        en: Text {
            term: "Net fixed assets",
            definition: "PP&E at net book value at the start of the year; the largest block of capital employed.",
            formula: "PP&E at cost − accumulated depreciation, at the start of the year",
            drivers: "Lines and projects of earlier years; depreciation lowers it.",
            typical_range: "50–70% of capital employed",
        },
    },
    Record {
        key: "cost_of_equity",
        de: Text {
            term: "Eigenkapitalkosten (k_E)",
            definition: "Die Rendite, die die Gesellschafter für ihr Risiko mindestens erwarten; legt das Szenario fest.",
            formula: "Vorgabe des Szenarios (z. B. risikoloser Zins + Marktrisikoprämie × Beta)",
            drivers: "Szenario; keine Entscheidung im Spiel.",
            typical_range: "9–12 %",
        },
        en: Text {
            term: "Cost of equity (k_E)",
            definition: "The minimum return shareholders expect for their risk; set by the scenario.",
            formula: "Scenario setting (e.g. risk-free rate + beta × market risk premium)",
            drivers: "The scenario; no decision in the game.",
            typical_range: "9–12%",
        },
    },
    Record {
        key: "cost_of_debt",
        de: Text {
            term: "Fremdkapitalkosten (k_D)",
            definition: "Zinssatz auf verzinsliche Schulden vor Steuern; im WACC nach Steuern angesetzt, weil Zinsen die Steuer mindern. Im Spiel der Darlehenszins des Jahres.",
            formula: "Darlehenszins laut Szenario ± Zinsereignisse",
            drivers: "Zinsereignisse; keine Entscheidung im Spiel.",
            typical_range: "4–7 % vor Steuern",
        },
        en: Text {
            term: "Cost of debt (k_D)",
            definition: "The pre-tax interest rate on interest-bearing debt; WACC uses it after tax because interest reduces tax. In the game, the year's loan rate.",
            formula: "Scenario's loan rate ± interest-rate events",
            drivers: "Interest-rate events; no decision in the game.",
            typical_range: "4–7% before tax",
        },
    },
    Record {
        key: "wacc",
        de: Text {
            term: "WACC (gewichtete Kapitalkosten)",
            definition: "Weighted Average Cost of Capital: die Mindestrendite, die das eingesetzte Kapital verdienen muss, gewichtet nach Buchwerten von Eigen- und Fremdkapital zu Jahresbeginn. Bei Eigenkapital ≤ 0 gelten die Zielgewichte des Szenarios.",
            formula: "E/(D+E) × k_E + D/(D+E) × k_D × (1 − Steuersatz); D = Darlehen + Kontokorrent, E = Eigenkapital, Buchwerte zu Jahresbeginn",
            drivers: "Finanzierungsstruktur: Darlehen, Kapitalerhöhung, Dividende; Zinsereignisse.",
            typical_range: "7–10 %",
        },
        en: Text {
            term: "WACC (weighted average cost of capital)",
            definition: "The minimum return capital employed must earn, weighting equity and debt at book values at the start of the year. Where equity is zero or below, the scenario's target weights apply.",
            formula: "E/(D+E) × k_E + D/(D+E) × k_D × (1 − tax rate); D = loans + overdraft, E = total equity, book values at the start of the year",
            drivers: "Capital structure: loans, equity raised, dividend; interest-rate events.",
            typical_range: "7–10%",
        },
    },
    Record {
        key: "capital_charge",
        de: Text {
            term: "Kapitalkosten (Capital Charge)",
            definition: "Was das zu Jahresbeginn eingesetzte Kapital die Kapitalgeber in diesem Jahr kostet, ob Zinsen tatsächlich fließen oder nicht. NOPAT muss diesen Betrag übersteigen, damit Mehrwert entsteht.",
            formula: "WACC × eingesetztes Kapital zu Jahresbeginn, auf Cent gerundet",
            drivers: "Kapitalbindung (Linien, Projekte, Zahlungsziel, Vorräte) und WACC (Finanzierungsstruktur).",
            typical_range: "4–8 % der Umsatzerlöse",
        },
        en: Text {
            term: "Capital charge",
            definition: "What the capital employed at the start of the year costs its providers this year, whether or not interest is paid. NOPAT must exceed it for value to be created.",
            formula: "WACC × opening capital employed, rounded to cents",
            drivers: "Capital tied up (lines, projects, payment terms, inventory) and WACC (capital structure).",
            typical_range: "4–8% of net revenue",
        },
    },
    Record {
        key: "eva",
        de: Text {
            term: "Mehrwert (EVA, Economic Value Added)",
            definition: "Der Gewinn nach Abzug aller Kapitalkosten, auch der Eigenkapitalkosten: positiv heißt, das Unternehmen verdient mehr als seine Kapitalgeber verlangen, und schafft Wert.",
            formula: "NOPAT − WACC × eingesetztes Kapital zu Jahresbeginn = (ROIC − WACC) × eingesetztes Kapital zu Jahresbeginn",
            drivers: "Alle Entscheidungen: Preis, Rabatt, Absatz und Kosten über NOPAT; Linien, Projekte, Zahlungsziel und Vorräte über die Kapitalbindung; Finanzierung über den WACC.",
            typical_range: "0–5 % des eingesetzten Kapitals; viele Unternehmen liegen um null",
        },
        en: Text {
            term: "Economic Value Added (EVA)",
            definition: "Profit after charging for all capital, equity included: positive means the company earns more than its capital providers require and creates value.",
            formula: "NOPAT − WACC × opening capital employed = (ROIC − WACC) × opening capital employed",
            drivers: "Every decision: price, rebate, volume and cost through NOPAT; lines, projects, payment terms and inventory through capital; financing through WACC.",
            typical_range: "0–5% of capital employed; many companies hover around zero",
        },
    },
    Record {
        key: "spread",
        de: Text {
            term: "Überrendite (Spread: ROIC − WACC)",
            definition: "Um wie viele Prozentpunkte die Rendite nach Steuern über den Kapitalkosten liegt. Nur ein positiver Spread macht Wachstum wertsteigernd.",
            formula: "ROIC − WACC",
            drivers: "NOPAT-Marge (Preis, Rabatt, Kosten), Kapitalumschlag (Kapitalbindung) und WACC (Finanzierung).",
            typical_range: "−3 bis +8 Prozentpunkte",
        },
        en: Text {
            term: "Value spread (ROIC − WACC)",
            definition: "How many percentage points the after-tax return exceeds the cost of capital. Only a positive spread makes growth create value.",
            formula: "ROIC − WACC",
            drivers: "NOPAT margin (price, rebate, cost), capital turnover (capital tied up) and WACC (financing).",
            typical_range: "−3 to +8 percentage points",
        },
    },
    Record {
        key: "nopat_margin",
        de: Text {
            term: "NOPAT-Marge",
            definition: "NOPAT im Verhältnis zu den Umsatzerlösen: die Umsatzrendite nach Steuern im Werttreiberbaum.",
            formula: "NOPAT / Umsatzerlöse ≈ EBIT-Marge × (1 − Steuersatz)",
            drivers: "EBIT-Marge (Preis, Rabatt, alle Kostenquoten) und Steuersatz.",
            typical_range: "3,5–7 %",
        },
        en: Text {
            term: "NOPAT margin",
            definition: "NOPAT relative to net revenue: the after-tax return on sales in the driver tree.",
            formula: "NOPAT / net revenue ≈ EBIT margin × (1 − tax rate)",
            drivers: "EBIT margin (price, rebate, every cost ratio) and tax rate.",
            typical_range: "3.5–7%",
        },
    },
    Record {
        key: "tax_rate",
        de: Text {
            term: "Steuersatz",
            definition: "Ertragsteuersatz laut Szenario; mit ihm werden die Steuer, das NOPAT und der Steuervorteil des Fremdkapitals im WACC berechnet.",
            formula: "Vorgabe des Szenarios",
            drivers: "Szenario; keine Entscheidung im Spiel.",
            typical_range: "rund 30 % (Körperschaftsteuer, Solidaritätszuschlag, Gewerbesteuer)",
        },
        en: Text {
            term: "Tax rate",
            definition: "The scenario's income-tax rate; it sets tax, NOPAT and the tax shield on debt in WACC.",
            formula: "Scenario setting",
            drivers: "The scenario; no decision in the game.",
            typical_range: "About 30% (German corporate tax, solidarity surcharge, trade tax)",
        },
    },
    Record {
        key: "cogs_ratio",
        de: Text {
            term: "Herstellkostenquote",
            definition: "Herstellungskosten des Umsatzes je Euro Umsatz. Rabatte erhöhen sie, weil sie den Umsatz senken, aber nicht die Kosten.",
            formula: "Herstellungskosten des Umsatzes / Umsatzerlöse",
            drivers: "Nettopreis (Listenpreis, Rabatt), Materialpreise, Material- und Lohneinsparprojekte.",
            typical_range: "60–75 %",
        },
        en: Text {
            term: "COGS ratio",
            definition: "Cost of goods sold per euro of revenue. Rebates raise it, because they cut revenue but not cost.",
            formula: "COGS / net revenue",
            drivers: "Net price (list price, rebate), material prices, material and labour saving projects.",
            typical_range: "60–75%",
        },
    },
    Record {
        key: "marketing_ratio",
        de: Text {
            term: "Marketingquote",
            definition: "Marketingaufwand je Euro Umsatz.",
            formula: "Marketingaufwand / Umsatzerlöse",
            drivers: "Marketingbudget; Umsatz.",
            typical_range: "1–4 %",
        },
        en: Text {
            term: "Marketing ratio",
            definition: "Marketing expense per euro of revenue.",
            formula: "Marketing / net revenue",
            drivers: "Marketing budget; revenue.",
            typical_range: "1–4%",
        },
    },
    Record {
        key: "rnd_ratio",
        de: Text {
            term: "F&E-Quote",
            definition: "Forschungs- und Entwicklungsaufwand je Euro Umsatz.",
            formula: "F&E-Aufwand / Umsatzerlöse",
            drivers: "F&E-Budget; Umsatz.",
            typical_range: "2–6 %",
        },
        en: Text {
            term: "R&D ratio",
            definition: "Research and development expense per euro of revenue.",
            formula: "R&D / net revenue",
            drivers: "R&D budget; revenue.",
            typical_range: "2–6%",
        },
    },
    Record {
        key: "sales_force_ratio",
        de: Text {
            term: "Außendienstquote",
            definition: "Kosten des Außendienstes je Euro Umsatz.",
            formula: "Kosten des Außendienstes / Umsatzerlöse",
            drivers: "Anzahl Verkäufer je Segment; Umsatz.",
            typical_range: "3–8 %",
        },
        en: Text {
            term: "Sales force ratio",
            definition: "Sales force cost per euro of revenue.",
            formula: "Sales force cost / net revenue",
            drivers: "Sales headcount per segment; revenue.",
            typical_range: "3–8%",
        },
    },
    Record {
        key: "admin_ratio",
        de: Text {
            term: "Verwaltungskostenquote",
            definition: "Verwaltungskosten je Euro Umsatz; sinkt mit steigendem Umsatz, weil die Verwaltung fix ist.",
            formula: "Verwaltungskosten / Umsatzerlöse",
            drivers: "Umsatz (Fixkostendegression), Projekte mit Verwaltungseinsparung.",
            typical_range: "3–7 %",
        },
        en: Text {
            term: "Administration ratio",
            definition: "Administration cost per euro of revenue; falls as revenue grows, because administration is fixed.",
            formula: "Administration / net revenue",
            drivers: "Revenue (operating leverage), projects that save administration cost.",
            typical_range: "3–7%",
        },
    },
    Record {
        key: "cost_to_serve_ratio",
        de: Text {
            term: "Cost-to-Serve-Quote",
            definition: "Kundenbetreuungskosten je Euro Umsatz; hoch in Segmenten mit teurer Betreuung und niedrigen Nettopreisen.",
            formula: "Kundenbetreuungskosten / Umsatzerlöse",
            drivers: "Segmentmix und Nettopreis (Preis, Rabatt, Zahlungsziel, Außendienst je Segment).",
            typical_range: "1–4 %",
        },
        en: Text {
            term: "Cost-to-serve ratio",
            definition: "Cost to serve per euro of revenue; high in segments that are costly to serve and buy at low net prices.",
            formula: "Cost to serve / net revenue",
            drivers: "Segment mix and net price (price, rebate, payment terms, sales force per segment).",
            typical_range: "1–4%",
        },
    },
    Record {
        key: "inventory_holding_ratio",
        de: Text {
            term: "Lagerkostenquote",
            definition: "Lagerhaltungskosten je Euro Umsatz.",
            formula: "Lagerhaltungskosten / Umsatzerlöse",
            drivers: "Produktionsmenge über dem Absatz.",
            typical_range: "0,5–2 %",
        },
        en: Text {
            term: "Inventory holding ratio",
            definition: "Inventory holding cost per euro of revenue.",
            formula: "Inventory holding / net revenue",
            drivers: "Production beyond sales.",
            typical_range: "0.5–2%",
        },
    },
    Record {
        key: "depreciation_ratio",
        de: Text {
            term: "Abschreibungsquote",
            definition: "Abschreibungen je Euro Umsatz; steigt mit Investitionen, die nicht genug Umsatz bringen.",
            formula: "Abschreibungen / Umsatzerlöse",
            drivers: "Linien und Projekte (Capex) und deren Auslastung über den Umsatz.",
            typical_range: "3–5 %",
        },
        en: Text {
            term: "Depreciation ratio",
            definition: "Depreciation per euro of revenue; rises with investments that do not bring enough revenue.",
            formula: "Depreciation / net revenue",
            drivers: "Lines and projects (capex) and how well revenue uses them.",
            typical_range: "3–5%",
        },
    },
    Record {
        key: "volume_units",
        de: Text {
            term: "Absatzmenge",
            definition: "Verkaufte Stück im Jahr über alle Segmente. Mehr Menge ist nicht automatisch mehr Wert.",
            formula: "Summe über die Segmente: Nachfrage (einschließlich Überlauf von ausverkauften Wettbewerbern), begrenzt auf den verfügbaren Bestand",
            drivers: "Preis nach Rabatt, Zahlungsziel, Marketing, F&E, Außendienst, Produktion (Lieferfähigkeit), Marktwachstum, Wettbewerber.",
            typical_range: "abhängig vom Szenario; gemessen an Kapazität und Marktanteil",
        },
        en: Text {
            term: "Volume (units sold)",
            definition: "Units sold in the year across all segments. More volume is not automatically more value.",
            formula: "Sum over segments: demand (including spill-over from sold-out competitors), capped at the stock available",
            drivers: "Price after rebate, payment terms, marketing, R&D, sales force, production (availability), market growth, competitors.",
            typical_range: "Depends on the scenario; judge it against capacity and market share",
        },
    },
    Record {
        key: "average_net_price",
        de: Text {
            term: "Durchschnittlicher Nettopreis",
            definition: "Durchschnittlich erzielter Preis je Stück nach Rabatten, über alle Segmente gewichtet mit der Menge.",
            formula: "Umsatzerlöse / verkaufte Stück",
            drivers: "Listenpreis und Rabatt je Segment, Segmentmix.",
            typical_range: "abhängig vom Szenario; 3–10 % unter dem Listenpreis",
        },
        en: Text {
            term: "Average net price",
            definition: "The average price achieved per unit after rebates, across segments weighted by volume.",
            formula: "Net revenue / units sold",
            drivers: "List price and rebate per segment, segment mix.",
            typical_range: "Depends on the scenario; 3–10% below list price",
        },
    },
    Record {
        key: "score",
        de: Text {
            term: "Punktzahl (Barwert des EVA)",
            definition: "Summe der EVA aller bisher gespielten Jahre, jeweils mit dem WACC auf den Spielbeginn abgezinst: der geschaffene Marktwert (Market Value Added). Wer sie maximiert, gewinnt.",
            formula: "Summe über die Jahre t: EVA_t / ((1 + WACC_1) × … × (1 + WACC_t))",
            drivers: "Alle Entscheidungen über das EVA jedes Jahres; frühe Jahre zählen stärker.",
            typical_range: "positiv heißt Wert geschaffen; negativ heißt Wert vernichtet",
        },
        en: Text {
            term: "Score (present value of EVA)",
            definition: "The EVA of every year played so far, each discounted at WACC to the start of the game: the market value added. Whoever maximises it wins.",
            formula: "Sum over years t: EVA_t / ((1 + WACC_1) × … × (1 + WACC_t))",
            drivers: "Every decision, through each year's EVA; early years weigh more.",
            typical_range: "Positive means value created; negative, value destroyed",
        },
    },
    // Project appraisal.
    Record {
        key: "npv",
        de: Text {
            term: "Kapitalwert (NPV)",
            definition: "Summe aller Zahlungen eines Projekts, auf heute abgezinst mit dem WACC. Ein positiver Kapitalwert heißt, das Projekt verdient mehr als seine Kapitalkosten und schafft Wert.",
            formula: "Summe über t: Zahlung_t / (1 + WACC)^t, t = 0 ist die Investition",
            drivers: "Investitionssumme, Nutzungsdauer und Effekte des Projekts (Einsparungen, Kapazität, Marke, Qualität), WACC.",
            typical_range: "> 0 €: investieren; < 0 €: ablehnen",
        },
        en: Text {
            term: "Net present value (NPV)",
            definition: "The sum of a project's cash flows discounted to today at WACC. A positive NPV means the project earns more than its cost of capital and creates value.",
            formula: "Sum over t: cash flow_t / (1 + WACC)^t, t = 0 being the investment",
            drivers: "Capex, life and effects of the project (savings, capacity, brand, quality), WACC.",
            typical_range: "> €0: invest; < €0: reject",
        },
    },
    Record {
        key: "irr",
        de: Text {
            term: "Interner Zinsfuß (IRR)",
            definition: "Der Zinssatz, bei dem der Kapitalwert eines Projekts null ist: seine Rendite. Liegt er über dem WACC, lohnt sich das Projekt.",
            formula: "Zinssatz r mit Summe über t: Zahlung_t / (1 + r)^t = 0",
            drivers: "Investitionssumme, Nutzungsdauer und Effekte des Projekts.",
            typical_range: "über dem WACC, meist 10–25 % bei Industrieprojekten",
        },
        en: Text {
            term: "Internal rate of return (IRR)",
            definition: "The rate at which a project's NPV is zero: its return. Above WACC, the project pays.",
            formula: "Rate r with sum over t: cash flow_t / (1 + r)^t = 0",
            drivers: "Capex, life and effects of the project.",
            typical_range: "Above WACC; usually 10–25% for industrial projects",
        },
    },
    Record {
        key: "payback_years",
        de: Text {
            term: "Amortisationsdauer",
            definition: "Jahre, bis die kumulierten, nicht abgezinsten Zahlungen die Investition wieder eingespielt haben. Ein Risikomaß, kein Wertmaß: Was danach kommt, ignoriert es.",
            formula: "erstes Jahr, in dem die kumulierte Zahlung ≥ 0 wird, innerhalb des Jahres linear interpoliert",
            drivers: "Investitionssumme und jährliche Effekte des Projekts.",
            typical_range: "3–6 Jahre",
        },
        en: Text {
            term: "Payback period",
            definition: "Years until the cumulative undiscounted cash flows recover the investment. A risk measure, not a value measure: it ignores everything after.",
            formula: "First year in which the cumulative cash flow reaches ≥ 0, interpolated linearly within the year",
            drivers: "Capex and the project's yearly effects.",
            typical_range: "3–6 years",
        },
    },
    Record {
        key: "discounted_payback_years",
        de: Text {
            term: "Dynamische Amortisationsdauer",
            definition: "Wie die Amortisationsdauer, aber mit abgezinsten Zahlungen: Jahre, bis die Investition einschließlich Kapitalkosten zurückverdient ist.",
            formula: "erstes Jahr, in dem die kumulierte, mit dem WACC abgezinste Zahlung ≥ 0 wird, linear interpoliert",
            drivers: "Investitionssumme, jährliche Effekte und Nutzungsdauer des Projekts, WACC.",
            typical_range: "4–8 Jahre; muss kürzer sein als die Nutzungsdauer",
        },
        en: Text {
            term: "Discounted payback period",
            definition: "Like the payback period, but on discounted cash flows: years until the investment is recovered including the cost of capital.",
            formula: "First year in which the cumulative cash flow discounted at WACC reaches ≥ 0, interpolated linearly",
            drivers: "Capex, yearly effects and life of the project, WACC.",
            typical_range: "4–8 years; must be shorter than the project's life",
        },
    },
    Record {
        key: "profitability_index",
        de: Text {
            term: "Rentabilitätsindex (Kapitalwertrate)",
            definition: "Barwert der Rückflüsse je Euro Investition. Über 1 genau dann, wenn der Kapitalwert positiv ist; hilft bei knappem Budget, Projekte zu reihen.",
            formula: "Barwert der Zahlungen ab t = 1 / |Investition in t = 0|",
            drivers: "Investitionssumme, Nutzungsdauer und Effekte des Projekts, WACC.",
            typical_range: "> 1,0: investieren; gute Projekte 1,2–2,0",
        },
        en: Text {
            term: "Profitability index (PI)",
            definition: "Present value of the returns per euro invested. Above 1 exactly when NPV is positive; useful to rank projects under a tight budget.",
            formula: "Present value of the cash flows from t = 1 / |investment at t = 0|",
            drivers: "Capex, life and effects of the project, WACC.",
            typical_range: "> 1.0: invest; good projects 1.2–2.0",
        },
    },
];

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use rust_decimal_macros::dec;

    use super::*;
    use crate::model::appraisal::appraise;
    use crate::model::kpi;
    use crate::model::money::Money;
    use crate::model::statements::{BalanceSheet, CashFlowStatement, IncomeStatement};
    use crate::model::value::{driver_tree, eva};

    /// The field names of a serialisable struct, so a new field needs glossary text too.
    fn field_names(value: &impl serde::Serialize) -> Vec<String> {
        match serde_json::to_value(value) {
            Ok(serde_json::Value::Object(fields)) => fields.keys().cloned().collect(),
            other => panic!("expected a struct, got {other:?}"),
        }
    }

    /// Every key a report, export or tooltip can show.
    fn shown_keys() -> BTreeSet<String> {
        let income = IncomeStatement::default();
        let sheet = BalanceSheet::default();
        let mut shown: BTreeSet<String> = BTreeSet::new();
        shown.extend(income.lines().iter().map(|(key, _)| key.to_string()));
        shown.extend(sheet.lines().iter().map(|(key, _)| key.to_string()));
        shown.extend(CashFlowStatement::default().lines().iter().map(|(key, _)| key.to_string()));
        shown.extend(kpi::keys().iter().map(|key| key.to_string()));
        shown.extend(field_names(&eva(&income, &sheet, dec!(0.3), dec!(0.08))));
        // The cumulative score lives on the year report (sim), beside the EVA fields.
        shown.insert("score".to_string());
        // One unit sold, so the tree includes volume and average net price.
        shown.extend(driver_tree(&income, &sheet, dec!(0.3), dec!(0.08), 1).nodes().iter().map(|n| n.key.to_string()));
        let flows = [Money::euros(-100), Money::euros(60), Money::euros(60)];
        match appraise(dec!(0.08), &flows) {
            Ok(appraisal) => shown.extend(field_names(&appraisal)),
            Err(error) => panic!("a plain project appraises: {error}"),
        }
        shown
    }

    #[test]
    fn every_shown_key_has_an_entry_in_both_languages() {
        let missing: Vec<String> = shown_keys()
            .into_iter()
            .filter(|key| entry(key, Locale::De).is_none() || entry(key, Locale::En).is_none())
            .collect();
        assert!(missing.is_empty(), "no glossary text for {missing:?}");
        // The spot checks the brief names, so the collection above cannot silently shrink.
        for key in ["accumulated_depreciation", "change_receivables", "capital_charge", "spread", "cogs_ratio"] {
            assert!(shown_keys().contains(key), "{key}");
        }
    }

    #[test]
    fn keys_are_unique_and_each_has_an_entry() {
        let unique: BTreeSet<&str> = keys().iter().copied().collect();
        assert_eq!(unique.len(), keys().len(), "a key appears twice");
        for key in keys() {
            assert_eq!(entry(key, Locale::De).map(|e| e.key), Some(*key));
        }
        // Reading order: income statement first, project appraisal last.
        assert_eq!(keys().first(), Some(&"revenue"));
        assert_eq!(keys().last(), Some(&"profitability_index"));
    }

    #[test]
    fn every_entry_is_complete_and_translated() {
        for key in keys() {
            let (Some(de), Some(en)) = (entry(key, Locale::De), entry(key, Locale::En)) else {
                panic!("{key} has no entry");
            };
            for (lang, e) in [("de", de), ("en", en)] {
                for (field, text) in [
                    ("term", e.term),
                    ("definition", e.definition),
                    ("formula", e.formula),
                    ("drivers", e.drivers),
                    ("typical_range", e.typical_range),
                ] {
                    assert!(!text.trim().is_empty(), "{key} {lang} {field} is empty");
                    assert_eq!(text, text.trim(), "{key} {lang} {field} has stray spaces");
                }
            }
            assert_ne!(de.definition, en.definition, "{key}: German definition is the English one");
            assert_ne!(de.drivers, en.drivers, "{key}: German drivers are the English ones");
        }
    }

    #[test]
    fn german_ranges_use_decimal_commas_and_english_ranges_points() {
        // "1,5–2,5 ×" in German, "1.5–2.5×" in English: a digit, the other separator, a digit.
        let has = |text: &str, separator: char| {
            let chars: Vec<char> = text.chars().collect();
            chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == separator && w[2].is_ascii_digit())
        };
        for key in keys() {
            let (Some(de), Some(en)) = (entry(key, Locale::De), entry(key, Locale::En)) else {
                panic!("{key} has no entry");
            };
            assert!(!has(de.typical_range, '.'), "{key}: {}", de.typical_range);
            assert!(!has(en.typical_range, ','), "{key}: {}", en.typical_range);
        }
    }

    fn found(query: &str, lang: Locale) -> Vec<&'static str> {
        search(query, lang).iter().map(|e| e.key).collect()
    }

    #[test]
    fn search_finds_by_term_key_and_definition() {
        assert!(found("Kapitalrendite", Locale::De).contains(&"roce"));
        assert!(found("ROCE", Locale::En).contains(&"roce"));
        assert!(found("roce", Locale::De).contains(&"roce"));
        let receivables = found("Forderungen", Locale::De);
        assert_eq!(receivables.first(), Some(&"receivables"));
        assert!(receivables.contains(&"dso_days") && receivables.contains(&"change_receivables"));
        // Found through the key alone.
        assert!(found("dso_days", Locale::De).contains(&"dso_days"));
        // Every word must match: "cash flow" in English narrows to the cash-flow lines.
        let cash_flow = found("cash flow operations", Locale::En);
        assert!(cash_flow.contains(&"operating") && !cash_flow.contains(&"loans"));
    }

    #[test]
    fn search_ignores_case_and_umlauts() {
        assert!(found("forderungen aus lieferungen", Locale::De).contains(&"receivables"));
        assert!(found("UMSATZERLÖSE", Locale::De).contains(&"net_revenue"));
        assert!(found("Umsatzerloese", Locale::De).contains(&"net_revenue"));
        assert!(found("jahresueberschuss", Locale::De).contains(&"net_income"));
        assert!(found("Außendienst", Locale::De).contains(&"sales_force"));
        assert!(found("aussendienst", Locale::De).contains(&"sales_force"));
    }

    #[test]
    fn search_puts_term_matches_first_and_empty_finds_all() {
        // "Mehrwert" is in the term of "eva" and in the definitions of ROIC and the capital charge.
        let eva = found("Mehrwert", Locale::De);
        assert_eq!(eva.first(), Some(&"eva"));
        assert_eq!(search("", Locale::En).len(), keys().len());
        assert_eq!(search("   ", Locale::De).len(), keys().len());
        assert!(search("Quantenverschränkung", Locale::De).is_empty());
    }

    #[test]
    fn unknown_key_has_no_entry() {
        assert_eq!(entry("no_such_kpi", Locale::De), None);
        assert_eq!(entry("", Locale::En), None);
        assert_eq!(entry("ROCE", Locale::En), None, "keys are exact, not case-folded");
    }

    #[test]
    fn entries_follow_the_language() {
        let check = |key: &str, de_term: &str, en_term: &str| {
            assert_eq!(entry(key, Locale::De).map(|e| e.term), Some(de_term));
            assert_eq!(entry(key, Locale::En).map(|e| e.term), Some(en_term));
        };
        check("receivables", "Forderungen aus Lieferungen und Leistungen", "Trade receivables");
        check("cogs", "Herstellungskosten des Umsatzes", "Cost of goods sold (COGS)");
        check("eva", "Mehrwert (EVA, Economic Value Added)", "Economic Value Added (EVA)");
    }
}
