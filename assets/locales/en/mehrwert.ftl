### Mehrwert: every text in English. The German ones are in ../de/mehrwert.ftl.
###
### Both files hold exactly the same message ids (a test in src/i18n.rs fails otherwise).
### - Statement lines and report headings (crate::labels::label): the message id is the key.
### - Screen texts (crate::ui::text::tr): the message id is ui_ + the key; tr falls back to
###   the statement labels for keys without a screen text of their own.
### - Arguments { $name } are real Fluent arguments, filled by i18n::message (ui::text::tr_args
###   for screen texts); selectors choose words (warn_*, explain_*, analyze_verdict).
### - One line per message where there is no selector: the screens lay out each text themselves.

## Statement lines and report headings: crate::labels::label(key), message id = key.

revenue = Revenue at list price
rebates = Rebates
net_revenue = Net revenue
cogs = Cost of goods sold
gross_profit = Gross profit
marketing = Marketing
rnd = Research and development
sales_force = Sales force
admin = Administration
cost_to_serve = Cost to serve
inventory_holding = Inventory holding
operating_expenses = Operating expenses
ebitda = EBITDA
depreciation = Depreciation
ebit = EBIT
interest_expense = Interest expense
interest_income = Interest income
ebt = Earnings before tax
tax = Income tax
net_income = Net income
cash = Cash
receivables = Receivables
inventory = Inventory
ppe_gross = PP&E (gross)
accumulated_depreciation = Accumulated depreciation
ppe_net = PP&E (net)
total_assets = Total assets
payables = Trade payables
tax_payable = Tax payable
loans = Long-term loans
overdraft = Overdraft
total_liabilities = Total liabilities
subscribed_capital = Subscribed capital
retained_earnings = Retained earnings
total_equity = Total equity
total_equity_and_liabilities = Total equity and liabilities
change_receivables = Change in receivables
change_inventory = Change in inventory
change_payables = Change in payables
change_tax_payable = Change in tax payable
operating = Cash flow from operations
capex = Capital expenditure
investing = Cash flow from investing
loans_change = Change in loans
overdraft_change = Change in overdraft
equity_raised = Equity raised
dividends = Dividends
financing = Cash flow from financing
net_change = Net change in cash
opening_cash = Opening cash
closing_cash = Closing cash
income_statement = Income statement
balance_sheet = Balance sheet at year end
cash_flow = Cash-flow statement (indirect)
fiscal_year = Fiscal year
leaderboard = Leaderboard
news = News
rank = Rank
company = Company
decided_by = Decided by
person = Team
score = Score (PV of EVA)
eva = EVA
score_short = Score
roce = ROCE
wacc = WACC
market_share = Market share
warnings = Warnings
insolvent = insolvent
final_ranking = Final ranking
price_fighter = Computer: price fighter
premium = Computer: premium
balanced = Computer: balanced
cash_conservative = Computer: cash-conservative
expansionist = Computer: expansionist

## Screens: crate::ui::text::tr(key), message id = ui_ + key (tr falls back to the labels above).

ui_app_tagline = The CFO business game: create value instead of buying revenue
ui_new_game = New game
ui_continue_autosave = Continue (autosave)
ui_load_game = Load game
ui_save_game = Save game
ui_quit = Quit
ui_menu = Menu
ui_menu_continue = Continue
ui_menu_save = Save as “{ $name }”
ui_menu_title_screen = Back to the title screen (the game is saved)
ui_menu_quit = Quit (the game is saved)
ui_overwrite_title = Overwrite the saved game?
ui_overwrite_text = A saved game “{ $name }” exists already. Replace it with the game being played?
ui_overwrite_yes = Overwrite
ui_cancel = Cancel
ui_language = Language
ui_projector_mode = Projector mode
ui_scenario = Scenario
ui_scenario_default = Mid-sized makers: pumps and fittings
ui_scenario_intro = Introduction: a pump works
ui_open_file = Open file …
ui_mode = Mode
ui_solo = Solo against the computer
ui_workshop = Workshop: teams on one laptop
ui_teams = Teams
ui_team_name = Team name
ui_seed = Seed
ui_start = Start game
ui_setup_facts = { $years } fiscal years · { $companies } companies · segments: { $segments }
ui_setup_your_company = Your company
ui_setup_team = Team
ui_setup_plays = plays
ui_setup_remove_team = Remove team
ui_setup_add_team = + Team
ui_setup_company_twice = Two teams play the same company: each team needs its own.
ui_back = Back
ui_decide = Decisions
ui_submit = Submit decisions
ui_close_year = Close the fiscal year
ui_handover = Handover
ui_handover_first = Team { $turn } of { $teams } starts:
ui_handover_next = Please hand the laptop to the next team – team { $turn } of { $teams }:
ui_ready = We are ready
ui_handover_all_submitted = All { $teams } teams have submitted their decisions.
ui_handover_play_year = Close the year
ui_handover_withdraw = Take back the submission of { $team }
ui_handover_withdraw_hint = The team returns to its decisions with what it typed; possible until the next team starts or the year is closed.
ui_results = Annual report
ui_dashboard = KPIs
ui_market_report = Market report
ui_leaderboard = Leaderboard
ui_final_ranking = Final ranking
ui_debrief = Debrief
ui_next_year = On to the next year
ui_pro_forma = Pro-forma
ui_last_year = Last year
ui_this_year = Plan
ui_change = Change
ui_sales_and_pricing = Sales and pricing
ui_production = Production
ui_investments = Investments and projects
ui_financing = Financing and dividend
ui_list_price = List price
ui_rebate = Rebate
ui_payment_days = Payment terms
ui_salespeople = Sales force
ui_forecast = Sales forecast
ui_help_forecast = How many units you plan to sell in this segment. The pro-forma books exactly these sales (at most what is in stock). Empty means the market model's suggestion stands. It assumes the competitors keep last year's decisions – what they really do shows only in the year-end report.
ui_forecast_take = Suggested { $units }
ui_forecast_take_hint = A click takes the market model's suggestion: your offer against the competitors' decisions of last year.
ui_pro_forma_own_plan = With your sales forecast: { $units } units.
ui_pro_forma_suggested_plan = With the suggested sales: { $units } units.
ui_pro_forma_stock_grows = In the plan, stock grows from { $from } to { $to } units: whatever is made beyond the sales plan ties up capital and costs holding.
ui_pro_forma_plan_hint = A plan, not a prediction: the competitors keep last year's decisions in it. What they really do this year nobody knows beforehand.
ui_production_units = Production
ui_marketing = Marketing
ui_rnd = R&D
ui_lines_bought = New production lines
ui_loan_change = Loan drawn (+) / repaid (−)
ui_equity_raised = Equity raised
ui_dividend = Dividend
ui_unit_eur = €
ui_unit_eur_per_unit = € per unit
ui_unit_percent = %
ui_unit_days = days
ui_unit_people = people
ui_unit_units = units
ui_unit_lines = lines
ui_error_empty = Please enter a value.
ui_error_not_a_number = “{ $value }” is not a number.
ui_error_ambiguous = “{ $value }” is ambiguous: { $thousands } (thousands) or { $decimals }? In English the comma separates thousands, the point the decimals.
ui_error_decimal_mark = “{ $value }”: in English the decimals follow a point – you probably mean { $suggestion }.
ui_error_whole_number = Please enter a whole number ≥ 0.
ui_error_cents = At most two decimal places (cents).
ui_year = Fiscal year
ui_news = News
ui_company = Company
ui_score = Score (PV of EVA)
ui_saved = Saved
ui_error = Error
ui_folder_up = Parent folder
ui_place_cases = Value cases
ui_place_saves = Saved games
ui_place_scenarios = Shipped scenarios
ui_place_documents = Documents
ui_file_practice = Practice against the workshop “{ $workshop }” ({ $team })
ui_place_practice = Practice files
ui_place_downloads = Downloads
ui_place_home = Home folder
ui_no_ron_files = No .ron files in this folder.
ui_file_scenario = Scenario
ui_file_customer_report = Annual report: { $company } { $year }
ui_file_value_case = Value case "{ $title }" for { $company }
ui_file_workbook = Workbook (Excel) with a customer's figures
ui_file_unknown = not a Mehrwert file, or damaged
ui_file_progress = { $year ->
    [0] before fiscal year 1 (of { $years })
   *[other] { $year } of { $years } fiscal years closed
}
ui_mode_solo = Solo
ui_mode_workshop = Workshop
ui_file_teams = { $count ->
    [one] 1 team
   *[other] { $count } teams
}: { $names }
ui_statements_tab = Statements
ui_fy_short = FY
ui_you = You
ui_your_company = your company
ui_unit_million_eur = € M
ui_roic_vs_wacc = ROIC (solid) against WACC (dashed), %, both after tax
ui_net_price = Net price
ui_demand = Demand (units)
ui_units_sold = Units sold
ui_segment_total = Segment total
ui_market_gained = Gained / short
ui_market_gained_hint = Units sold − demand: + customers whose first choice was sold out; − demand that found no stock
ui_market_gained_note = Demand is the customers’ first choice. When a seller is sold out, some of its customers buy from sellers that still have stock at a price they accept (column “Gained / short”: +). That is why units sold can exceed demand; without stock they fall below it (−).
ui_avg_net_price = Avg. net price
ui_no_news = No special events this year.
ui_played_by = Played by
ui_change_hint = Change against the prior year: green = better, red = worse, grey = neither
ui_score_cumulative = Cumulative score
ui_eva_per_year = EVA per fiscal year
ui_avg_roic = Avg. ROIC
ui_avg_wacc = Avg. WACC
ui_spread = Avg. ROIC − avg. WACC
ui_total_eva = Total EVA
ui_final_equity = Final equity
ui_decisive_numbers = The decisive numbers
ui_debrief_text = The score is the EVA of every year, discounted at the WACC. Value is created by earning more than the capital costs, year after year: ROIC above WACC, both after tax.
ui_view_reports = View the annual reports
ui_to_title = To the title screen
ui_def_revenue = Units sold times list price, before rebates.
ui_def_rebates = Discounts off the list price.
ui_def_net_revenue = Revenue after rebates: what customers actually owe.
ui_def_cogs = Material, labour and production overhead of the units sold.
ui_def_gross_profit = Net revenue minus cost of goods sold.
ui_def_operating_expenses = Marketing, R&D, sales, administration and other running costs.
ui_def_ebitda = Earnings before interest, taxes, depreciation and amortisation.
ui_def_depreciation = The year's wear of the plant (no cash outflow).
ui_def_ebit = Operating result before interest and taxes.
ui_def_ebt = Result after interest, before income tax.
ui_def_tax = Income tax on profit (losses are carried forward).
ui_def_net_income = Profit after interest and taxes; adds to equity.
ui_def_cash = Money in the bank at the balance-sheet date.
ui_def_receivables = Sold but not yet paid by customers (payment terms).
ui_def_inventory = Units produced but not yet sold, at production cost.
ui_def_ppe_net = Plant at cost less accumulated depreciation.
ui_def_payables = Bought but not yet paid to suppliers.
ui_def_loans = Long-term bank loans.
ui_def_overdraft = Short-term bank credit when cash runs out (expensive).
ui_def_total_liabilities = Everything the company owes to others.
ui_def_total_equity = The owners' capital: paid-in capital plus retained profits.
ui_def_operating = CFO: cash from running the business (profit, depreciation, working capital).
ui_def_investing = CFI: cash spent on plant and projects.
ui_def_financing = CFF: cash from and to banks and owners (loans, equity, dividends).
ui_def_net_change = CFO + CFI + CFF: change in cash.
ui_def_closing_cash = Cash at year end; equals cash in the balance sheet.
ui_error_range = Outside the allowed range:
ui_decide_allowed = Allowed
ui_decide_news = Announced for this fiscal year
ui_decide_no_news = No special events announced.
ui_decide_opening_note = Last year: the opening balance sheet (there is no prior income statement in year 1).
ui_decide_errors_block = Please correct the marked entries first:
ui_submit_refused = The decisions still have errors: please correct the fields marked in red first.
ui_decide_submit_hint = Ctrl+Enter: submit (asks first).
ui_peek_title = Last year's report
ui_peek_open = Last year's report (F6)
ui_peek_hint = Statements, KPIs and market report of the closed years in a window; the entries stay as they are.
ui_peek_none = There is no report in the first year yet: the opening balance sheet is in the pro-forma.
ui_confirm_submit_title = Submit the decisions for fiscal year { $year }?
ui_confirm_submit_planned = Planned by the preview; the result depends on the market and the competitors.
ui_confirm_submit_check = Please check:
ui_confirm_submit_solo = After submitting, the year is played.
ui_confirm_submit_workshop = Until the next team starts or the year is closed, the submission can be taken back.
ui_confirm_submit_yes = Submit
ui_confirm_submit_no = Back to the decisions
ui_plausibility_warning = Far from last year: { $last } → { $now }{ $change }. Intended?
ui_decide_value_section = Value added
ui_decide_capacity = capacity
ui_decide_retained = retained earnings
ui_decide_project = Project
ui_decide_capex = Capex
ui_decide_life = Life
ui_decide_cash_flow_pa = Cash flow p.a.
ui_decide_npv = NPV
ui_decide_irr = IRR
ui_decide_payback = Payback
ui_decide_years_short = yrs
ui_decide_running = running (year { $first } to { $last })
ui_decide_never = never
ui_decide_paid = paid
ui_decide_running_short = running
ui_decide_running_paid = investment of { $capex } paid; cash flow a year at today's costs
ui_decide_appraisal_basis = Appraised at the WACC of { $wacc }, on { $units } units a year (last year's production), after { $tax } tax; cash flow = saving after tax + depreciation tax shield.
ui_decide_market_note = * The benefit depends on the market (quality, brand, capacity): only the capex and the tax shield are appraised.
ui_decide_counted_years = { $value } yrs left in the game
ui_help_list_price = Price per unit before rebate. Higher: more margin, fewer units.
ui_help_rebate = Discount off the list price: buys volume, costs margin.
ui_help_payment_days = Longer payment terms win customers but tie up capital in receivables.
ui_help_salespeople = Sales force in this segment: more demand, a cost per person and year.
ui_help_production_units = Units made this year; above capacity is capped, surplus stock costs holding.
ui_help_marketing = Builds the brand; works over years but decays each year.
ui_help_rnd = Builds product quality; works over years.
ui_help_lines_bought = New production lines: more capacity, more capital employed and depreciation.
ui_help_loan_change = Loans: lower the WACC (interest is tax-deductible) but cost interest; negative = repay.
ui_help_equity_raised = New equity from the owners: safe, but dearer than debt.
ui_help_dividend = Paid to the owners out of retained earnings; lowers equity and cash.
warn_project = Project { $project } is already running or chosen twice: skipped.
warn_capacity = Production of { $asked } units above capacity: capped at { $capacity } units.
warn_loan_limit = New loan of { $asked } above the credit limit: capped at { $headroom }.
warn_loan_repay = Repayment of { $asked } above the loan: capped at { $outstanding }.
warn_dividend = Dividend of { $asked } above distributable retained earnings: capped at { $distributable }.
warn_overdraft = Cash fell below the minimum of { $min_cash }: { $drawn } overdraft drawn at { $rate }.
warn_insolvent = Payments exceeded the credit line of { $credit_line }: the owners put in { $rescue } rescue capital.
ui_projects = Projects
ui_value_tab = Value
ui_journal_tab = Journal entries
ui_glossary = Glossary
ui_glossary_search = Search:
ui_glossary_search_hint = a term, e.g. receivables
ui_glossary_clear = Clear the search
ui_glossary_nothing = No entry matches the search.
ui_glossary_entries = entries
ui_glossary_formula = Formula
ui_glossary_drivers = Moved by
ui_glossary_typical = Typical
ui_value_viewer = Viewing team:
ui_driver_tree = EVA driver tree
ui_driver_tree_hint = Hover over a term for its definition and what moves it. Ratios in % of net revenue, capital as the average of the year (start and end), cost of capital on the financing at the start of the year.
ui_value_private = This company's other figures are confidential: the market report only publishes net revenue, volume, price and market share.
ui_rel_eva = = spread × capital
ui_rel_spread = = ROIC − WACC
ui_rel_roic = = NOPAT margin × capital turnover
ui_rel_nopat_margin = = EBIT margin × (1 − tax rate)
ui_rel_ebit_margin = = 1 − cost ratios
ui_rel_capital_turnover = = net revenue / capital
ui_rel_net_revenue = = volume × net price
ui_rel_capital_employed = = fixed assets + inventory + receivables − payables
ui_unit_points = pp
ui_eva_bridge = Why EVA changed
ui_eva_bridge_first_year = The first fiscal year has no prior year to compare with.
ui_eva_bridge_no_revenue = Without revenue in both years the change cannot be split.
ui_attr_revenue = Revenue
ui_attr_margin = Margin
ui_attr_tax = Tax
ui_attr_capital = Capital
ui_attr_wacc = Cost of capital
ui_eva_change = Change in EVA
ui_what_if = What if …
ui_what_if_hint = Change this year's decisions and replay the game to today; the game itself stays as it is.
ui_what_if_run = Replay
ui_what_if_reset = Reset
ui_what_if_actual = Game
ui_what_if_branch = What if
ui_journal_behind = Entries behind
ui_journal_none = No entries in this year.
ui_journal_phase = Phase
ui_journal_accounts = Accounts (debit / credit)
ui_journal_debit = Debit
ui_journal_credit = Credit
ui_journal_on_line = On the line
ui_journal_cause = Cause
ui_journal_opening = Opening balance
ui_journal_closing = Closing balance
ui_journal_sum = Total
ui_journal_matches = line in the statements
ui_journal_line_value = Line in the statements
ui_journal_decision = Decision
ui_journal_to_decide = To the decisions for
ui_phase_opening = Opening
ui_phase_open = Start of year
ui_phase_decide = Decisions
ui_phase_invest = Investment and financing
ui_phase_produce = Production
ui_phase_market = Market
ui_phase_sell = Sales
ui_phase_operate = Operations
ui_phase_settle = Settlement
ui_phase_close = Closing
ui_statements_published_hint = Published annual report: the balance sheet and the totals. Other companies' bookings and decisions are confidential; the market report shows prices and volumes.
ui_statements_competitor_hint = A competitor's annual report: other companies' bookings and decisions are confidential.
ui_statements_hover_hint = Hover over a line for the term's meaning; the entries behind it are in the year-end report.
ui_statements_drill_hint = Click a line to see the entries behind it; hover over it for the term's meaning.

## Glossary: definition, formula, drivers and typical range of every statement line, KPI
## and value figure (src/glossary.rs lists the keys in reading order).

gl_revenue__term = Revenue at list price
gl_revenue__definition = Units sold valued at list price, before rebates. Rebates are deducted on the next line.
gl_revenue__formula = Sum over segments: units sold × list price
gl_revenue__drivers = List price and volume; volume depends on the net price after rebate, payment terms, marketing, R&D, sales force, availability (production) and market growth.
gl_revenue__typical_range = Net revenue plus 3–10% rebates

gl_rebates__term = Rebates
gl_rebates__definition = Discounts off list price granted to key accounts. They cut revenue without cutting cost, so every euro of rebate comes straight off profit.
gl_rebates__formula = Sum over segments: units sold × list price × rebate rate
gl_rebates__drivers = The rebate rate per segment and the volume sold there.
gl_rebates__typical_range = 3–10% of gross revenue, up to 15% in key-account business

gl_net_revenue__term = Net revenue
gl_net_revenue__definition = Revenue after rebates, at the net prices actually invoiced. The base for every margin, for DSO and for capital turnover.
gl_net_revenue__formula = Revenue at list price − rebates = volume × average net price
gl_net_revenue__drivers = List price, rebate and volume (payment terms, marketing, R&D, sales force, production, market growth, competitors).
gl_net_revenue__typical_range = Growth 2–8% a year; mid-sized firms €20–500 M

gl_cogs__term = Cost of goods sold (COGS)
gl_cogs__definition = Variable manufacturing cost (material and direct labour) of the units sold, at the weighted-average cost of the stock. Depreciation of the lines is not in here; it has its own line.
gl_cogs__formula = Units sold × weighted-average manufacturing cost per unit (material + labour)
gl_cogs__drivers = Volume sold, material prices (events), projects that save material or labour; production volume through the average cost.
gl_cogs__typical_range = 60–75% of net revenue

gl_gross_profit__term = Gross profit
gl_gross_profit__definition = What is left of net revenue after the cost of goods sold to pay for selling, administration, depreciation, interest and profit. As COGS holds only variable cost here, it is close to the contribution margin.
gl_gross_profit__formula = Net revenue − COGS
gl_gross_profit__drivers = List price and rebate (net price), volume, material prices, cost-saving projects.
gl_gross_profit__typical_range = 25–40% of net revenue

gl_marketing__term = Marketing expense
gl_marketing__definition = Spending on advertising and brand building in the year. It builds the brand stock, which brings demand over time and decays a little every year.
gl_marketing__formula = Marketing budget (decision), paid in cash
gl_marketing__drivers = Marketing budget.
gl_marketing__typical_range = 1–4% of net revenue

gl_rnd__term = Research and development (R&D)
gl_rnd__definition = Spending on product development in the year, expensed in full. It builds the quality stock, which makes the product more attractive and decays slowly.
gl_rnd__formula = R&D budget (decision), paid in cash
gl_rnd__drivers = R&D budget.
gl_rnd__typical_range = 2–6% of net revenue

gl_sales_force__term = Sales force cost
gl_sales_force__definition = Payroll of the salespeople who cover the segments. More salespeople raise coverage and with it demand.
gl_sales_force__formula = Salespeople (all segments) × cost per salesperson and year
gl_sales_force__drivers = Sales headcount per segment.
gl_sales_force__typical_range = 3–8% of net revenue

gl_admin__term = Administration
gl_admin__definition = Fixed overhead of administration. It does not change with volume, so its share of revenue falls as revenue grows (operating leverage).
gl_admin__formula = Scenario's admin cost − savings from projects
gl_admin__drivers = Projects that save administration cost; otherwise fixed.
gl_admin__typical_range = 3–7% of net revenue

gl_cost_to_serve__term = Cost to serve
gl_cost_to_serve__definition = Cost of delivering to and looking after customers: logistics, service and handling per unit sold. Key accounts often cost more to serve than their revenue suggests.
gl_cost_to_serve__formula = Sum over segments: units sold × the segment's cost to serve per unit
gl_cost_to_serve__drivers = Volume and segment mix (through price, rebate, payment terms, sales force).
gl_cost_to_serve__typical_range = 1–4% of net revenue

gl_inventory_holding__term = Inventory holding cost
gl_inventory_holding__definition = Cost of storage space, insurance, shrinkage and obsolescence of the stock. It rises when production runs ahead of sales.
gl_inventory_holding__formula = Inventory (value) × the scenario's holding rate
gl_inventory_holding__drivers = Production volume relative to sales.
gl_inventory_holding__typical_range = 15–25% of inventory value a year, usually 0.5–2% of net revenue

gl_operating_expenses__term = Operating expenses (opex)
gl_operating_expenses__definition = All running costs other than the cost of goods sold and depreciation.
gl_operating_expenses__formula = Marketing + R&D + sales force + administration + cost to serve + inventory holding
gl_operating_expenses__drivers = Marketing and R&D budgets, sales headcount, volume, production volume, cost-saving projects.
gl_operating_expenses__typical_range = 15–30% of net revenue

gl_ebitda__term = EBITDA (earnings before interest, tax, depreciation and amortisation)
gl_ebitda__definition = Operating profit before depreciation: a proxy for operating cash generation before working-capital changes and capex.
gl_ebitda__formula = Gross profit − operating expenses
gl_ebitda__drivers = Price, rebate, volume, every budget (marketing, R&D, sales force), material prices, cost-saving projects.
gl_ebitda__typical_range = 8–15% of net revenue

gl_depreciation__term = Depreciation
gl_depreciation__definition = Straight-line wear of the production lines and projects over their useful lives. After that an asset is fully depreciated and retires; capacity falls unless it is replaced. The cash-flow statement adds depreciation back because it costs no cash.
gl_depreciation__formula = Sum over the assets held: cost / useful life (opening lines: net book value / remaining life); the last year takes the rounding rest
gl_depreciation__drivers = Production lines and projects bought (capex) and their useful lives; retired assets are no longer depreciated.
gl_depreciation__typical_range = 3–5% of net revenue

gl_ebit__term = EBIT (operating profit)
gl_ebit__definition = Earnings before interest and tax: what the operating business earns, whatever its financing. The starting point of NOPAT, ROCE and EVA.
gl_ebit__formula = EBITDA − depreciation
gl_ebit__drivers = Every operating decision: price, rebate, volume, budgets, sales force, production, lines and projects.
gl_ebit__typical_range = 5–10% of net revenue

gl_interest_expense__term = Interest expense
gl_interest_expense__definition = Interest on loans and on last year's overdraft, plus the fee when an overdraft is drawn automatically. Both rates include the bank's credit spread, which rises with gross leverage after the year's financing and applies to every euro of loans, old and new.
gl_interest_expense__formula = Loans after this year's drawing and repayment × loan rate + opening overdraft × overdraft rate + fee rate × overdraft drawn; each rate = scenario rate + interest-rate events + credit spread
gl_interest_expense__drivers = Loans drawn and repaid, dividends and equity raised (through the credit spread); liquidity (overdraft); interest-rate events.
gl_interest_expense__typical_range = EBIT ≥ 5 × interest expense

gl_interest_income__term = Interest income
gl_interest_income__definition = Interest earned on cash at the start of the year.
gl_interest_income__formula = Opening cash (if positive) × deposit rate
gl_interest_income__drivers = Cash balance: dividend, equity raised, loans, capex and last year's operating cash flow.
gl_interest_income__typical_range = Usually below 0.5% of net revenue

gl_ebt__term = EBT (earnings before tax)
gl_ebt__definition = Profit after interest and before income tax; the tax base.
gl_ebt__formula = EBIT − interest expense + interest income
gl_ebt__drivers = Operating decisions (through EBIT) and financing (loans, overdraft, cash).
gl_ebt__typical_range = 4–9% of net revenue

gl_tax__term = Income tax
gl_tax__definition = Tax on the year's profit after offsetting tax losses carried forward; paid the following year. A loss gives no refund but a loss carry-forward.
gl_tax__formula = max(0, EBT − loss carried forward) × tax rate
gl_tax__drivers = Anything that moves EBT; losses of earlier years.
gl_tax__typical_range = About 30% of EBT (German corporate and trade tax)

gl_net_income__term = Net income
gl_net_income__definition = Profit after tax that belongs to the owners (a loss if negative). It goes to retained earnings and is the first line of the indirect cash-flow statement.
gl_net_income__formula = EBT − income tax
gl_net_income__drivers = Every operating and financing decision.
gl_net_income__typical_range = 3–7% of net revenue

gl_cash__term = Cash
gl_cash__definition = Bank balances at the balance-sheet date. If cash falls below the minimum, an expensive overdraft is drawn automatically, up to the credit line; if that is not enough, the owners put in rescue capital (insolvency).
gl_cash__formula = Opening cash + cash flow from operations, investing and financing
gl_cash__drivers = Every decision that moves cash: volume, payment terms, production, budgets, lines, projects, loans, equity raised, dividend.
gl_cash__typical_range = 3–10% of total assets

gl_receivables__term = Trade receivables
gl_receivables__definition = Invoices to customers not yet paid at the balance-sheet date: capital tied up in the payment terms granted. Capital employed and the driver tree use the year's average of opening and closing balance.
gl_receivables__formula = Sum over segments: net revenue × payment terms in days / 365
gl_receivables__drivers = Payment terms per segment and revenue (price, rebate, volume).
gl_receivables__typical_range = 12–20% of net revenue (DSO 45–75 days)

gl_inventory__term = Inventory
gl_inventory__definition = Finished goods not yet sold, at weighted-average variable manufacturing cost. Capital tied up that also costs holding cost; capital employed and the driver tree use the year's average of opening and closing balance.
gl_inventory__formula = Opening inventory + cost of production − COGS
gl_inventory__drivers = Production volume relative to sales; material and labour cost per unit.
gl_inventory__typical_range = 15–25% of net revenue (DIO 60–120 days)

gl_ppe_gross__term = PP&E at cost (gross)
gl_ppe_gross__definition = Historical cost of the production lines and capitalised projects held, before depreciation. An asset whose useful life is over retires and is taken off the books at its cost.
gl_ppe_gross__formula = Opening PP&E at cost + capital expenditure − cost of retired assets
gl_ppe_gross__drivers = Production lines and projects bought; assets retiring at the end of their useful lives.
gl_ppe_gross__typical_range = 40–70% of net revenue

gl_accumulated_depreciation__term = Accumulated depreciation
gl_accumulated_depreciation__definition = All depreciation charged so far on the PP&E held. Shown as a positive amount and subtracted from cost; when an asset retires, its depreciation leaves with it.
gl_accumulated_depreciation__formula = Opening accumulated depreciation + the year's depreciation − accumulated depreciation of retired assets
gl_accumulated_depreciation__drivers = Age and useful lives of the assets; lines and projects bought; fully depreciated assets retiring.
gl_accumulated_depreciation__typical_range = 40–60% of cost; retired assets no longer count

gl_ppe_net__term = PP&E, net
gl_ppe_net__definition = Net book value of the production lines and projects: the fixed assets within capital employed.
gl_ppe_net__formula = PP&E at cost − accumulated depreciation
gl_ppe_net__drivers = Lines and projects bought (raise it), depreciation (lowers it); retiring fully depreciated assets leaves it unchanged.
gl_ppe_net__typical_range = 25–40% of net revenue; 30–50% of total assets

gl_total_assets__term = Total assets
gl_total_assets__definition = Everything the company owns at book value; equal to total equity and liabilities.
gl_total_assets__formula = Cash + receivables + inventory + net PP&E
gl_total_assets__drivers = Capex, working capital (payment terms, production) and cash (financing, dividend).
gl_total_assets__typical_range = 60–90% of net revenue

gl_payables__term = Trade payables
gl_payables__definition = Supplier invoices for materials not yet paid: interest-free supplier credit that reduces capital employed. The driver tree uses the year's average of opening and closing balance.
gl_payables__formula = The year's material purchases × supplier days / 365
gl_payables__drivers = Production volume and material prices; the scenario sets the supplier terms.
gl_payables__typical_range = 8–15% of net revenue (DPO 30–60 days)

gl_tax_payable__term = Tax payable
gl_tax_payable__definition = This year's income tax, paid the following year.
gl_tax_payable__formula = Income tax of the year just closed
gl_tax_payable__drivers = Anything that moves earnings before tax.
gl_tax_payable__typical_range = 1–3% of net revenue

gl_loans__term = Long-term loans
gl_loans__definition = Interest-bearing bank loans. Debt is cheaper than equity and saves tax, but adds interest and risk; above the spread-free leverage the bank charges a credit spread on every loan.
gl_loans__formula = Opening loans + drawn − repaid (up to the scenario's loan limit)
gl_loans__drivers = Loans drawn and repaid.
gl_loans__typical_range = Gearing 0.3–1.0; net debt at most 2.5 × EBITDA

gl_overdraft__term = Overdraft
gl_overdraft__definition = Short-term bank credit drawn automatically when cash falls below the minimum, up to the scenario's credit line. Expensive: a one-off fee plus a higher rate the following year. If the credit line is not enough, the company is illiquid and its owners put in rescue capital.
gl_overdraft__formula = Shortfall below minimum cash / (1 − fee rate), at most the credit line; repaid in full at the start of the next year
gl_overdraft__drivers = Cash planning: payment terms, production, capex, loans, equity raised, dividend.
gl_overdraft__typical_range = €0 — an overdraft at year end is a warning sign, one at the credit line an alarm

gl_total_liabilities__term = Total liabilities
gl_total_liabilities__definition = Everything the company owes: suppliers, tax, loans and overdraft.
gl_total_liabilities__formula = Trade payables + tax payable + loans + overdraft
gl_total_liabilities__drivers = Loans, liquidity (overdraft), production (suppliers), profit (tax).
gl_total_liabilities__typical_range = 50–70% of total assets

gl_subscribed_capital__term = Subscribed capital
gl_subscribed_capital__definition = Capital paid in by the shareholders, here including every equity raise and the rescue capital of an insolvency.
gl_subscribed_capital__formula = Opening subscribed capital + equity raised + rescue capital
gl_subscribed_capital__drivers = Equity raised; the owners' rescue in an insolvency.
gl_subscribed_capital__typical_range = 10–30% of equity

gl_retained_earnings__term = Retained earnings
gl_retained_earnings__definition = Profits of earlier years and this year kept in the company, less dividends paid. The dividend cannot exceed them.
gl_retained_earnings__formula = Opening retained earnings + net income − dividend
gl_retained_earnings__drivers = Net income and dividend.
gl_retained_earnings__typical_range = 70–90% of equity

gl_total_equity__term = Total equity
gl_total_equity__definition = Book value of the shareholders' stake; the company's buffer against losses. If equity is used up (≤ 0) at year end, the balance sheet is insolvent: the owners put in rescue capital to restore the scenario's equity ratio.
gl_total_equity__formula = Subscribed capital + retained earnings
gl_total_equity__drivers = Net income, dividend, equity raised; rescue capital in an insolvency.
gl_total_equity__typical_range = 30–50% of total assets

gl_total_equity_and_liabilities__term = Total equity and liabilities
gl_total_equity_and_liabilities__definition = Where all funds come from: equity plus liabilities. It equals total assets, or the books are wrong.
gl_total_equity_and_liabilities__formula = Total equity + total liabilities
gl_total_equity_and_liabilities__drivers = Financing (loans, equity raised, dividend), profit, supplier credit.
gl_total_equity_and_liabilities__typical_range = Equal to total assets

gl_change_receivables__term = Change in receivables
gl_change_receivables__definition = Cash tied up or released by receivables: when they rise, revenue is booked but not yet collected and cash flow falls. Positive means cash released.
gl_change_receivables__formula = Opening receivables − closing receivables
gl_change_receivables__drivers = Payment terms per segment and revenue growth.
gl_change_receivables__typical_range = At 5% growth and DSO 60 days: about −1% of net revenue

gl_change_inventory__term = Change in inventory
gl_change_inventory__definition = Cash tied up or released by inventory: producing for stock costs cash before it brings revenue. Positive means stock run down and cash released.
gl_change_inventory__formula = Opening inventory − closing inventory
gl_change_inventory__drivers = Production volume relative to sales.
gl_change_inventory__typical_range = Close to 0 when production follows sales

gl_change_payables__term = Change in trade payables
gl_change_payables__definition = Financing by suppliers: when payables rise, material is used but not yet paid for and cash flow rises.
gl_change_payables__formula = Closing trade payables − opening trade payables
gl_change_payables__drivers = Production volume and material prices.
gl_change_payables__typical_range = Small; grows with production

gl_change_tax_payable__term = Change in tax payable
gl_change_tax_payable__definition = The gap between tax booked and tax paid: each year's tax falls due the following year.
gl_change_tax_payable__formula = Closing tax payable − opening tax payable
gl_change_tax_payable__drivers = The change in earnings before tax against last year.
gl_change_tax_payable__typical_range = Small; positive when profit rises

gl_operating__term = Cash flow from operations (CFO)
gl_operating__definition = Cash the operating business generated in the year: net income adjusted for non-cash depreciation and the change in working capital.
gl_operating__formula = Net income + depreciation + change in receivables + change in inventory + change in payables + change in tax payable
gl_operating__drivers = Profit (price, rebate, volume, budgets) and working capital (payment terms, production).
gl_operating__typical_range = 6–12% of net revenue

gl_capex__term = Capital expenditure (capex)
gl_capex__definition = Cash paid for new production lines and projects in the year; shown in the cash-flow statement as an outflow, with a minus sign.
gl_capex__formula = Lines bought × price per line + capex of the projects started
gl_capex__drivers = Production lines and projects.
gl_capex__typical_range = About depreciation (maintenance) up to 1.5 times it when growing; 3–6% of net revenue

gl_investing__term = Cash flow from investing (CFI)
gl_investing__definition = Cash spent on fixed assets. The game has no disposals, so it is never positive.
gl_investing__formula = − capex
gl_investing__drivers = Production lines and projects.
gl_investing__typical_range = −3% to −6% of net revenue

gl_loans_change__term = Change in loans
gl_loans_change__definition = New loans drawn less repayments.
gl_loans_change__formula = Closing loans − opening loans
gl_loans_change__drivers = Loans drawn and repaid.
gl_loans_change__typical_range = Around 0; drawn for large investments

gl_overdraft_change__term = Change in overdraft
gl_overdraft_change__definition = Overdraft drawn less overdraft repaid. Last year's overdraft is repaid in full at the start of the year.
gl_overdraft_change__formula = Closing overdraft − opening overdraft
gl_overdraft_change__drivers = Cash planning: payment terms, production, capex, loans, equity raised, dividend.
gl_overdraft_change__typical_range = €0

gl_equity_raised__term = Equity raised
gl_equity_raised__definition = New equity paid in by the shareholders, including the rescue capital with which the owners save an insolvent company. Strengthens the equity ratio and liquidity, but is the most expensive source of finance.
gl_equity_raised__formula = Closing subscribed capital − opening subscribed capital
gl_equity_raised__drivers = Equity raised; rescue capital in an insolvency.
gl_equity_raised__typical_range = Usually €0; only for large investments or a rescue

gl_dividends__term = Dividends
gl_dividends__definition = Profit paid out to the shareholders; shown in the cash-flow statement as an outflow, with a minus sign. At most the distributable retained earnings.
gl_dividends__formula = Dividend decided, capped at retained earnings
gl_dividends__drivers = Dividend.
gl_dividends__typical_range = 30–50% of last year's net income

gl_financing__term = Cash flow from financing (CFF)
gl_financing__definition = Cash exchanged with capital providers: loans, overdraft, equity and dividends. Interest sits in operating cash flow.
gl_financing__formula = Change in loans + change in overdraft + equity raised − dividends
gl_financing__drivers = Loans, equity raised, dividend; the automatic overdraft.
gl_financing__typical_range = Slightly negative for a healthy company paying dividends

gl_net_change__term = Net change in cash
gl_net_change__definition = The year's increase or decrease in cash; it must equal the difference between the balance-sheet figures exactly.
gl_net_change__formula = CFO + CFI + CFF = closing cash − opening cash
gl_net_change__drivers = Every decision that moves cash.
gl_net_change__typical_range = Around 0; big swings show a funding need or idle cash

gl_opening_cash__term = Opening cash
gl_opening_cash__definition = Cash on the closing balance sheet of the year before.
gl_opening_cash__formula = Cash at the end of the previous year
gl_opening_cash__drivers = Decisions of earlier years.
gl_opening_cash__typical_range = 3–10% of total assets

gl_closing_cash__term = Closing cash
gl_closing_cash__definition = Cash on the year's closing balance sheet.
gl_closing_cash__formula = Opening cash + net change in cash
gl_closing_cash__drivers = Every decision that moves cash.
gl_closing_cash__typical_range = 3–10% of total assets, at least the minimum cash

gl_revenue_growth__term = Revenue growth
gl_revenue_growth__definition = Change in net revenue against last year. Growth only creates value if the return on the extra capital it ties up beats the cost of capital.
gl_revenue_growth__formula = Net revenue / last year's net revenue − 1
gl_revenue_growth__drivers = List price, rebate, payment terms, marketing, R&D, sales force, production (availability), market growth.
gl_revenue_growth__typical_range = 2–8% a year

gl_gross_margin__term = Gross margin
gl_gross_margin__definition = Gross profit as a share of net revenue: what each euro of revenue leaves after the cost of goods sold.
gl_gross_margin__formula = Gross profit / net revenue
gl_gross_margin__drivers = List price and rebate, material prices, cost-saving projects.
gl_gross_margin__typical_range = 25–40%

gl_ebitda_margin__term = EBITDA margin
gl_ebitda_margin__definition = EBITDA relative to net revenue; operating earning power before depreciation.
gl_ebitda_margin__formula = EBITDA / net revenue
gl_ebitda_margin__drivers = Price, rebate, budgets (marketing, R&D, sales force), material prices, volume (operating leverage).
gl_ebitda_margin__typical_range = 8–15%

gl_ebit_margin__term = EBIT margin (return on sales)
gl_ebit_margin__definition = EBIT relative to net revenue (ROS). In the driver tree it is one minus the sum of all cost ratios.
gl_ebit_margin__formula = EBIT / net revenue = 1 − sum of the cost ratios
gl_ebit_margin__drivers = Price and rebate, every cost ratio: material, budgets, sales force, administration, cost to serve, holding, depreciation.
gl_ebit_margin__typical_range = 5–10%

gl_net_margin__term = Net margin
gl_net_margin__definition = Net income relative to net revenue; return after interest and tax.
gl_net_margin__formula = Net income / net revenue
gl_net_margin__drivers = Anything that moves EBIT, plus financing (interest) and tax.
gl_net_margin__typical_range = 3–7%

gl_roe__term = Return on equity (ROE)
gl_roe__definition = Net income on the year's average equity (start and end): the return on the shareholders' capital. More debt levers it up as long as the return on assets beats the interest rate.
gl_roe__formula = Net income / ((opening equity + closing equity) / 2)
gl_roe__drivers = Operating return (price, cost, capital tied up) and capital structure (loans, equity raised, dividend).
gl_roe__typical_range = 8–15%

gl_roa__term = Return on assets (ROA)
gl_roa__definition = EBIT on the year's average total assets (start and end): what all assets, cash included, earn before interest and tax.
gl_roa__formula = EBIT / average total assets
gl_roa__drivers = EBIT drivers (price, rebate, volume, cost) and assets (lines, projects, working capital, cash held).
gl_roa__typical_range = 5–10%

gl_roce__term = Return on capital employed (ROCE)
gl_roce__definition = Pre-tax return on capital: EBIT on the year's average operating capital employed (cash excluded). Compare it with a pre-tax cost of capital, not with WACC.
gl_roce__formula = EBIT / ((opening CE + closing CE) / 2)
gl_roce__drivers = EBIT margin (price, rebate, cost) and capital turnover (lines, projects, payment terms, production for stock).
gl_roce__typical_range = 10–20%

gl_roic__term = Return on invested capital (ROIC)
gl_roic__definition = After-tax return on capital: NOPAT on the year's average capital employed. Above WACC, the company creates value.
gl_roic__formula = NOPAT / average capital employed = NOPAT margin × capital turnover
gl_roic__drivers = EBIT margin (price, rebate, cost), tax rate and capital tied up (lines, projects, payment terms, inventory).
gl_roic__typical_range = 7–14%

gl_capital_turnover__term = Capital turnover
gl_capital_turnover__definition = How many times capital employed turns over through revenue in a year: the revenue each euro tied up brings in.
gl_capital_turnover__formula = Net revenue / average capital employed
gl_capital_turnover__drivers = Revenue (price, rebate, volume) and capital tied up (lines, projects, payment terms, inventory, supplier credit).
gl_capital_turnover__typical_range = 1.2–2.0×

gl_dso_days__term = Days sales outstanding (DSO)
gl_dso_days__definition = How many days of revenue are outstanding as receivables on average. Each extra day ties up capital and costs a capital charge.
gl_dso_days__formula = Closing receivables / net revenue × 365
gl_dso_days__drivers = Payment terms per segment, weighted by the segment's revenue.
gl_dso_days__typical_range = 45–75 days

gl_dio_days__term = Days inventory outstanding (DIO)
gl_dio_days__definition = How many days of sales the stock covers, measured at cost of goods sold.
gl_dio_days__formula = Closing inventory / COGS × 365
gl_dio_days__drivers = Production volume relative to sales.
gl_dio_days__typical_range = 60–120 days

gl_dpo_days__term = Days payables outstanding (DPO)
gl_dpo_days__definition = How many days suppliers wait for their money on average, based on materials bought on credit; when analysing a published report without purchase figures, simplified to cost of goods sold.
gl_dpo_days__formula = Closing trade payables / material purchases × 365 (else / COGS × 365)
gl_dpo_days__drivers = Production volume and material prices; the scenario sets the supplier terms.
gl_dpo_days__typical_range = 30–60 days

gl_cash_conversion_cycle_days__term = Cash conversion cycle (CCC)
gl_cash_conversion_cycle_days__definition = Days between paying suppliers and collecting from customers: how long the company funds its working capital itself.
gl_cash_conversion_cycle_days__formula = DSO + DIO − DPO
gl_cash_conversion_cycle_days__drivers = Payment terms, production for stock, supplier credit.
gl_cash_conversion_cycle_days__typical_range = 60–130 days

gl_net_working_capital__term = Net working capital (NWC)
gl_net_working_capital__definition = Capital tied up in the operating cycle: receivables and inventory less supplier credit (cash and tax excluded). Part of capital employed.
gl_net_working_capital__formula = Receivables + inventory − trade payables (closing)
gl_net_working_capital__drivers = Payment terms, production volume, revenue.
gl_net_working_capital__typical_range = 20–30% of net revenue

gl_current_ratio__term = Current ratio
gl_current_ratio__definition = Current assets covering current liabilities at year end.
gl_current_ratio__formula = (Cash + receivables + inventory) / (trade payables + tax payable + overdraft)
gl_current_ratio__drivers = Cash (financing, dividend), payment terms, production, overdraft.
gl_current_ratio__typical_range = 1.5–2.5×

gl_quick_ratio__term = Quick ratio (acid test)
gl_quick_ratio__definition = Current liabilities covered without inventory, which first has to be sold.
gl_quick_ratio__formula = (Cash + receivables) / (trade payables + tax payable + overdraft)
gl_quick_ratio__drivers = Cash (financing, dividend), payment terms, overdraft.
gl_quick_ratio__typical_range = 0.8–1.5×

gl_equity_ratio__term = Equity ratio
gl_equity_ratio__definition = Equity as a share of total assets at year end: a measure of resilience and creditworthiness.
gl_equity_ratio__formula = Total equity / total assets (closing)
gl_equity_ratio__drivers = Net income, dividend, equity raised, loans, balance-sheet growth.
gl_equity_ratio__typical_range = 30–50%

gl_gearing__term = Gearing
gl_gearing__definition = Interest-bearing debt relative to equity at year end, gross: unlike leverage L in WACC, cash is not netted.
gl_gearing__formula = (Loans + overdraft) / total equity
gl_gearing__drivers = Loans, overdraft, equity raised, dividend, net income.
gl_gearing__typical_range = 0.3–1.0×

gl_net_debt__term = Net debt
gl_net_debt__definition = Interest-bearing debt less cash at year end; negative means net cash. Net debt on the opening balance sheet sets leverage L in WACC, where net cash counts as 0.
gl_net_debt__formula = Loans + overdraft − cash
gl_net_debt__drivers = Loans, operating cash flow, capex, equity raised, dividend.
gl_net_debt__typical_range = 0–2.5 × EBITDA

gl_net_debt_to_ebitda__term = Net debt / EBITDA (leverage)
gl_net_debt_to_ebitda__definition = How many years of EBITDA would repay net debt; the usual covenant in loan agreements.
gl_net_debt_to_ebitda__formula = Net debt / EBITDA
gl_net_debt_to_ebitda__drivers = Loans, cash, earning power (price, rebate, volume, cost).
gl_net_debt_to_ebitda__typical_range = 0–2.5×; above 3.5× banks get nervous

gl_interest_coverage__term = Interest coverage
gl_interest_coverage__definition = How many times EBIT covers interest expense (gross, before interest income).
gl_interest_coverage__formula = EBIT / interest expense
gl_interest_coverage__drivers = Earning power and debt (loans, overdraft), interest rates.
gl_interest_coverage__typical_range = 5–10×; below 2× critical

gl_free_cash_flow__term = Free cash flow (FCF)
gl_free_cash_flow__definition = Cash left from operations after capex, available to repay loans and pay dividends. Interest is already deducted, as it sits in operating cash flow.
gl_free_cash_flow__formula = Cash flow from operations + cash flow from investing
gl_free_cash_flow__drivers = Profit, working capital (payment terms, production) and capex (lines, projects).
gl_free_cash_flow__typical_range = 2–6% of net revenue

gl_break_even_units__term = Break-even volume
gl_break_even_units__definition = The volume at which contribution just covers fixed costs and EBIT is zero, at the year's prices and costs.
gl_break_even_units__formula = Fixed costs / contribution per unit, rounded up; contribution = net revenue − COGS − cost to serve; fixed costs = marketing + R&D + sales force + administration + inventory holding + depreciation
gl_break_even_units__drivers = Net price (list price, rebate), variable cost (material, labour, cost to serve), fixed cost (budgets, sales force, lines, projects).
gl_break_even_units__typical_range = 60–85% of units sold (margin of safety 15–40%)

gl_capacity_utilisation__term = Capacity utilisation
gl_capacity_utilisation__definition = The share of possible output actually produced. Idle lines tie up capital and cost depreciation without earning contribution.
gl_capacity_utilisation__formula = Units produced / capacity of lines and projects
gl_capacity_utilisation__drivers = Production volume, lines and capacity projects bought, old lines retiring at the end of their useful lives.
gl_capacity_utilisation__typical_range = 75–90%

gl_market_share__term = Market share (units)
gl_market_share__definition = Own unit sales relative to unit sales of all companies across all segments. Share is not a goal in itself: share bought with rebates can destroy value.
gl_market_share__formula = Own units sold / units sold by all companies
gl_market_share__drivers = Price after rebate, payment terms, marketing (brand), R&D (quality), sales force (coverage), availability; competitors' decisions.
gl_market_share__typical_range = Around 1/n with n competitors; 10–30%

gl_nopat__term = NOPAT (net operating profit after tax)
gl_nopat__definition = EBIT after a notional tax, as if the company had no debt. A negative EBIT gives a negative NOPAT (a tax saving); tax losses carried forward are ignored.
gl_nopat__formula = EBIT × (1 − tax rate), rounded to cents
gl_nopat__drivers = Every EBIT driver: price, rebate, volume, budgets, sales force, material prices, lines and projects.
gl_nopat__typical_range = 3.5–7% of net revenue

gl_capital_employed__term = Capital employed (CE)
gl_capital_employed__definition = Capital tied up in operations: fixed assets plus net working capital, cash excluded. EVA charges the year's average of the opening and closing balance, so capital tied up in any year, the last included, is charged.
gl_capital_employed__formula = Net PP&E + inventory + receivables − trade payables; EVA and the driver tree: (opening + closing) / 2
gl_capital_employed__drivers = Lines and projects (at half in the average of the year they are bought), payment terms, production volume, depreciation.
gl_capital_employed__typical_range = 50–80% of net revenue

gl_net_fixed_assets__term = Net fixed assets
gl_net_fixed_assets__definition = PP&E at net book value, the year's average of opening and closing; the largest block of capital employed. Lines retire at the end of their life, and capacity falls unless they are replaced.
gl_net_fixed_assets__formula = PP&E at cost − accumulated depreciation, (opening + closing) / 2
gl_net_fixed_assets__drivers = Lines and projects bought, at half in the average of the year they are bought; depreciation lowers it; retiring assets are fully depreciated and leave it unchanged.
gl_net_fixed_assets__typical_range = 50–70% of capital employed

gl_cost_of_equity__term = Cost of equity (k_E)
gl_cost_of_equity__definition = The return shareholders ask for their risk. It rises with leverage (Hamada): owners of a geared company carry more risk and ask for more. A company without positive equity is charged at the cap L = 90% (D/E = 9).
gl_cost_of_equity__formula = k_E = k_U + (k_U − r_f) × (1 − tax rate) × D/E; k_U (unlevered cost of equity) and r_f (risk-free rate) set by the scenario, debt-to-equity D/E = L / (1 − L) from net debt and equity at the start of the year
gl_cost_of_equity__drivers = Leverage L: loans, dividends, equity raised, cash and net income of earlier years; the scenario sets k_U and r_f.
gl_cost_of_equity__typical_range = 9–14%; default scenario at L = 35%: about 11.3%

gl_cost_of_debt__term = Cost of debt (k_D)
gl_cost_of_debt__definition = The pre-tax rate the company actually pays in the year, weighted by the loans and overdraft on the opening balance sheet: loans at the loan rate, the overdraft at its rate plus the fee; the loan rate when there is no debt. Both rates include the bank's credit spread. It grows once gross leverage (loans + overdraft relative to loans, overdraft and equity, after the year's financing) passes the scenario's spread-free level.
gl_cost_of_debt__formula = (loans × loan rate + overdraft × (overdraft rate + fee rate)) / (loans + overdraft), opening balances; each rate = scenario rate + interest-rate events + credit spread; credit spread = (gross leverage − spread-free leverage) × spread rate, not below 0
gl_cost_of_debt__drivers = Borrowing and repaying, dividends and equity raised (through gross leverage), using the overdraft; interest-rate events. Money borrowed and left idle makes every loan dearer.
gl_cost_of_debt__typical_range = 4–8% before tax

gl_leverage__term = Leverage L (net debt weight in WACC)
gl_leverage__definition = Net debt (loans + overdraft − cash) as a share of net debt plus equity, at book values on the year's opening balance sheet: the debt weight in WACC. Net cash counts as 0; a company without positive equity is distressed and charged at the 90% cap.
gl_leverage__formula = L = net debt / (net debt + equity), opening balance sheet of the year; net cash = 0; at most 90% (equity ≤ 0: 90%); debt-to-equity D/E = L / (1 − L)
gl_leverage__drivers = Borrowing and repaying, dividends, equity raised, cash held; net income through equity. A year's financing shows in the next year's opening balance sheet.
gl_leverage__typical_range = 20–45%; WACC is usually lowest where the bank's credit spread sets in (default scenario: 35%)

gl_wacc__term = WACC (weighted average cost of capital)
gl_wacc__definition = The minimum return capital employed must earn: cost of equity and after-tax cost of debt, weighted by leverage L from net debt and equity on the opening balance sheet. The cost of equity rises with debt (Hamada); the cost of debt is the interest actually paid, with the bank's credit spread. Cash is netted against debt, so idle cash cannot lower WACC; moderate debt lowers it a little (tax shield), heavy debt raises it.
gl_wacc__formula = WACC = (1 − L) × k_E + L × k_D × (1 − tax rate); L = net debt / (net debt + equity) at the start of the year, at most 90%, exactly 90% when equity ≤ 0
gl_wacc__drivers = Capital structure: loans, dividends, equity raised, cash; the overdraft; interest-rate events. A year's financing moves the weights only in the next year, the credit spread in the same year.
gl_wacc__typical_range = 7–10%; default scenario about 8.7% in year 1

gl_capital_charge__term = Capital charge
gl_capital_charge__definition = What the capital employed costs for the year at WACC: the owners' and lenders' minimum return on the year's average capital, including capital tied up during the year or in the last year of the game.
gl_capital_charge__formula = WACC × (opening capital employed + closing capital employed) / 2
gl_capital_charge__drivers = Capital tied up (lines, projects, payment terms, inventory) and WACC (capital structure).
gl_capital_charge__typical_range = 4–8% of net revenue

gl_eva__term = Economic Value Added (EVA)
gl_eva__definition = Profit after charging for all capital, equity included, on the year's average capital employed: positive means the company earns more than its capital providers require and creates value.
gl_eva__formula = NOPAT − WACC × average capital employed = (ROIC − WACC) × average capital employed
gl_eva__drivers = Every decision: price, rebate, volume and cost through NOPAT; lines, projects, payment terms and inventory through capital; financing through WACC.
gl_eva__typical_range = 0–5% of capital employed; many companies hover around zero

gl_spread__term = Value spread (ROIC − WACC)
gl_spread__definition = How many percentage points the after-tax return exceeds the cost of capital. Only a positive spread makes growth create value.
gl_spread__formula = ROIC − WACC
gl_spread__drivers = NOPAT margin (price, rebate, cost), capital turnover (capital tied up) and WACC (financing).
gl_spread__typical_range = −3 to +8 percentage points

gl_nopat_margin__term = NOPAT margin
gl_nopat_margin__definition = NOPAT relative to net revenue: the after-tax return on sales in the driver tree.
gl_nopat_margin__formula = NOPAT / net revenue ≈ EBIT margin × (1 − tax rate)
gl_nopat_margin__drivers = EBIT margin (price, rebate, every cost ratio) and tax rate.
gl_nopat_margin__typical_range = 3.5–7%

gl_tax_rate__term = Tax rate
gl_tax_rate__definition = The scenario's income-tax rate; it sets tax, NOPAT and the tax shield on debt in WACC.
gl_tax_rate__formula = Scenario setting
gl_tax_rate__drivers = The scenario; no decision in the game.
gl_tax_rate__typical_range = About 30% (German corporate tax, solidarity surcharge, trade tax)

gl_cogs_ratio__term = COGS ratio
gl_cogs_ratio__definition = Cost of goods sold per euro of revenue. Rebates raise it, because they cut revenue but not cost.
gl_cogs_ratio__formula = COGS / net revenue
gl_cogs_ratio__drivers = Net price (list price, rebate), material prices, material and labour saving projects.
gl_cogs_ratio__typical_range = 60–75%

gl_marketing_ratio__term = Marketing ratio
gl_marketing_ratio__definition = Marketing expense per euro of revenue.
gl_marketing_ratio__formula = Marketing / net revenue
gl_marketing_ratio__drivers = Marketing budget; revenue.
gl_marketing_ratio__typical_range = 1–4%

gl_rnd_ratio__term = R&D ratio
gl_rnd_ratio__definition = Research and development expense per euro of revenue.
gl_rnd_ratio__formula = R&D / net revenue
gl_rnd_ratio__drivers = R&D budget; revenue.
gl_rnd_ratio__typical_range = 2–6%

gl_sales_force_ratio__term = Sales force ratio
gl_sales_force_ratio__definition = Sales force cost per euro of revenue.
gl_sales_force_ratio__formula = Sales force cost / net revenue
gl_sales_force_ratio__drivers = Sales headcount per segment; revenue.
gl_sales_force_ratio__typical_range = 3–8%

gl_admin_ratio__term = Administration ratio
gl_admin_ratio__definition = Administration cost per euro of revenue; falls as revenue grows, because administration is fixed.
gl_admin_ratio__formula = Administration / net revenue
gl_admin_ratio__drivers = Revenue (operating leverage), projects that save administration cost.
gl_admin_ratio__typical_range = 3–7%

gl_cost_to_serve_ratio__term = Cost-to-serve ratio
gl_cost_to_serve_ratio__definition = Cost to serve per euro of revenue; high in segments that are costly to serve and buy at low net prices.
gl_cost_to_serve_ratio__formula = Cost to serve / net revenue
gl_cost_to_serve_ratio__drivers = Segment mix and net price (price, rebate, payment terms, sales force per segment).
gl_cost_to_serve_ratio__typical_range = 1–4%

gl_inventory_holding_ratio__term = Inventory holding ratio
gl_inventory_holding_ratio__definition = Inventory holding cost per euro of revenue.
gl_inventory_holding_ratio__formula = Inventory holding / net revenue
gl_inventory_holding_ratio__drivers = Production beyond sales.
gl_inventory_holding_ratio__typical_range = 0.5–2%

gl_depreciation_ratio__term = Depreciation ratio
gl_depreciation_ratio__definition = Depreciation per euro of revenue; rises with investments that do not bring enough revenue.
gl_depreciation_ratio__formula = Depreciation / net revenue
gl_depreciation_ratio__drivers = Lines and projects (capex) and how well revenue uses them.
gl_depreciation_ratio__typical_range = 3–5%

gl_volume_units__term = Volume (units sold)
gl_volume_units__definition = Units sold in the year across all segments. More volume is not automatically more value.
gl_volume_units__formula = Sum over segments: demand (including spill-over from sold-out competitors), capped at the stock available
gl_volume_units__drivers = Price after rebate, payment terms, marketing, R&D, sales force, production (availability), market growth, competitors.
gl_volume_units__typical_range = Depends on the scenario; judge it against capacity and market share

gl_average_net_price__term = Average net price
gl_average_net_price__definition = The average price achieved per unit after rebates, across segments weighted by volume.
gl_average_net_price__formula = Net revenue / units sold
gl_average_net_price__drivers = List price and rebate per segment, segment mix.
gl_average_net_price__typical_range = Depends on the scenario; 3–10% below list price

gl_score__term = Score (present value of EVA)
gl_score__definition = The EVA of every year played so far, each discounted at WACC to the start of the game: the market value added. If the owners had to rescue the company, the rescue capital is deducted at the scenario's penalty rate; an insolvent company ranks below every solvent one, whatever its score.
gl_score__formula = Sum over years t: (EVA_t − penalty rate × rescue capital_t) / ((1 + WACC_1) × … × (1 + WACC_t))
gl_score__drivers = Every decision, through each year's EVA; early years weigh more. An insolvency (credit line not enough or equity used up) costs points and rank.
gl_score__typical_range = Positive means value created; negative, value destroyed

gl_npv__term = Net present value (NPV)
gl_npv__definition = The sum of a project's cash flows discounted to today at WACC. A positive NPV means the project earns more than its cost of capital and creates value.
gl_npv__formula = Sum over t: cash flow_t / (1 + WACC)^t, t = 0 being the investment
gl_npv__drivers = Capex, life and effects of the project (savings, capacity, brand, quality), WACC.
gl_npv__typical_range = > €0: invest; < €0: reject

gl_irr__term = Internal rate of return (IRR)
gl_irr__definition = The rate at which a project's NPV is zero: its return. Above WACC, the project pays.
gl_irr__formula = Rate r with sum over t: cash flow_t / (1 + r)^t = 0
gl_irr__drivers = Capex, life and effects of the project.
gl_irr__typical_range = Above WACC; usually 10–25% for industrial projects

gl_payback_years__term = Payback period
gl_payback_years__definition = Years until the cumulative undiscounted cash flows recover the investment. A risk measure, not a value measure: it ignores everything after.
gl_payback_years__formula = First year in which the cumulative cash flow reaches ≥ 0, interpolated linearly within the year
gl_payback_years__drivers = Capex and the project's yearly effects.
gl_payback_years__typical_range = 3–6 years

gl_discounted_payback_years__term = Discounted payback period
gl_discounted_payback_years__definition = Like the payback period, but on discounted cash flows: years until the investment is recovered including the cost of capital.
gl_discounted_payback_years__formula = First year in which the cumulative cash flow discounted at WACC reaches ≥ 0, interpolated linearly
gl_discounted_payback_years__drivers = Capex, yearly effects and life of the project, WACC.
gl_discounted_payback_years__typical_range = 4–8 years; must be shorter than the project's life

gl_profitability_index__term = Profitability index (PI)
gl_profitability_index__definition = Present value of the returns per euro invested. Above 1 exactly when NPV is positive; useful to rank projects under a tight budget.
gl_profitability_index__formula = Present value of the cash flows from t = 1 / |investment at t = 0|
gl_profitability_index__drivers = Capex, life and effects of the project, WACC.
gl_profitability_index__typical_range = > 1.0: invest; good projects 1.2–2.0
gl_fixed_assets__term = Fixed assets (operating)
gl_fixed_assets__definition = In the customer lab: intangible assets with goodwill and property, plant and equipment with right-of-use assets, the average of the year's start and end. Financial assets are not included: they do not earn the operating result.
gl_fixed_assets__formula = (intangible assets + PP&E) at start and end, averaged
gl_fixed_assets__drivers = Capex, depreciation, acquisitions (goodwill), leases.
gl_fixed_assets__typical_range = 20–60 % of capital employed
gl_other_operating_assets__term = Other operating assets
gl_other_operating_assets__definition = Contract assets, other receivables and assets of the business; they tie up capital like trade receivables.
gl_other_operating_assets__formula = average of the year's start and end
gl_other_operating_assets__drivers = Project business (contract assets), prepayments to suppliers, tax refunds.
gl_other_operating_assets__typical_range = 0–10 % of revenue
gl_other_operating_liabilities__term = Advance payments and other operating liabilities
gl_other_operating_liabilities__definition = Customers' advance payments and contract liabilities: interest-free capital the business brings along itself; subtracted from capital employed like supplier credit.
gl_other_operating_liabilities__formula = average of the year's start and end
gl_other_operating_liabilities__drivers = Advance-payment terms, order backlog, project business.
gl_other_operating_liabilities__typical_range = 0–20 % of revenue in plant engineering
gl_selling_ratio__term = Selling expenses / revenue
gl_selling_ratio__definition = The published selling expenses over net revenue: sales, marketing, service and logistics.
gl_selling_ratio__formula = selling expenses / net revenue
gl_selling_ratio__drivers = Sales organisation, advertising, customer service, freight.
gl_selling_ratio__typical_range = 8–15 % in machinery
gl_other_operating_ratio__term = Other operating expenses (net) / revenue
gl_other_operating_ratio__definition = Other operating expenses less other operating income, over net revenue; negative when the income is larger.
gl_other_operating_ratio__formula = (other operating expenses − other operating income) / net revenue
gl_other_operating_ratio__drivers = Currency effects, gains on disposals, write-downs, provisions.
gl_other_operating_ratio__typical_range = −2 to +3 %
gl_net_gearing__term = Net gearing
gl_net_gearing__definition = Net debt over equity including minorities, as analysts and annual reports state it; with or without pensions, as the report defines net debt.
gl_net_gearing__formula = (financial debt [+ pensions] − cash − securities) / equity
gl_net_gearing__drivers = Borrowing, dividends, profits, capex.
gl_net_gearing__typical_range = 0–100 %
gl_operating_free_cash_flow__term = Operating free cash flow
gl_operating_free_cash_flow__definition = What the business leaves in cash after tax and after investing in its capital employed: NOPAT less the growth of capital employed. Consistent with EVA and with the valuation of an offer.
gl_operating_free_cash_flow__formula = NOPAT − (capital employed at the end − at the start)
gl_operating_free_cash_flow__drivers = Margin, growth, working capital, capex.
gl_operating_free_cash_flow__typical_range = 0–10 % of revenue
gl_dividends_paid__term = Dividends paid
gl_dividends_paid__definition = The dividends paid in the year as the cash-flow statement shows them, not derived from the change in retained earnings (which also holds other comprehensive income).
gl_dividends_paid__formula = per cash-flow statement
gl_dividends_paid__drivers = Payout policy, prior year's profit.
gl_dividends_paid__typical_range = 30–60 % of the prior year's profit

# The attribution sentences of the value tab (sim/explain.rs).
explain_price_volume = Your average net price { $price_up ->
        [yes] rose
       *[no] fell
    } by { $price }, volume { $volume_up ->
        [yes] rose
       *[no] fell
    } by { $volume }.
explain_margin = The EBIT margin { $up ->
        [yes] rose
       *[no] fell
    } by { $points } points to { $margin }.
explain_roic = { $change ->
        [fell_below] ROIC dropped below WACC ({ $roic } against { $wacc }): capital no longer earns its cost.
        [rose_above] ROIC rose above WACC ({ $roic } against { $wacc }): capital earns its cost.
        [stays_above] ROIC stays above WACC: { $roic } against { $wacc }.
       *[stays_below] ROIC stays below WACC: { $roic } against { $wacc }.
    }
explain_eva = EVA: { $eva } ({ $total } on last year); the largest effect came from { $driver ->
        [revenue] revenue
        [margin] margin
        [tax] tax
        [capital] capital employed
       *[wacc] cost of capital (WACC)
    }: { $amount }.

# The table of `mehrwert analyze` (cli/analyze.rs).
analyze_title = { $company } – fiscal year { $year }
analyze_eva_heading = Economic value added (EVA)
analyze_nopat = NOPAT = EBIT × (1 − tax rate)
analyze_charge = Capital charge = WACC × capital employed
analyze_eva_line = EVA = NOPAT − capital charge
analyze_kpi_heading = Key figures
analyze_tree_heading = Value driver tree
analyze_days = { $days } days
analyze_units = { $units } units
analyze_verdict = { $verdict ->
        [destroyed] ROIC below WACC: the company destroyed value this year.
        [created] ROIC above WACC: the company created value this year.
       *[even] ROIC equal to WACC: the company earned exactly its cost of capital.
    }
analyze_revenue_growth = Revenue growth
analyze_gross_margin = Gross margin
analyze_ebitda_margin = EBITDA margin
analyze_ebit_margin = EBIT margin (ROS)
analyze_net_margin = Net margin
analyze_roe = Return on equity (ROE)
analyze_roa = Return on assets (ROA)
analyze_roce = ROCE = EBIT / capital employed
analyze_roic = ROIC = NOPAT / capital employed
analyze_capital_turnover = Capital turnover
analyze_dso_days = Days sales outstanding (DSO)
analyze_dio_days = Days inventory outstanding (DIO)
analyze_dpo_days = Days payables outstanding (DPO)
analyze_cash_conversion_cycle_days = Cash conversion cycle
analyze_net_working_capital = Net working capital
analyze_current_ratio = Current ratio
analyze_quick_ratio = Quick ratio
analyze_equity_ratio = Equity ratio
analyze_gearing = Gearing
analyze_net_debt = Net debt
analyze_net_debt_to_ebitda = Net debt / EBITDA
analyze_interest_coverage = Interest coverage (EBIT / interest expense)
analyze_free_cash_flow = Free cash flow
analyze_break_even_units = Break-even volume
analyze_capacity_utilisation = Capacity utilisation
analyze_market_share = Market share
analyze_eva = EVA
analyze_spread = Spread = ROIC − WACC
analyze_nopat_margin = NOPAT margin
analyze_cogs_ratio = Cost of goods sold / revenue
analyze_marketing_ratio = Marketing / revenue
analyze_rnd_ratio = R&D / revenue
analyze_sales_force_ratio = Sales force / revenue
analyze_admin_ratio = Administration / revenue
analyze_cost_to_serve_ratio = Cost to serve / revenue
analyze_inventory_holding_ratio = Inventory holding / revenue
analyze_depreciation_ratio = Depreciation / revenue
analyze_tax_rate = Tax rate
analyze_net_revenue = Net revenue
analyze_volume_units = Volume
analyze_average_net_price = Average net price
analyze_wacc = WACC
analyze_leverage = Leverage L (net debt, weight in WACC)
analyze_cost_of_equity = Cost of equity
analyze_cost_of_debt = Cost of debt (before tax)
analyze_capital_employed = Capital employed (average of the year)
analyze_net_fixed_assets = Net fixed assets
analyze_inventory = Inventory
analyze_receivables = Trade receivables
analyze_payables = less trade payables
analyze_template_written = Template written: { $path } — enter the figures from the annual report, then run "mehrwert analyze { $path }".
analyze_unit_line = Amounts in { $currency }; entered in { $unit ->
        [Thousands] thousands
        [Millions] millions
       *[Units] full amounts
    }, rounded to { $rounding }
analyze_unit_line_exact = Amounts in { $currency }, exact to the cent
analyze_residual = Rounding difference of the balance sheet { $sheet ->
        [opening] at the start of the year
       *[closing] at the end of the year
    } (assets − equity and liabilities): { $amount } — within the report's rounding
analyze_ebitda = EBITDA
analyze_ebit = EBIT (operating result)
analyze_net_income = Net income
analyze_net_gearing = Net gearing
analyze_operating_free_cash_flow = Operating free cash flow (NOPAT − ΔCE)
analyze_dividends_paid = Dividends paid
analyze_selling_ratio = Selling expenses / revenue
analyze_other_operating_ratio = Other operating expenses (net) / revenue
analyze_fixed_assets = Fixed assets (intangible and tangible)
analyze_other_operating_assets = Other operating assets
analyze_other_operating_liabilities = less advance payments, other op. liabilities

## Command line: the report of `check` and the tables of `balance` and `probe` (crate::cli), chosen by --lang.

cli_check_ok = ok: { $file } ({ $kind })
cli_check_kind_scenario = scenario
cli_check_kind_decisions = decisions
cli_check_kind_session = game session (save game with teams and drafts)
cli_check_kind_customer_report = a customer's annual report
cli_check_kind_value_case = a value case
cli_check_kind_library = a benefit library
cli_check_kind_workbook = a workbook with a customer's figures
cli_check_kind_practice = a workshop's practice file (the other teams as ghosts)
cli_check_kind_save = save game
cli_check_parsed = parsed: { $file } (decisions; not validated: no valid scenario)
cli_check_against = note: decision files are checked against { $file } (choose another with --scenario)
cli_check_scenario_broken = note: the --scenario file has errors; decision files are only parsed
cli_check_failed = check failed: { $failed } of { $total } file(s) with errors
cli_balance_title = { $scenario } — { $games ->
    [one] one game
   *[other] { $games_text } games
}
cli_balance_strategy = Strategy
cli_balance_companies = Companies
cli_mean_score = Mean score
cli_balance_win_share = Win share
cli_balance_bankruptcies = Insolvencies
cli_balance_throughput = { $company_years } company-years in { $seconds } s: { $rate } company-years/s
cli_probe_title = { $scenario } — probe: { $plans } plans × { $seeds ->
    [one] one game
   *[other] { $seeds } games
} (one seat against the computer, the seat moving with the seed)
cli_probe_plan = Plan
cli_probe_family = Kind
cli_probe_mean_rank = Mean rank
cli_probe_insolvent = Insolvent
cli_probe_verdict = Verdict
cli_probe_family_computer = computer
cli_probe_family_value = value
cli_probe_family_volume = volume
cli_probe_family_fixed = fixed
cli_probe_family_move = move
cli_probe_sound = does not pay
cli_probe_pays = PAYS: { $reason }
cli_probe_reason_fixed = mean rank in the top two
cli_probe_reason_move = adds more than { $margin } to the score of value pricing ({ $value })
cli_probe_reason_volume = does not lose against value pricing ({ $value })
cli_probe_plausibility = Plausibility ({ $games ->
    [one] one computer game
   *[other] { $games } computer games
} with mixed strategies)
cli_probe_figure = Figure
cli_probe_median = Median
cli_probe_spread = P10 – P90
cli_probe_range = Range
cli_probe_ok = ok
cli_probe_implausible = IMPLAUSIBLE
cli_probe_win_shares = Win shares:
cli_probe_too_high = (TOO HIGH)
cli_probe_interrupted = Interrupted: the figures show what had been played.
cli_probe_result_sound = Result: no plan pays, the companies are plausible.
cli_probe_result_findings = Result: { $paying ->
    [0] no plan pays
    [one] one plan pays
   *[other] { $paying } plans pay
}, { $implausible ->
    [0] no figure is
    [one] one figure is
   *[other] { $implausible } figures are
} implausible.
cli_check_equity_ratio = Equity ratio
cli_check_cash_share_of_assets = Cash / total assets
cli_check_ebit_margin = EBIT margin
cli_check_roce = ROCE
roic = ROIC
cli_check_dio_days = Days inventory outstanding
cli_check_dso_days = Days sales outstanding
cli_check_capacity_utilisation = Capacity utilisation
cli_check_stock_out_share = Share of sold-out segment-years

## Command line: the table of `appraise` (crate::cli::appraise), chosen by --lang.

cli_appraise_rate = Discount rate: { $rate }
cli_appraise_npv = Net present value (NPV): { $npv }
cli_appraise_irr = Internal rate of return (IRR): { $irr }
cli_appraise_payback = Payback period: { $years }
cli_appraise_discounted_payback = Discounted payback period: { $years }
cli_appraise_profitability_index = Profitability index (PI): { $index }
cli_appraise_years = { $years } years
cli_appraise_never = never
cli_appraise_no_irr = none
cli_appraise_no_index = none (no initial outlay)

# A problem with a file, one sentence per code (ui/issue_text.rs).
ui_issue_e_branch_replay = The what-if replay could not be played.
ui_issue_e_branch_year = This year cannot be replayed (it has not been played yet).
ui_issue_e_count = The number of entries is wrong.
ui_issue_e_duplicate_decisions = Two sets of decisions for the same company and year.
ui_issue_e_duplicate_field = A field appears twice in the file.
ui_issue_e_duplicate_id = An id is used twice.
ui_issue_e_empty = A required field is empty.
ui_issue_e_id_format = An id has a form that is not allowed.
ui_issue_e_inconsistent = The entries contradict each other.
ui_issue_e_internal = Internal error of the program – please report it.
ui_issue_e_missing_field = A required field is missing.
ui_issue_e_no_game = No game is running.
ui_issue_e_not_scenario = The file is not a scenario.
ui_issue_e_not_utf8 = The file is not UTF-8 text (damaged or binary).
ui_issue_e_precision = A number has more decimals than the field allows (cents at most for amounts).
ui_issue_e_preview = No preview: the game has no year left.
ui_issue_e_range = A value is outside the allowed range.
ui_issue_e_read = The file cannot be read (missing or no access).
ui_issue_e_save_ledger = The save is damaged: its books do not balance.
ui_issue_e_save_mismatch = The save does not match its scenario.
ui_issue_e_format_version = The file is in a format this version of the program does not read.
ui_issue_e_save_version = The save comes from another version of the program.
ui_issue_e_save_year = The save is damaged: its fiscal year does not match its reports.
ui_issue_e_scenario_version = The scenario is in an older format.
ui_issue_e_syntax = The file is damaged or mistyped at this point.
ui_issue_e_truncated = The file ends too early (cut off).
ui_issue_e_type = A value has the wrong kind (for example text instead of a number).
ui_issue_e_unbalanced = The balance sheet does not balance (assets ≠ liabilities and equity).
ui_issue_e_unknown_field = The file has an unknown field (a typo?).
ui_issue_e_unknown_ref = A reference points to something that does not exist.
ui_issue_e_unknown_variant = A value is not one of the allowed choices.
ui_issue_e_year = The fiscal year does not fit.
ui_issue_w_capacity = Note: capacity is short of the planned volume.
ui_issue_w_translation = Note: an English text translates none of the scenario's texts and is never shown.
ui_issue_w_economy = Note: the scenario's economics look doubtful.
ui_issue_w_rate_order = Note: the interest rates are in an unusual order.
ui_issue_line_column = line { $line }, column { $column }
ui_issue_line = line { $line }
ui_issue_field = field { $field }
ui_issue_unknown = Unknown error.
ui_issue_more = (and { $count ->
    [one] 1 more problem
   *[other] { $count } more problems
})
ui_issue_details = Technical details for fixing the file:
ui_issue_recover = Open the last good autosave
ui_issue_dismiss = Close the message

## The guided first year (coach notes)
ui_setup_guide_label = Getting started
ui_setup_guide = Guided first year
ui_setup_guide_hint = In the first fiscal year a short tip explains each group of decisions, the pro-forma and each part of the first annual report. Hide them at any time; the menu (Esc) brings them back.
ui_menu_guide = Tips in the first fiscal year
ui_coach_step = Tip { $n } of { $count }: { $topic }
ui_coach_tip = Tip on the first annual report
ui_coach_back = ← Back
ui_coach_next = Next →
ui_coach_hide = Hide tips
ui_coach_hide_hint = The menu (Esc) turns the tips back on.
ui_coach_sales_title = Sales and pricing
ui_coach_sales = List price, rebate and payment terms decide how much you sell – and how much of it you keep. Every point of rebate costs margin, every day of payment terms ties money up in receivables, and tied-up capital costs interest (WACC). The sales forecast is your own estimate; left empty, the market model's suggestion counts.
ui_coach_production_title = Production, marketing and R&D
ui_coach_production = Make what you can sell: stock left over ties up capital and costs holding; a shortfall gives sales away. Marketing and R&D lift demand but are expensed at once – they pay only when the extra sales earn more than they cost.
ui_coach_investments_title = Investments and projects
ui_coach_investments = New lines add capacity, projects cut costs. A project creates value when its net present value (NPV) at the WACC is positive: the capital is tied up at once, the benefit comes over the years. Close to the game's end hardly any investment still pays back.
ui_coach_financing_title = Financing
ui_coach_financing = A loan closes a gap in the cash. Money that just sits in the account costs interest, though, and raises the WACC. When the cash runs short, the expensive overdraft steps in. A dividend gives the owners money the company does not need.
ui_coach_pro_forma_title = The pro-forma
ui_coach_pro_forma = On the right: how the year would close with your entries – with your sales forecast, and assuming the competitors keep last year's course. It is a plan, not an oracle. What counts is the EVA row: the operating profit after tax (NOPAT) minus the cost of the capital employed.
ui_coach_report_statements = The income statement shows what the year earned, the balance sheet how much capital it tied up, and the cash-flow statement where the money went. A click on a line of your company shows the bookings behind it and the decision they came from.
ui_coach_report_dashboard = Every company's KPIs over the years. When ROIC is above WACC, your capital earns more than it costs – that is value added. Revenue and market share alone say nothing about it.
ui_coach_report_market = The market report shows what everybody sees: prices, volumes and shares per segment. More volume bought with rebates is good only when the margin still pays for the capital it ties up.
ui_coach_report_leaderboard = The score is the present value of EVA over all years – not revenue, not market share, and not profit alone.
ui_coach_report_value = The driver tree splits EVA into margin, capital turnover and the cost of capital; the bridge explains the change from last year. Under "What if …" you replay a past year with other decisions and see what it would have done to EVA.
ui_coach_report_journal = Every figure of the reports comes from bookings: each with debit and credit of the same amount, and with the decision that caused it.

## Issues: what a file's problem found and what is allowed (`check`, the JSON carries English)
ph_error = error
ph_warning = warning
ph_found_allowed = found { $found }; allowed: { $allowed }
ph_range_of = { $lo }..={ $n }
ph_range_to = { $lo } to { $hi }
ph_count_exactly = exactly { $n }
ph_n_years = { $count ->
    [one] { $count } year
   *[other] { $count } years
}
ph_n_scenario_years = { $count } (the scenario's years)
ph_n_units = { $count ->
    [one] { $count } unit
   *[other] { $count } units
}
ph_n_units_per_year = { $count ->
    [one] { $count } unit per year
   *[other] { $count } units per year
}
ph_n_lines = { $count ->
    [one] { $count } line
   *[other] { $count } lines
}
ph_n_days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
ph_n_salespeople = { $count ->
    [one] { $count } salesperson
   *[other] { $count } salespeople
}
ph_n_segments = { $count ->
    [one] { $count } segment
   *[other] { $count } segments
}
ph_n_companies = { $count ->
    [one] { $count } company
   *[other] { $count } companies
}
ph_n_entries_per_segment = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
} (one per segment)
ph_at_most_places = at most { $places } decimal places ({ $what })
ph_what_rate_share_price = a rate, share or price
ph_what_rate_share = a rate or share
ph_what_price = a price per unit
ph_what_share = a share
ph_price_range = { $lo } € ..= { $hi } € per unit
ph_whole_cents = whole cents (at most 2 decimal places)
ph_id_format = a non-empty id of a-z, 0-9, `_` and `-`, e.g. "key_accounts"
ph_again = { $value } again
ph_each_id_once = each id once (first used at { $first })
ph_empty_text = an empty text
ph_non_empty_text = a non-empty text
ph_max_rebate = 0..={ $max } (max_rebate of segment { $segment })
ph_max_payment_days = 0..={ $max } { $max ->
    [one] day
   *[other] days
} (max_payment_days of segment { $segment })
ph_scenario_format = { $version } (the format this Mehrwert reads; docs/scenario-format.md)
ph_not_below_unlevered = { $rate } not below unlevered_cost_of_equity { $unlevered }
ph_below_unlevered = below unlevered_cost_of_equity (owners ask a premium for business risk)
ph_rescue_free = 0: a rescue costs the score nothing
ph_rescue_above_zero = above 0 (else going insolvent on purpose is free apart from the ranking)
ph_below_loan_rate = { $rate } below loan_rate { $loan_rate }
ph_overdraft_at_least_loan = overdraft_rate ≥ loan_rate (else the automatic overdraft is the cheapest credit)
ph_ppe_without_lines = { $ppe } with no opening lines
ph_zero_without_lines = 0 when production.opening_line_remaining_years is empty (every fixed asset is a line)
ph_depreciation_for_lines = { $depreciation } on { $gross } gross for lines with { $lives } remaining years
ph_depreciation_enough = enough that the longest-lived line is worth at most its gross share (net book value is spread over the lines by remaining life)
ph_inventory_for_units = { $inventory } for { $units }
ph_inventory_positive = a positive value exactly when inventory_units > 0
ph_above_field = { $value } above { $field } { $limit }
ph_at_most_field = at most { $field }
ph_assets_vs = assets { $assets } vs equity and liabilities { $equity_and_liabilities }
ph_assets_equal = assets = equity + liabilities (cash + receivables + inventory + ppe_gross − accumulated_depreciation = payables + tax_payable + loans + subscribed_capital + retained_earnings; difference { $difference })
ph_none_or_segment = None or a segment id: { $ids }
ph_company_id = a company id of the scenario: { $ids }
ph_no_projects = no projects: this scenario has no catalogue
ph_project_id = a project id of the scenario: { $ids }
ph_n_line_years = { $count } years (at most line_life_years)
ph_not_a_text = { $text }, which is none of the scenario's texts
ph_a_german_text = a German text of the scenario written exactly as it is (name, description, lesson, a segment's name, a headline, a project's name or description); else the English is never shown
ph_elasticity_zero = 0: the segment buys as much at any price level
ph_elasticity_above_zero = above 0 (else sellers who all raise prices lose no buyers)
ph_reservation_below_cost = buyers pay at most { $reservation } € a unit, the variable cost is { $cost } €
ph_reservation_above_cost = a reservation price above the variable cost (else no sale can earn anything)
ph_own_elasticity = { $weight }: a company's own price elasticity is { $elasticity } with { $companies } companies
ph_elasticity_above_one = an elasticity above 1 (else the highest price buyers accept always pays best)
ph_best_price = the best net price is about { $best } € (variable cost { $cost } €), the reference { $reference } €
ph_best_price_near_reference = weights that put the best price within 15 % of the reference price
ph_syn_value_example = a value, e.g. `( name: "…", … )`
ph_syn_nothing_after = nothing after the value that ends before it
ph_syn_nesting = at most 128 levels of nested brackets
ph_syn_value = a value
ph_syn_colon = `:` after the map key
ph_syn_no_bytes = a value (byte strings are not used in Mehrwert files)
ph_syn_identifier = an identifier
ph_syn_number = a number
ph_syn_exponent = the digits of the exponent
ph_syn_digit = a digit
ph_syn_separator = a separator after the number
ph_syn_raw_end = the end of the raw string
ph_syn_string_end = `"` closing the string
ph_syn_character = a character
ph_syn_character_end = `'` closing the character
ph_syn_escaped = an escaped character
ph_syn_ascii_escape = an ASCII escape `\x00`..`\x7F`
ph_syn_unicode_open = `{"{"}` in a Unicode escape `\u{"{"}…{"}"}`
ph_syn_unicode_close = `{"}"}` closing the Unicode escape
ph_syn_unicode_valid = a valid Unicode escape `\u{"{"}…{"}"}`
ph_syn_escape = an escape: \" \\ \n \r \t \0 \x.. \u{"{"}…{"}"}
ph_syn_field = a field `name: value` or `)`
ph_syn_comma_or = `,` or { $close }
ph_end_of_file = end of file
ph_readable_file = a readable file
ph_more_bytes = more than { $bytes } bytes
ph_at_most_16_mib = a file of at most 16 MiB
ph_not_utf8 = byte { $byte } at byte offset { $offset }, which is not UTF-8 (a binary file?)
ph_utf8_text = UTF-8 text (save the file as UTF-8)
ph_no_such_file = no such file
ph_no_permission = no permission to read the file
ph_format_one = a scenario of format 1 (cost_of_equity, target_debt_weight; no scenario_format_version)
ph_convert_format = format { $version }: add `scenario_format_version: { $version },` and convert the fields as docs/scenario-format.md ("Moving a format-1 scenario to format 2") shows
ph_nul = a NUL character (binary data)
ph_ron_text = RON text
ph_open_string = string
ph_open_raw_string = raw string
ph_open_character = character
ph_open_comment = block comment
ph_open_bracket = { $bracket }
ph_rest_of_file = the rest of the file: the { $what } opened at line { $line }, column { $column } is not closed (is the file cut off?)
ph_length = { $expected } (found { $len } elements)
ph_required = this field is required (see docs/scenario-format.md)
ph_nothing_here = nothing here
ph_one_of = one of: { $list }
ph_did_you_mean = { $list } (did you mean `{ $best }`?)
ph_whole_from_zero = a whole number from 0 to { $max }
ph_whole_number = a whole number
ph_decimal_28 = a decimal number such as 0.25 or 1200 (at most 28 digits)
ph_decimal = a decimal number such as 0.25 or 1200
ph_quoted_text = a text in double quotes, e.g. "Pumpen"
ph_true_false = true or false
ph_list = a list `[ … ]`
ph_option = `Some(…)` or `None`
ph_nothing = nothing
ph_no_field = no field `{ $field }`
ph_struct_named = a struct `{ $name }( … )` or `( … )`
ph_struct_fields = a struct `( { $first }: …, … )`
ph_second_time = `{ $key }` a second time
ph_each_field_once = each field once
ph_significant = at most { $max } significant digits (found { $found })
ph_syn_comment_end = `*/` closing the comment
ph_n_entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
ph_one_per_segment = one per segment ({ $segments })
ph_companies_in_order = the scenario's companies in order: { $ids }
ph_one_report_per_year = one report per closed year ({ $years })
ph_books_disagree = balances that disagree with the journal or do not balance
ph_books_as_written = the books exactly as Mehrwert wrote them
ph_save_newer = { $version } (this save was written by a newer Mehrwert)
ph_save_older_economics = { $version } (this save was written by an earlier Mehrwert whose economics differ; start the game again from its scenario)
ph_save_older_warnings = { $version } (this save was written by an earlier Mehrwert that kept warnings as sentences; start the game again from its scenario)
ph_played_year = a played year, 1..={ $year } (no save data exists for later years)
ph_branch_year = the branch year { $year }
ph_working_simulation = a working simulation
ph_replays_differently = year { $year } replays differently from the saved game
ph_saved_by_this_version = a game saved by this version of Mehrwert with its own scenario
ph_no_year_left = the game has no year left to play
ph_game_not_finished = a game that is not finished
ph_no_such_game = no such game
ph_running_game = a running game
ph_year_being_played = the year being played, { $year }
ph_company_of_game = a company of the game
ph_readable_folder = a readable folder of decision files
ph_second_decision_file = a second decision file for { $company } in year { $year }
ph_one_file_per_year = one file per company and year (the first is { $first })
ph_session = a session of the game
ph_session_headless = a scenario, decision or save file (sessions are checked by the build with the game window)
ph_session_newer = 1..={ $version } (written by a newer Mehrwert)
ph_teams = one to eight teams, each running a company of the scenario
ph_scenario_file = a scenario file (open save games from the title screen)
ph_practice_version = { $version } (a practice file of this Mehrwert)
ph_practice_companies = the scenario's companies in its order: { $companies }
ph_practice_years = { $years } years (a workshop played to its end)
ph_practice_year = decisions of { $company } for year { $year }
ph_practice_same_game = a practice with the save's scenario and seed
ph_opening_capacity = at most the opening capacity of { $capacity } (opening lines × units_per_line); the simulation caps production there
ph_amount_up_to = an amount up to { $limit } in absolute value
ph_amount_not_negative = an amount of 0 € or more
ph_fraction_in = a fraction in [{ $low }, { $high }{ $close }, e.g. 0.30 for 30 %
ph_company_name = the company's name
ph_target_debt_weight_gone = nothing — the field is no longer used: debt is net of cash, and a company without positive equity is charged the higher of cost_of_equity and cost_of_debt (docs/analyze-format.md); remove the line
ph_at_most_gross = at most the gross amount
ph_net_fixed_assets = { $net }, but fixed_assets_gross − accumulated_depreciation = { $difference }
ph_same_amount = the same amount (or give one form only)
ph_fixed_assets_missing = fixed assets missing or incomplete
ph_fixed_assets_forms = net_fixed_assets, or fixed_assets_gross together with accumulated_depreciation
ph_sheet_balances = a balance sheet that balances: assets = equity + liabilities (difference { $difference })
ph_net_income = { $published }, but the lines give { $lines }
ph_net_income_of_lines = the net income of the lines above
ph_fraction_between = a fraction in { $open }{ $low }, { $high }{ $close }, e.g. 0.30 for 30 %
ph_currency_code = an ISO 4217 currency code of three capital letters, e.g. EUR, USD, CHF
ph_net_income_within = the net income of the lines above, within the report's rounding ({ $tolerance })
ph_sheet_balances_within = a balance sheet that balances within the report's rounding ({ $tolerance }): assets = equity + liabilities (difference { $difference })
ph_total_vs_lines = printed total assets { $printed }, but the lines give { $lines }
ph_total_within = the sum of the asset lines, within the report's rounding ({ $tolerance }) — a line is missing or mistyped
ph_savings_together = the savings of all levers together (best), at most the customer's operating costs
ph_within_fixed_assets = at most the customer's fixed assets
ph_rounding_step = a rounding of at most 1 in the report's unit (0.1 for "1,234.5 EUR m", 1 for whole thousands)
ph_discounts_together = discounts together at most today's purchases (annual_purchases)
ph_levers_sum = the levers of kind { $kind } add up ({ $scenario }) to { $sum }
ph_sum_between = together from { $low } to { $high } ({ $why })
ph_capital_with_offer = a customer's capital employed of { $capital } in contract year { $year } ({ $scenario })
ph_capital_positive = levers that leave the customer positive capital employed — no offer frees more capital than the customer employs
ph_library_version = { $version } (the library format of this Mehrwert)
ph_unique_id = each id only once in the file
ph_library_id = an id of lowercase letters, digits and _, e.g. energy or carbon_levy
ph_old_and_new_lines = selling together with the selling lines of the first format version (marketing, sales_force, cost_to_serve)
ph_one_form_of_lines = either the new line or the old lines, not both (they would count twice)
ph_value_case_version = { $version } (the value-case format of this Mehrwert; docs/value-lab.md)
ph_offer_title = the offer's name
ph_years_between = a year from { $low } to { $high }
ph_wacc_between = costs of capital that give a WACC above 0 % and below 100 %
ph_amount_between = an amount from { $low } to { $high } in whole cents ({ $why })
ph_amount_from = an amount from { $low } in whole cents
ph_within_revenue = at most the customer's net revenue
ph_within_costs = at most the customer's operating costs
ph_within_inventory = at most the customer's inventory at the year's end
ph_days = one year
ph_days_between = whole days from { $low } to { $high }
ph_lever_name = the lever's name
ph_lever_part = the category (Cost, Capital, Risk, Productivity, Growth) and the kind of lever (PricePaid, CostSaving, ExtraRevenue(margin: …), InventoryReduction, PaymentTerms, CapexAvoided(year: …, life_years: …), OneOffCost)
ph_purchases_for_terms = the customer's yearly purchases from us (annual_purchases), which payment terms apply to
ph_estimates = worst { $worst }, likely { $likely }, best { $best }
ph_estimates_rising = worst ≤ likely ≤ best (more is better for the customer here)
ph_estimates_falling = worst ≥ likely ≥ best (a price or a cost: less is better for the customer)
ph_rows_beyond = a row beyond row { $rows }
ph_rows_at_most = at most { $rows } rows a sheet, as in the template
ph_not_a_workbook = no readable Excel workbook ({ $error })
ph_xlsx_workbook = a workbook in .xlsx format, from the template of "mehrwert analyze --template"
ph_sheets_found = the sheets { $names }
ph_sheet_named = a sheet named "{ $name }" as in the template
ph_known_field_of = a field of the template for the sheet "{ $sheet }" (column A)
ph_field_once = each field in one row only
ph_row_missing = no row with the field { $field }
ph_row_with_field = a row with { $field } in column A, as in the template
ph_formula_error = the formula error { $error }
ph_empty_cell = an empty cell
ph_year_number = a year such as 2025
ph_cell_amount = a number (an amount in the unit of the details; the cell as a number, not text)
ph_cell_rate = a number as a fraction, e.g. 0.30 for 30 %
ph_cell_text = a text
ph_cell_count = a whole number from 0
ph_cell_flag = yes or no
ph_cell_unit = Units, Thousands or Millions (also €, T€, Mio. €)
ph_cell_text_found = the text "{ $text }"

## mehrwert host
host_listening = Workshop “{ $name }” is running at { $address }
host_lan_address = Teams in the room join at { $address }
host_journal = Journal: { $path } (resume after a crash with --resume)
host_trainer_token = Trainer token: { $token }
host_team_code = Team { $team } ({ $company }): join code { $code }
host_stop = Stop with Ctrl+C; the journal keeps everything.

## Join a workshop (a team on its own laptop)
ui_join_workshop = Join a workshop
ui_join_intro = The trainer gives you the workshop's address and your team's join code.
ui_join_address = Address
ui_join_code = Join code
ui_join_device = Name of this device
ui_join_button = Join
ui_join_connecting = Connecting …
ui_join_failed = Joining failed.
ui_join_unreachable = The workshop cannot be reached at this address. Check the address and that both devices are on the same network.
ui_join_wrong_code = The workshop does not know this join code.
ui_join_wrong_version = The workshop runs another version of Mehrwert. Please use the same version as the trainer.
ui_team_submitted = Submitted at { $time } from { $device } ✓
ui_team_waiting_for_others = Waiting for the other teams and the trainer.
ui_team_withdraw = Take back and change
ui_team_sending = Sending …
ui_team_waiting_for_results = The year is closed. The results come as soon as the trainer releases them.
ui_team_corrected = Corrected by { $by }: { $why }
ui_practice_head = Practice against the workshop “{ $workshop }” ({ $team }):
ui_practice_decide = The form shows what your team decided for year { $year } in the workshop. Change what you would do differently – the other companies decide exactly as in the workshop.
ui_practice_compared = Year { $year }: EVA of your path { $mine }, in the workshop { $room }. So far in total: { $mine_sum } against { $room_sum }.
ui_practice_button = Practise against the workshop
ui_practice_hint = Play the workshop again on your own: you run your company, the others repeat exactly what their teams decided.
ui_practice_saved = Practice file saved: { $path }
ui_practice_files = Save practice files
ui_practice_files_saved = { $count ->
    [one] One practice file
   *[other] { $count } practice files
} saved in { $path }
ui_console_practice_hint = One file per team: at home it plays the workshop again on its own, the other teams as ghosts with their decisions.
ui_observer_waiting = Reading the room …
ui_console_correct = Correct
ui_console_correct_hint = Change this team's submission in its own form, with your name and the reason, both of which the team sees.
ui_console_correction_title = Correcting { $team }'s submission – fiscal year { $year }
ui_console_correction_cancel = Cancel
ui_console_correction_by = Corrected by
ui_console_correction_why = Reason (the team sees it)
ui_console_correction_why_missing = Please give a reason: the team sees it in its books.
ui_console_correction_by_missing = Please say who corrects: the team sees the name.
ui_console_book_correction = Book the correction
ui_console_correction_hint = The team sees the correction with name and reason – never as a silent edit.
ui_console_correction_booked = Correction booked; the team sees it with name and reason.
ui_journal_correction = The trainer's booking: this year's decisions were corrected by { $by }. Reason: { $why }
ui_console_page = Console
ui_projector_ranking = Projector: ranking
ui_projector_market = Projector: market report
ui_projector_value_tree = Projector: value tree
ui_projector_final = Projector: final standings
ui_projector_final_later = After the last fiscal year is released.
ui_projector_nothing_yet = No results have been released yet.
ui_projector_ranking_title = Ranking after fiscal year { $year }
ui_projector_market_title = Market report fiscal year { $year }
ui_projector_no_consent = No team has allowed its value tree to be shown yet. Each team can allow it on its laptop in the “Value” tab – and take it back.
ui_projector_consented = Allowed by:
ui_projector_no_year = No fiscal year released yet.
ui_console_event_catalogue = From the scenario's catalogue:
ui_console_event_choose = Choose an event …
ui_team_unreachable = The trainer's laptop does not answer – your entries stay, this laptop keeps trying.
ui_practice_not_saved = The practice file could not be saved.
ui_refusal_deadline_passed = The deadline has passed – ask the trainer for more time.
ui_refusal_year_closed = This fiscal year is already closed.
ui_refusal_workshop_over = The workshop is over: no fiscal year is open any more.
ui_refusal_other_year = These decisions are for another fiscal year than the open one.
ui_refusal_nothing_submitted = Nothing has been submitted this year yet.
ui_refusal_no_deadline = No deadline is running – set one first.
ui_refusal_not_paused = The deadline is not paused.
ui_refusal_missing_teams = Not every team has submitted yet: “Close: missing teams keep last year's decisions” or “Close: the computer plays for missing teams” closes the year all the same.
ui_refusal_nothing_closed = No fiscal year is closed yet.
ui_refusal_event_year = An event is for the open fiscal year.
ui_refusal_nothing_to_release = No closed year waits to be released.
ui_refusal_not_over = The workshop is not over yet: practice files come after the last released year.
ui_refusal_submission_changed = The team has withdrawn or submitted again since the correction was opened – please open the correction again.
ui_console_end = End the workshop
ui_console_end_hint = After that no year can be undone, and each team can fetch its practice file.
ui_refusal_workshop_ended = The workshop is ended: no year is undone any more.
ui_team_practice_later = Once the trainer ends the workshop, you can practise against it here.
ui_refusal_conflict = That is not possible right now – the workshop is in another state.
ui_refusal_bad_request = The request is malformed.
ui_refusal_unauthorized = The workshop does not know this laptop (any more) – please join again with the code.
ui_refusal_forbidden = Only the trainer or the team itself may do that.
ui_refusal_not_found = That does not exist in this workshop.
ui_refusal_too_large = The request is too large.
ui_refusal_invalid_decisions = The decisions break rules of the scenario.
ui_refusal_too_many = Too many wrong join codes – please wait a minute.
ui_refusal_internal = The trainer's laptop could not save that; nothing changed.
ui_refusal_wrong_protocol = The trainer's laptop and this one run different Mehrwert versions.
ui_team_consent = The trainer may show our value tree on the projector
ui_team_consent_hint = Only with your consent; you can take it back at any time. Other teams then see your tree of the last released year.
ui_team_deadline = { $left } left until the deadline

## Host a workshop (the trainer)
ui_host_workshop = Host a workshop
ui_host_name = Workshop name
ui_host_port = Port
ui_host_lan = Reachable on the room's network (else on this laptop only)
ui_host_lan_hint = The first time, Windows asks whether Mehrwert may accept connections on private networks: allow it.
ui_host_start = Start the workshop
ui_host_failed = The workshop could not start.
ui_console_year = fiscal year { $year } of { $years }
ui_console_finished = every year played
ui_console_join = Join: “Join a workshop” → { $address }
ui_console_code = Join code
ui_console_device = Device
ui_console_submitted = Submitted
ui_console_computer = Computer plays
ui_console_not_joined = not joined yet
ui_console_taken_over = taken over
ui_console_corrected = corrected
ui_console_no_deadline = No deadline
ui_console_deadline = Deadline: { $left } left
ui_console_paused = paused
ui_console_deadline_10 = Deadline 10 minutes
ui_console_plus_5 = +5 minutes
ui_console_pause = Pause
ui_console_resume = Resume
ui_console_count = { $done } of { $teams } teams submitted
ui_console_close = Close the year
ui_console_close_keep = Close: missing teams keep last year's decisions
ui_console_close_computer = Close: the computer plays for missing teams
ui_console_release = Release the results
ui_console_undo = Undo the last year
ui_console_ranking = Ranking after fiscal year { $year }
ui_console_refused = Not possible: { $reason }
ui_host_resume = Continue the last workshop (after a crash or a restart)
host_observer_token = Observer token (read-only: co-trainer, projector; type it as the join code under “Join a workshop”): { $token }
ui_join_too_many = Too many wrong join codes in the last minute. Please wait a minute and copy the code exactly.
ui_console_undo_what = Undo fiscal year { $year }? Its results disappear for every team; their submissions for the year stay and can be changed until it is closed again. The years before stay exactly as they are.
ui_console_undo_eva = EVA FY { $year } (goes)
ui_console_undo_score = Score after it (goes)
ui_console_undo_seen = The teams have seen these results; their laptops then show the open year again.
ui_console_undo_unseen = The teams have not seen these results yet.
ui_console_undo_confirm = Undo
ui_console_undo_cancel = Cancel
ui_console_event = Announce an event for this fiscal year
ui_console_event_demand = Demand
ui_console_event_material = Material price
ui_console_event_interest = Interest
ui_console_event_segment = Segment
ui_console_event_all = every segment
ui_console_event_factor = Factor (e.g. 0.8 = −20 %)
ui_console_event_delta = Change of the interest rates (e.g. 0.01 = +1 percentage point)
ui_console_event_headline = Headline for the teams
ui_console_event_preview = Show the effect on each team
ui_console_event_announce = Announce
ui_console_eva_without = EVA without
ui_console_eva_with = EVA with
ui_console_eva_change = Δ EVA

### The customer value lab's value message (lab_*): one paragraph per buying-centre role.
lab_role_finance = Finance (CFO)
lab_role_purchasing = Purchasing
lab_role_production = Production
lab_role_management = Management
lab_days = { $days } days
lab_payback_none = not within the contract
lab_payback_at_once = from the first year
lab_years_value = { $years } years
lab_kf_delta_eva = ΔEVA over { $years } years
lab_kf_npv = Net present value at WACC { $wacc }
lab_kf_range = Net present value worst … best
lab_kf_payback = Payback
lab_kf_roce = ROCE today → with the offer
lab_col_lever = Lever and assumption
lab_col_worst = worst
lab_col_likely = likely
lab_col_best = best
lab_col_realised = realised
lab_from_year = from year
lab_col_year = Year
lab_col_delta_ebit = ΔEBIT
lab_col_delta_capital = Δcapital employed
lab_col_delta_eva = ΔEVA
lab_col_cash = Δcash flow
lab_col_driver = Value driver
lab_col_before = today
lab_col_with_offer = with the offer
lab_category_cost = cost
lab_category_capital = capital
lab_category_risk = risk
lab_category_productivity = productivity
lab_category_growth = growth
lab_heading_message = Value message
lab_heading_levers = The offer's value levers
lab_heading_years = Effect year by year (likely values)
lab_heading_tree = Value drivers in a full contract year
lab_subtitle = { $has_supplier ->
        [yes] For { $customer } · offer by { $supplier } · based on the annual report { $year }
       *[no] For { $customer } · based on the annual report { $year }
    }
lab_footnote = Basis: annual report { $year } of { $company } (source: { $source }). WACC { $wacc } from a cost of equity of { $ke }, a cost of debt of { $kd } before tax and a tax rate of { $tax }. The fiscal year stays the base; the offer changes it only through the levers listed. After the contract, capital freed is tied up again. Computed with Mehrwert.
lab_tornado_heading = Which assumption moves the net present value most? (worst … best, the others likely)
lab_realised_heading = Promised and realised
lab_realised_npv = Net present value promised { $promised }, with what was realised { $realised }
lab_msg_finance_eva = { $sign ->
        [up] Over { $years } contract years the offer raises your economic value added (EVA) by { $delta_eva } in total; in a full year from { $eva_before } to { $eva_after }.
        [down] Over { $years } contract years the offer lowers your economic value added (EVA) by { $delta_eva } in total; in a full year from { $eva_before } to { $eva_after }.
       *[none] Over { $years } contract years the offer leaves your economic value added (EVA) at { $eva_before } a year.
    }
lab_msg_finance_roce = Your ROCE (EBIT / capital employed) moves from { $before } to { $after }.
lab_msg_finance_capital = { $sign ->
        [up] { $capital } of capital tied up is freed.
       *[down] { $capital } more capital is tied up.
    }
lab_msg_finance_npv = { $sign ->
        [up] At your WACC of { $wacc } the offer is worth { $npv } to you (net present value of the cash flows); { $payback }
        [down] At your WACC of { $wacc } the offer costs you { $npv } (net present value of the cash flows); { $payback }
       *[none] At your WACC of { $wacc } the offer's net present value is zero; { $payback }
    }
lab_msg_payback_never = it does not pay back within the contract.
lab_msg_payback_at_once = it pays from the first year.
lab_msg_payback_years = it has paid for itself after { $years } years.
lab_msg_purchasing_price = { $sign ->
        [up] You pay { $price } a year more and save { $savings } a year in costs.
        [down] You pay { $price } a year less and also save { $savings } a year in costs.
       *[none] The price stays the same; you save { $savings } a year in costs.
    }
lab_msg_purchasing_tco = { $sign ->
        [up] Over { $years } years your total cost (price, savings, one-off costs) rises by { $tco } — the benefit lies in capital and earnings, not in the price.
        [down] Over { $years } years your total cost (price, savings, one-off costs) falls by { $tco }.
       *[none] Over { $years } years your total cost (price, savings, one-off costs) stays the same.
    }
lab_msg_production_none = In day-to-day operations the offer changes neither cost nor output; its benefit lies in capital.
lab_msg_production_savings = { $per_unit_known ->
        [yes] Production saves { $savings } a year, { $per_unit } per unit sold.
       *[no] Production saves { $savings } a year.
    }
lab_msg_production_output = More uptime and capacity bring { $extra } of extra revenue a year.
lab_msg_production_stock = Inventory falls by { $stock }.
lab_msg_management_spread = The spread of ROIC over WACC moves from { $before } to { $after }.
lab_msg_management_value = { $sign ->
        [up] Over { $years } years the offer creates { $delta_eva } of additional value.
        [down] Over { $years } years the offer destroys { $delta_eva } of value.
       *[none] Over { $years } years the offer does not change your economic value added.
    }
lab_msg_management_growth = It adds { $extra } of revenue a year to growth.
lab_msg_management_risk = { $sign ->
        [up] Even if every assumption turns out badly, a net present value of { $worst } remains.
        [down] If every assumption turns out badly, it costs you { $worst } (net present value) — the assumptions deserve a joint look.
       *[none] If every assumption turns out badly, the net present value is zero.
    }

## The customer value lab ("Kunde analysieren").
ui_lab_open_button = Analyse a customer
ui_lab_open_button_hint = Read a customer's annual report, understand its EVA and show what your offer does to its value
ui_lab_title = Analyse a customer
ui_lab_tab_report = 1 Customer's figures
ui_lab_tab_analysis = 2 Analysis
ui_lab_tab_offer = 3 Offer and value levers
ui_lab_tab_message = 4 Value message
ui_lab_open_heading = Open a file: value case, annual report (RON) or filled-in Excel template
ui_lab_open_hint = Or type the figures below as the annual report prints them.
ui_lab_write_template = Save the Excel template
ui_lab_write_template_hint = An empty workbook with every line item (German and English), both balance-sheet dates side by side
ui_lab_template_file = Template-customer-figures.xlsx
ui_lab_clear = Start over
ui_lab_cleared = The form is empty.
ui_lab_details = Details
ui_lab_field_company = Company
ui_lab_field_year = Fiscal year
ui_lab_field_currency = Currency (ISO code)
ui_lab_field_source = Source (report, year, pages)
ui_lab_field_pensions_in_net_debt = Pensions count as net debt
ui_lab_field_income_depreciation_included = Depreciation is in the costs above (cost-of-sales method)
ui_lab_unit = Figures in
ui_lab_unit_units = full amounts
ui_lab_unit_thousands = thousands
ui_lab_unit_millions = millions
ui_lab_balance_sheet = Balance sheet
ui_lab_opening = Prior year (start of year)
ui_lab_closing = Reporting year (end of year)
ui_lab_residual_opening = Rounding difference, prior year
ui_lab_residual_closing = Rounding difference, reporting year
ui_lab_income_statement = Income statement
ui_lab_blank = Open a file or type the customer's figures: details, both balance sheets, the income statement.
ui_lab_rate_tax_rate = Income-tax rate (%)
ui_lab_rate_cost_of_equity = Cost of equity (%)
ui_lab_rate_cost_of_debt = Cost of debt before tax (%)
ui_lab_rate_market_share = Market share (%, optional)
ui_lab_rate_hint = in percent: this is 0.… %. Meant { $meant } %? Then type "{ $meant }".
ui_lab_library_problem = A trainer's lever file cannot be read:
ui_lab_report_ok = The figures make a consistent set of accounts
ui_lab_report_problems = { $count ->
        [one] One problem left in the figures (in red under the field).
       *[other] { $count } problems left in the figures (in red under the fields).
    }
ui_lab_error_year = a year such as 2025
ui_lab_error_whole = a whole number
ui_lab_no_report = First open or type the customer's figures (tab 1).
ui_lab_no_case = First describe the offer with at least one value lever (tab 3).
ui_lab_customer = Customer
ui_lab_reference = Reference
ui_lab_reference_note = Reference: { $company } (an example mid-sized machinery maker, amounts in euros).
ui_lab_kpis = Key figures
ui_lab_verdict_destroyed = ROIC below WACC: the customer destroyed value this year.
ui_lab_verdict_created = ROIC above WACC: the customer created value this year.
ui_lab_offer_title = Name of the offer
ui_lab_supplier = Our company
ui_lab_contract_years = Contract years
ui_lab_annual_purchases = Customer's purchases from us per year
ui_lab_add_lever = Add a value lever ▾
ui_lab_add_lever_hint = from the benefit library, by category
ui_lab_lever_name = Name of the lever
ui_lab_remove_lever = Remove the lever
ui_lab_assumption = Assumption
ui_lab_margin = Contribution margin (%)
ui_lab_capex_year_life = Year / useful life
ui_lab_unit_days = days
ui_lab_kind_price_paid = Price (premium or discount per year)
ui_lab_kind_cost_saving = Cost saving per year
ui_lab_kind_extra_revenue = Extra revenue per year
ui_lab_kind_inventory_reduction = Less inventory
ui_lab_kind_payment_terms = Payment terms (days longer)
ui_lab_kind_capex_avoided = Investment avoided
ui_lab_kind_one_off_cost = One-off cost
ui_lab_offer_incomplete = The offer is not complete yet: fix the red notes at the levers.
ui_lab_offer_value = What the offer is worth to the customer
ui_lab_tornado_axis = Net present value in thousands of { $currency }
ui_lab_promised = promised
ui_lab_npv = Net present value
ui_lab_save_case = Save the value case
ui_lab_message_language = Language of the value message
ui_lab_message_hint = Generated from the figures; rewrite any paragraph for the customer meeting.
ui_lab_regenerate = regenerate
ui_lab_export_pdf = PDF for the customer meeting
ui_lab_export_html = HTML page
ui_lab_export_hint = Saved in the folder "Wertfälle" in Mehrwert's data folder.
ui_lab_not_ready = The value case is not complete yet.
ui_lab_open_failed = The file cannot be opened (details on hover).
ui_lab_opened = Opened: { $path }
ui_lab_draft_kept = What was typed before is kept in { $path }
ui_lab_written = Saved: { $path }

## Quiz: topics and the question files' problems

quiz_topic_financing = Financing basics
quiz_topic_cost_accounting = Cost accounting
quiz_topic_statements = Balance sheet and P&L
quiz_topic_customer_kpis = Customer KPIs
quiz_topic_value_chain = The customer's value chain
quiz_topic_eva = Economic Value Added
quiz_topic_appraisal = Investment appraisal
quiz_topic_value_message = Customer-specific value message
cli_check_kind_questions = quiz questions
ph_quiz_version = { $version } (the question format of this Mehrwert)
ph_quiz_none = no question
ph_quiz_some = at least one question
ph_quiz_id = an id of lowercase letters, digits and _ (at most 60 characters, not starting with calc_, which names calculation questions), e.g. eva_spread_1
ph_quiz_unique_id = each id only once in the whole question bank
ph_quiz_glossary = an entry of the glossary, e.g. eva, wacc or dso_days
ph_quiz_answer_position = option { $en } (German: option { $de })
ph_quiz_same_position = the correct answer at the same place as in the German text
ph_quiz_options_found = { $count ->
    [one] { $count } option
   *[other] { $count } options
}
ph_quiz_four_options = exactly 4 options
ph_quiz_distinct_options = four different options
ph_quiz_answer_among = one of the options, word for word
ph_quiz_text = a text
ph_quiz_chars = { $count } characters
ph_quiz_at_most_chars = at most { $count } characters
ph_quiz_played_year = a company with at least one year played

## Quiz: the pages on phones and the trainer's pages

quiz_against = against
quiz_answered = Answered
quiz_back = Back
quiz_by_participant = By participant
quiz_by_team = By team
quiz_by_week = By week
quiz_catch_up = Needs work (weakest topics first)
quiz_challenge = Challenge
quiz_correct_rate = Correct
quiz_create = Create
quiz_csv = Download as CSV for Excel
quiz_done = Done
quiz_draw = Draw
quiz_drivers = Drivers:
quiz_duel = Duel
quiz_duels = Your duels
quiz_forfeit = forfeited: deadline passed
quiz_forfeit_days = Days until a player who does not move forfeits
quiz_formula = Formula:
quiz_glossary = Glossary
quiz_home = Home
quiz_invite_code = Invitation code
quiz_invite_link = Invitation link:
quiz_join_bad_name = Please give a name of 1 to 60 characters (team at most 60).
quiz_join_button = Join
quiz_join_code = Invitation code (e.g. MW-7K3Q-P9XD)
quiz_join_intro = Train between workshops: duels against other participants and practice questions that remember your weak spots. No password — your device remembers you.
quiz_join_name = Your name
quiz_join_team = Your workshop team (optional)
quiz_join_title = Join the quiz
quiz_join_too_many = Too many wrong codes in the last minute. Please wait a moment.
quiz_join_unknown_code = There is no such invitation code. Please type it exactly as in the invitation.
quiz_late = Too late — the time was up. This counts as wrong.
quiz_link_unknown = This link belongs to nobody (any more).
quiz_lost = Lost
quiz_new = new
quiz_new_duel = New duel
quiz_new_programme = New programme
quiz_next = Next
quiz_no_duel = This duel does not exist or is not yours.
quiz_no_entry = There is no such glossary entry.
quiz_nobody_yet = Nobody else has joined yet. Share the invitation code with your group.
quiz_note = Note (what was changed)
quiz_other_device = Open this personal link on the other device (do not share it: it is your login):
quiz_own_questions = The programme's own questions (a question file in RON, docs/quiz.md)
quiz_participants = Participants
quiz_pick_topic = Pick this round's topic
quiz_play = Play on
quiz_practice = Practice
quiz_practice_button = Practise alone
quiz_problem = That did not work
quiz_programme_name = Name of the programme
quiz_questions = Questions (weakest first) with the options chosen
quiz_report_link = Report question
quiz_report_placeholder = What is wrong or unclear?
quiz_report_send = Send report
quiz_report_thanks = Thank you! The trainer will look at the question.
quiz_report_title = Report a question
quiz_report_unclear = The question is unclear
quiz_report_wrong = The answer is wrong
quiz_reports = Reported questions
quiz_result = Result
quiz_review = Questions and explanations
quiz_right = Right!
quiz_round = Round
quiz_seconds = Seconds per question (calculations: three times)
quiz_settings = Settings
quiz_their_turn = Opponent's move
quiz_timeouts = Time ran out
quiz_trainer = Trainer
quiz_trainer_hello = Programmes of
quiz_trainer_only = This page is for trainers: please open the trainer link printed by "mehrwert serve".
quiz_typical = Typical value:
quiz_upload = Check and add
quiz_wait_for_them = Waiting for your opponent's move. You will see it here when it is your turn again.
quiz_welcome = Welcome! Challenge someone or practise alone.
quiz_won = Won
quiz_wrong = Sorry, wrong.
quiz_you = You
quiz_your_move = Your move
quiz_your_turn = Your move

## mehrwert serve

serve_listening = The quiz is running: { $address }
serve_lan = Phones on the same network open: { $address }
serve_database = Database: { $url }
serve_trainer_link = Personal link for { $name } (create programmes, see the figures — do not share): { $address }
serve_trainer_hint = Lost the trainer link? Print a new one with --trainer-link NAME.
serve_stop = Stop with Ctrl+C.
quiz_rebate_rate = Rebate rate
quiz_focus_none = No topic below 70 % right: in the next workshop, deepen what the group answers least well.
quiz_focus_topic = Focus of the next workshop: { $topic } ({ $rate } right).
quiz_focus_game = Focus of the next workshop: { $topic } ({ $rate } right) — in the game: { $figures }.
quiz_games = The teams' workshop games
quiz_games_intro = Paste or choose a team's practice file from the workshop (Übung-….ron): the team's figures from the game then stand beside its weak quiz topics.
quiz_games_add = Link game
quiz_focus = Suggestion
quiz_year = year

## The desktop quiz screen

ui_quiz_title = Quiz
ui_quiz_open_button = Quiz
ui_quiz_open_button_hint = Quiz duels between workshops: play others, practise alone — or, as a trainer, see where the group needs work (needs a quiz server: mehrwert serve).
ui_quiz_back_title = Back to the start
ui_quiz_disconnect = Sign out
ui_quiz_disconnect_hint = Sign this laptop out of the quiz server (the answers stay on the server).
ui_quiz_intro = The trainer's quiz server runs with "mehrwert serve". Join with the invitation code — or paste your personal trainer link.
ui_quiz_as_participant = Join as a participant
ui_quiz_as_trainer = Open as trainer
ui_quiz_server = Server
ui_quiz_code = Invitation code
ui_quiz_name = Name
ui_quiz_team = Workshop team
ui_quiz_join = Join
ui_quiz_trainer_link = Trainer link (http://…/quiz/t/…)
ui_quiz_open_trainer = Open
ui_quiz_bad_link = This is no trainer link: it looks like http://address:7979/quiz/t/… and is printed by "mehrwert serve".
ui_quiz_unreachable = The quiz server cannot be reached. Check the address and whether "mehrwert serve" is running.
ui_quiz_unknown_token = The server does not know this login (any more). Please sign out and join again.
ui_quiz_not_found = The server has no such thing (wrong code, or not yours).
ui_quiz_not_now = Not possible right now — the game has moved on.
ui_quiz_too_many = Too many wrong codes in the last minute. Please wait a moment.
ui_quiz_refused = The server refused the request.
ui_quiz_refresh = Refresh
ui_quiz_practice = Practise alone
ui_quiz_new_duel = New duel
ui_quiz_nobody = Nobody else has joined yet.
ui_quiz_challenge = Challenge
ui_quiz_duels = Your duels
ui_quiz_against = against
ui_quiz_your_move = Your move
ui_quiz_their_move = Opponent's move
ui_quiz_won = Won
ui_quiz_lost = Lost
ui_quiz_draw = Draw
ui_quiz_new = new
ui_quiz_you = You
ui_quiz_round = Round
ui_quiz_play = Play on
ui_quiz_pick_topic = Pick this round's topic:
ui_quiz_overview = To the overview
ui_quiz_late = Too late — the time was up. This counts as wrong.
ui_quiz_right = Right!
ui_quiz_wrong = Sorry, wrong.
ui_quiz_next = Next
ui_quiz_report = Report question
ui_quiz_report_title = Report a question
ui_quiz_report_wrong = The answer is wrong
ui_quiz_report_unclear = The question is unclear
ui_quiz_report_placeholder = What is wrong or unclear?
ui_quiz_report_send = Send report
ui_quiz_report_thanks = Thank you! The trainer has the report.
ui_quiz_cancel = Cancel
ui_quiz_programmes = Programmes:
ui_quiz_pick_programme = Choose a programme to see its figures.
ui_quiz_participants = Participants
ui_quiz_answered = Answered
ui_quiz_correct = Correct
ui_quiz_save_csv = Save as CSV
ui_quiz_csv_saved = Saved:
ui_quiz_catch_up = Needs work (weakest topics first)
ui_quiz_teams = Teams: weak topics and figures from the workshop game
ui_quiz_by_participant = By participant
ui_quiz_questions = Questions with the options chosen (weakest first)
quiz_other_device_summary = Go on on another device
ui_quiz_keys_hint = Keys 1–4 answer; after the answer, Enter goes on.
ui_quiz_no_duels = None yet — challenge someone.
quiz_cross_site = This form came from another website. Please open the quiz page itself and go on there.

# The debrief: decisions with their ΔEVA, the years told, the projector's pages (src/debrief/words.rs, ui/panels/debrief.rs).
debrief_lever = { $lever ->
        [price] Price and rebate { $of }
        [payment_days] Payment terms { $of }
        [salespeople] Sales force { $of }
        [production] Production
        [marketing] Marketing
        [rnd] Research & development
        [lines_bought] New production lines
        [project] Project “{ $of }”
        [loan] Loan
        [equity] Equity raised
       *[dividend] Dividend
    }
debrief_days = { $days } days
debrief_area = { $area ->
        [prices] Prices and rebates
        [terms] Payment terms
        [production] Production
        [sales] Sales, marketing and R&D
        [investment] Investment
       *[financing] Financing
    }
debrief_flow = { $flow ->
        [drawn] Loan drawn: { $amount }
        [repaid] Loan repaid: { $amount }
        [equity] Equity raised: { $amount }
       *[dividend] Dividend paid: { $amount }
    }
debrief_by_computer = (decided by the computer)
debrief_price_change = : { $before } → { $after } (net { $net_before } → { $net_after })
debrief_started = { $started ->
        [yes] started
       *[no] not started
    }
debrief_decision = Year { $year } · { $changes }
debrief_cause = { $cause ->
        [revenue] revenue
        [margin] EBIT margin
        [tax] tax
        [capital] capital tied up
       *[wacc] cost of capital (WACC)
    }
debrief_market_segment = { $segment }: demand { $demand } units ({ $demand_change }), avg. net price { $price } ({ $price_change })
debrief_turn_negative = { $team }: EVA turns negative – the capital no longer earns its cost.
debrief_turn_positive = { $team }: EVA turns positive – the capital earns its cost again.
debrief_turn_leader = { $team } takes the lead.
debrief_turn_rank = { $team } jumps from place { $from } to place { $to }.
debrief_summary = { $rank }. { $team }: score { $score }{ $insolvent ->
        [yes] {" "}(rescue needed)
       *[no] {""}
    }; EVA from { $first } in the first to { $last } in the last year
debrief_summary_best = strongest decision: { $lever } in year { $year } ({ $delta })
debrief_summary_worst = costliest: { $lever } in year { $year } ({ $delta })
debrief_lesson_general = More volume, more visits and more discounts are not value yet: value is created only when the return on the capital employed is above its cost.
ui_debrief_start = Debrief (projector)
ui_projector_debrief = Projector: debrief
ui_debrief_failed = The debrief cannot recompute this game: { $reason }
ui_debrief_previous = ◀ Back
ui_debrief_next = Next ▶
ui_debrief_page_of = Page { $page } of { $pages }
ui_debrief_show_participation = Show participation (trainer only)
ui_debrief_close = Close
ui_debrief_keys = Arrow keys: turn pages
ui_debrief_destroyed = Where the room destroyed value
ui_debrief_created = Where the room created value
ui_debrief_decisions_how = Each decision taken back and the game played again (those of one year together, split by what each contributed): ΔEVA from the year of the decision to the end.
ui_debrief_no_decisions = No decision changed value like that.
ui_debrief_year_title = Fiscal year { $year }
ui_debrief_year_how = What happened, how the market reacted and what moved each team's EVA.
ui_debrief_events = Events
ui_debrief_no_events = No events this year.
ui_debrief_market = Market
ui_debrief_turning_points = Turning points
ui_debrief_team = Team
ui_debrief_eva = EVA
ui_debrief_delta_eva = ΔEVA on last year
ui_debrief_cause = Largest cause
ui_debrief_decision = Key decision
ui_debrief_participation = Participation
ui_debrief_submitted = submitted { $time }, { $revisions ->
        [1] once
       *[other] { $revisions } times
    }{ $corrected ->
        [yes] , corrected by the trainer
       *[no] {""}
    }
ui_debrief_kept = not submitted: last year kept
ui_debrief_computer = played by the computer
ui_debrief_end_title = Final standings
ui_debrief_end_how = Each team in one line: score, EVA in the first and the last year, strongest and costliest decision.
ui_debrief_lesson = The lesson
report_footer = Mehrwert · { $scenario } · seed { $seed }
report_year = FY { $year }
report_team_title = Results report: { $team }
report_team_subtitle = { $scenario } · { $years } fiscal years · place { $rank } of { $teams }
report_trainer_title = Trainer's report: { $scenario }
report_trainer_subtitle = { $teams } teams · { $years } fiscal years
report_rank = Place
report_rank_of = { $rank } of { $teams }
report_score = Score
report_capital_employed = Capital employed (avg.)
report_eva_total = EVA over all years
report_spread_last = ROIC − WACC in the last year
report_years = The years at a glance
report_chart_eva = EVA per fiscal year
report_chart_roic = ROIC against WACC
report_chart_eva_room = EVA per team and fiscal year
report_chart_score_room = Score per team (cumulative)
report_unit_millions = € M
report_tree = Value driver tree of the last year
report_tree_how = EVA is the return above the cost of capital (ROIC − WACC) times the capital employed; the return is margin times capital turnover.
report_driver = Value driver
report_attribution = What moved EVA, year by year
report_no_attribution = Without revenue in one of the years the change cannot be split.
report_no_year_before = In the first fiscal year there is no year before to compare its EVA with.
report_best_decisions = The three most valuable decisions
report_worst_decisions = The three costliest decisions
report_decisions_how = ΔEVA of a decision: the game played again from its year without it (a kept setting for as long as it was kept), EVA to the end compared with the game as played; the decisions of one year are computed together and split by what each contributed (Shapley).
report_no_decisions = No decision changed value like that.
report_team = Team
report_ranking = Ranking
report_insolvent = Rescue
report_yes = yes
report_no = no
report_lesson = The lesson
report_teams_in_a_line = Each team in one line
report_room_destroyed = Where the room destroyed value
report_room_created = Where the room created value
report_market_story = The market's story
report_participation = Participation
report_submitted = { $revisions ->
        [1] submitted once
       *[other] submitted { $revisions } times
    }{ $corrected ->
        [yes] , corrected
       *[no] {""}
    }
report_kept = last year kept
report_computer = computer

# debrief workbook
xl_summary = Summary
xl_market = Market
xl_decisions = Decisions
xl_scenario = Scenario
xl_seed = Seed
xl_years = Fiscal years
xl_ranking = Ranking (public)
xl_insolvent = Insolvent
xl_yes = yes
xl_no = no
xl_eva_by_year = EVA by fiscal year
xl_key = Key
xl_kpis = Key figures
xl_value = EVA (value added)
xl_volume = Sales and production
xl_nopat = NOPAT
xl_ce_opening = Capital employed at year start
xl_ce_closing = Capital employed at year end
xl_ce_average = Capital employed (average)
xl_capital_charge = Capital charge
xl_capacity_units = Capacity
xl_produced_units = Production
xl_inventory_units = Inventory at year end
xl_segment_demand = { $segment }: demand for the company
xl_segment_sold = { $segment }: units sold
xl_segment_net_price = { $segment }: net price
xl_segment_net_revenue = { $segment }: net revenue
xl_segment_share = { $segment }: market share
xl_year = Fiscal year
xl_year_short = FY
xl_segment = Segment
xl_demand_units = Demand
xl_sold_units = Units sold
xl_avg_net_price = Avg net price
xl_material_index = Material price index
xl_headlines = News
xl_company_id = Id
xl_decided_by = Decided by
xl_by_person = Team
xl_by_computer = Computer
xl_list_price = { $segment }: list price
xl_rebate = { $segment }: rebate
xl_payment_days = { $segment }: payment terms
xl_salespeople = { $segment }: salespeople
xl_production_units = Production volume
xl_lines_bought = New production lines
xl_projects = Projects
xl_loan_change = Loan drawn (+) / repaid (−)
xl_dividend = Dividend
xl_days = days
xl_units = units
xl_people = people
xl_lines = lines
xl_roce_wacc = ROCE and WACC
xl_eva_by_company = EVA by company
xl_page = Page &P of &N
ui_debrief_save = Save the debrief (Excel, PDF)
ui_debrief_save_hint = An Excel workbook for the room and for each team, a PDF report for the trainer and for each team.
ui_debrief_saved = { $count } debrief files saved in { $path }
ui_debrief_save_failed = The debrief could not be saved.
ui_debrief_working = Preparing the debrief: the game is played again for every decision …
