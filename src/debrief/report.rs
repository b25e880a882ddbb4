//! The printed debrief: a report per team to take home (its years at a glance, its driver
//! tree, why its EVA moved each year, its three best and three costliest decisions, the
//! lesson) and the trainer's report of the room (ranking, the market's story by year, every
//! team in one line, the decisions that destroyed and created the most value), as
//! [`crate::pdf::Report`]s in German or English.
//!
//! Architecture Invariant: a team's report holds no other company's private figures — only the
//! public ranking (place, name, score) and the public market report beside its own books.

use rust_decimal::Decimal;

use super::words;
use super::{Debrief, DecisionImpact};
use crate::i18n::{Arg, message};
use crate::labels::{label, node_label, node_value};
use crate::model::Money;
use crate::model::format::{Locale, money_whole, percent, signed_whole};
use crate::model::kpi::KpiValue;
use crate::model::money::decimal_to_f64;
use crate::model::value::driver_tree;
use crate::pdf::{Block, Chart, ChartKind, Report, Row, Series, SeriesStyle, Table};
use crate::sim::CompanyReports;
use crate::sim::explain::explain;
use crate::workshop::protocol::{Participation, YearParticipation};

/// How many decisions each list shows.
const DECISIONS_LISTED: usize = 3;
/// How many decisions the trainer's lists show.
const ROOM_DECISIONS_LISTED: usize = 5;

fn t(key: &str, lang: Locale) -> String {
    message(key, lang, &[])
}

fn lang_tag(lang: Locale) -> String {
    match lang {
        Locale::De => "de".into(),
        Locale::En => "en".into(),
    }
}

fn footer(debrief: &Debrief, lang: Locale) -> String {
    let name = debrief.scenario.text(&debrief.scenario.name, lang).to_string();
    message("report_footer", lang, &[("scenario", Arg::from(name)), ("seed", Arg::from(debrief.seed.to_string()))])
}

fn year_header(debrief: &Debrief, first: &str, lang: Locale) -> Vec<String> {
    let mut header = vec![first.to_string()];
    header.extend(
        debrief.stories.iter().map(|s| message("report_year", lang, &[("year", Arg::from(u64::from(s.year)))])),
    );
    header
}

fn millions(amount: Money) -> Option<f64> {
    Some(decimal_to_f64(amount.amount()) / 1e6)
}

fn in_percent(rate: Option<Decimal>) -> Option<f64> {
    rate.map(|r| decimal_to_f64(r) * 100.0)
}

/// The report a team takes home. `None` when `company` is not in the game.
pub fn team_report(debrief: &Debrief, company: &str, lang: Locale) -> Option<Report> {
    let index = debrief.companies.iter().position(|c| c.id == company)?;
    let reports = &debrief.companies[index];
    let ranking = debrief.ranking();
    let placing = ranking.iter().find(|p| p.company == index)?;
    let scenario_name = debrief.scenario.text(&debrief.scenario.name, lang).to_string();
    let subtitle = message(
        "report_team_subtitle",
        lang,
        &[
            ("scenario", Arg::from(scenario_name)),
            ("years", Arg::from(debrief.stories.len() as u64)),
            ("rank", Arg::from(placing.rank as u64)),
            ("teams", Arg::from(ranking.len() as u64)),
        ],
    );
    let mut blocks = vec![key_figures(reports, placing.rank, ranking.len(), lang)];
    blocks.push(Block::Heading(t("report_years", lang)));
    blocks.push(Block::Table(years_table(debrief, reports, lang)));
    blocks.push(Block::Chart(own_chart(debrief, reports, lang)));
    blocks.extend(driver_tree_blocks(debrief, reports, lang));
    blocks.extend(attribution_blocks(reports, lang));
    let (best, worst) = debrief.extremes(DECISIONS_LISTED, Some(company));
    blocks.push(Block::Heading(t("report_best_decisions", lang)));
    blocks.push(decisions_block(&best, debrief, false, lang));
    blocks.push(Block::Heading(t("report_worst_decisions", lang)));
    blocks.push(decisions_block(&worst, debrief, false, lang));
    blocks.push(Block::Paragraph(t("report_decisions_how", lang)));
    blocks.push(Block::Heading(t("report_ranking", lang)));
    blocks.push(Block::Table(ranking_table(debrief, false, lang)));
    blocks.push(Block::Heading(t("report_lesson", lang)));
    blocks.push(Block::Paragraph(words::lesson(debrief, lang)));
    Some(Report {
        lang: lang_tag(lang),
        title: message("report_team_title", lang, &[("team", Arg::from(reports.name.clone()))]),
        subtitle,
        footer: footer(debrief, lang),
        blocks,
    })
}

fn key_figures(reports: &CompanyReports, rank: usize, teams: usize, lang: Locale) -> Block {
    let last = reports.history.last();
    let total: Money = reports.history.iter().map(|r| r.eva.eva).sum();
    let spread = last.and_then(|r| r.eva.roic.map(|roic| roic - r.eva.wacc));
    Block::KeyFigures(vec![
        (
            t("report_rank", lang),
            message("report_rank_of", lang, &[("rank", Arg::from(rank as u64)), ("teams", Arg::from(teams as u64))]),
        ),
        (t("report_score", lang), money_whole(last.map_or(Money::ZERO, |r| r.score), lang)),
        (t("report_eva_total", lang), money_whole(total, lang)),
        (t("report_spread_last", lang), spread.map_or_else(|| "–".into(), |s| words::signed_percent(s, lang))),
    ])
}

/// A figure's name short enough for the table's first column.
fn short_label(key: &str, lang: Locale) -> String {
    match key {
        "nopat" => "NOPAT".into(),
        "capital_employed" => t("report_capital_employed", lang),
        "score" => t("report_score", lang),
        key => node_label(key, lang),
    }
}

/// The years at a glance: revenue to score, one column per year.
fn years_table(debrief: &Debrief, reports: &CompanyReports, lang: Locale) -> Table {
    let money_row = |key: &str, value: &dyn Fn(&crate::sim::YearReport) -> Money, bold: bool| Row {
        cells: std::iter::once(short_label(key, lang))
            .chain(reports.history.iter().map(|r| money_whole(value(r), lang)))
            .collect(),
        indent: 0,
        bold,
    };
    let rate_row = |key: &str, value: &dyn Fn(&crate::sim::YearReport) -> Option<Decimal>| {
        Row::new(
            std::iter::once(short_label(key, lang))
                .chain(reports.history.iter().map(|r| value(r).map_or_else(|| "–".into(), |v| percent(v, 1, lang))))
                .collect(),
        )
    };
    Table {
        header: year_header(debrief, "", lang),
        rows: vec![
            money_row("net_revenue", &|r| r.income.net_revenue, false),
            money_row("ebit", &|r| r.income.ebit, false),
            money_row("nopat", &|r| r.eva.nopat, false),
            money_row("capital_employed", &|r| r.eva.capital_employed, false),
            rate_row("roic", &|r| r.eva.roic),
            rate_row("wacc", &|r| Some(r.eva.wacc)),
            money_row("eva", &|r| r.eva.eva, true),
            money_row("score", &|r| r.score, false),
        ],
    }
}

/// The team's EVA as bars and its ROIC against WACC, in one chart each.
fn own_chart(debrief: &Debrief, reports: &CompanyReports, lang: Locale) -> Chart {
    Chart {
        title: t("report_chart_eva", lang),
        kind: ChartKind::Bars,
        categories: year_header(debrief, "", lang).into_iter().skip(1).collect(),
        series: vec![Series {
            name: reports.name.clone(),
            values: reports.history.iter().map(|r| millions(r.eva.eva)).collect(),
            style: SeriesStyle::Highlight,
        }],
        unit: t("report_unit_millions", lang),
    }
}

fn roic_chart(debrief: &Debrief, reports: &CompanyReports, lang: Locale) -> Chart {
    Chart {
        title: t("report_chart_roic", lang),
        kind: ChartKind::Lines,
        categories: year_header(debrief, "", lang).into_iter().skip(1).collect(),
        series: vec![
            Series {
                name: label("roic", lang).to_string(),
                values: reports.history.iter().map(|r| in_percent(r.eva.roic)).collect(),
                style: SeriesStyle::Highlight,
            },
            Series {
                name: label("wacc", lang).to_string(),
                values: reports.history.iter().map(|r| in_percent(Some(r.eva.wacc))).collect(),
                style: SeriesStyle::Dashed,
            },
        ],
        unit: "%".into(),
    }
}

/// The driver tree of the last year against the year before.
fn driver_tree_blocks(debrief: &Debrief, reports: &CompanyReports, lang: Locale) -> Vec<Block> {
    let tree = |r: &crate::sim::YearReport| {
        let units = r.segments.iter().map(|s| s.sold_units).sum();
        driver_tree(&r.income, &r.opening, &r.closing, r.tax_rate, r.cost_of_capital, units).nodes()
    };
    let Some(last) = reports.history.last() else { return Vec::new() };
    let before = reports.history.len().checked_sub(2).and_then(|i| reports.history.get(i));
    let nodes = tree(last);
    let earlier = before.map(tree).unwrap_or_default();
    let value = |key: &str, v: &KpiValue| node_value(key, *v, lang);
    let year = |r: &crate::sim::YearReport| message("report_year", lang, &[("year", Arg::from(u64::from(r.year)))]);
    let mut header = vec![t("report_driver", lang)];
    header.extend(before.map(year));
    header.push(year(last));
    let rows = nodes
        .iter()
        .map(|node| {
            let mut cells = vec![node_label(node.key, lang)];
            if before.is_some() {
                cells.push(
                    earlier.iter().find(|n| n.key == node.key).map_or_else(|| "–".into(), |n| value(n.key, &n.value)),
                );
            }
            cells.push(value(node.key, &node.value));
            Row { cells, indent: node.depth(&nodes).min(6) as u8, bold: node.parent.is_none() }
        })
        .collect();
    vec![
        Block::Heading(t("report_tree", lang)),
        Block::Paragraph(t("report_tree_how", lang)),
        Block::Table(Table { header, rows }),
        Block::Chart(roic_chart(debrief, reports, lang)),
    ]
}

/// Why the EVA moved, year by year, in the game's own sentences.
fn attribution_blocks(reports: &CompanyReports, lang: Locale) -> Vec<Block> {
    let mut blocks = vec![Block::Heading(t("report_attribution", lang))];
    for pair in reports.history.windows(2) {
        let year = message("report_year", lang, &[("year", Arg::from(u64::from(pair[1].year)))]);
        blocks.push(Block::Subheading(year));
        match explain(&pair[0], &pair[1], lang) {
            Some(explanation) => blocks.push(Block::Paragraph(explanation.sentences.join(" "))),
            None => blocks.push(Block::Paragraph(t("report_no_attribution", lang))),
        }
    }
    if reports.history.len() < 2 {
        blocks.push(Block::Paragraph(t("report_no_year_before", lang)));
    }
    blocks
}

fn decisions_block(impacts: &[&DecisionImpact], debrief: &Debrief, with_team: bool, lang: Locale) -> Block {
    if impacts.is_empty() {
        return Block::Paragraph(t("report_no_decisions", lang));
    }
    // Bullets rather than a table: a decision's words wrap instead of being cut.
    Block::Bullets(
        impacts
            .iter()
            .map(|i| {
                let decision = words::decision(i, debrief, lang);
                let delta = signed_whole(i.delta_eva, lang);
                match with_team {
                    true => format!("{delta} · {}: {decision}", debrief.name(&i.company)),
                    false => format!("{delta} · {decision}"),
                }
            })
            .collect(),
    )
}

/// The ranking: place, team, score and whether the owners had to rescue it (public, as in the
/// workbooks: a rescue shows in the published balance sheet); with `private` the trainer's EVA
/// over all years too.
fn ranking_table(debrief: &Debrief, private: bool, lang: Locale) -> Table {
    let mut header = vec![t("report_team", lang), t("report_rank", lang), t("report_score", lang)];
    if private {
        header.push(t("report_eva_total", lang));
    }
    header.push(t("report_insolvent", lang));
    let rows = debrief
        .ranking()
        .into_iter()
        .map(|p| {
            let company = &debrief.companies[p.company];
            let mut cells = vec![company.name.clone(), p.rank.to_string(), money_whole(p.score, lang)];
            if private {
                let total: Money = company.history.iter().map(|r| r.eva.eva).sum();
                cells.push(money_whole(total, lang));
            }
            cells.push(t(if p.insolvent { "report_yes" } else { "report_no" }, lang));
            Row::new(cells)
        })
        .collect();
    Table { header, rows }
}

/// The trainer's report of the room; `participation` adds how each team took part.
pub fn trainer_report(debrief: &Debrief, participation: Option<&[YearParticipation]>, lang: Locale) -> Report {
    let scenario_name = debrief.scenario.text(&debrief.scenario.name, lang).to_string();
    let subtitle = message(
        "report_trainer_subtitle",
        lang,
        &[("teams", Arg::from(debrief.companies.len() as u64)), ("years", Arg::from(debrief.stories.len() as u64))],
    );
    let categories: Vec<String> = year_header(debrief, "", lang).into_iter().skip(1).collect();
    let all = |value: &dyn Fn(&crate::sim::YearReport) -> Option<f64>| -> Vec<Series> {
        debrief
            .companies
            .iter()
            .map(|c| Series {
                name: c.name.clone(),
                values: c.history.iter().map(value).collect(),
                style: SeriesStyle::Solid,
            })
            .collect()
    };
    let mut blocks = vec![
        Block::Heading(t("report_ranking", lang)),
        Block::Table(ranking_table(debrief, true, lang)),
        Block::Chart(Chart {
            title: t("report_chart_eva_room", lang),
            kind: ChartKind::Lines,
            categories: categories.clone(),
            series: all(&|r| millions(r.eva.eva)),
            unit: t("report_unit_millions", lang),
        }),
        Block::Chart(Chart {
            title: t("report_chart_score_room", lang),
            kind: ChartKind::Lines,
            categories,
            series: all(&|r| millions(r.score)),
            unit: t("report_unit_millions", lang),
        }),
        Block::Heading(t("report_teams_in_a_line", lang)),
        Block::Bullets(debrief.ranking().iter().map(|p| words::summary(p, debrief, lang)).collect()),
    ];
    let (created, destroyed) = debrief.extremes(ROOM_DECISIONS_LISTED, None);
    blocks.push(Block::Heading(t("report_room_destroyed", lang)));
    blocks.push(decisions_block(&destroyed, debrief, true, lang));
    blocks.push(Block::Heading(t("report_room_created", lang)));
    blocks.push(decisions_block(&created, debrief, true, lang));
    blocks.push(Block::Paragraph(t("report_decisions_how", lang)));
    blocks.push(Block::Heading(t("report_market_story", lang)));
    for story in &debrief.stories {
        blocks.push(Block::Subheading(message("report_year", lang, &[("year", Arg::from(u64::from(story.year)))])));
        let mut lines: Vec<String> =
            story.headlines.iter().map(|h| debrief.scenario.text(h, lang).to_string()).collect();
        lines.extend(words::market(story, debrief, lang));
        lines.extend(story.turning_points.iter().map(|p| words::turning_point(p, debrief, lang)));
        blocks.push(Block::Bullets(lines));
    }
    if let Some(participation) = participation.filter(|p| !p.is_empty()) {
        blocks.push(Block::Heading(t("report_participation", lang)));
        blocks.push(Block::Table(participation_table(debrief, participation, lang)));
    }
    blocks.push(Block::Heading(t("report_lesson", lang)));
    blocks.push(Block::Paragraph(words::lesson(debrief, lang)));
    Report {
        lang: lang_tag(lang),
        title: message("report_trainer_title", lang, &[("scenario", Arg::from(scenario_name))]),
        subtitle,
        footer: footer(debrief, lang),
        blocks,
    }
}

/// Each team's participation per year: how often it submitted, or kept, or the computer.
fn participation_table(debrief: &Debrief, participation: &[YearParticipation], lang: Locale) -> Table {
    let mut header = vec![t("report_team", lang)];
    header
        .extend(participation.iter().map(|y| message("report_year", lang, &[("year", Arg::from(u64::from(y.year)))])));
    let rows = debrief
        .companies
        .iter()
        .map(|c| {
            let mut cells = vec![c.name.clone()];
            cells.extend(participation.iter().map(|y| {
                match y.teams.iter().find(|(id, _)| id == &c.id).map(|(_, how)| how) {
                    Some(Participation::Submitted { revisions, corrected, .. }) => message(
                        "report_submitted",
                        lang,
                        &[
                            ("revisions", Arg::from(u64::from(*revisions))),
                            ("corrected", Arg::from(if *corrected { "yes" } else { "no" })),
                        ],
                    ),
                    Some(Participation::Kept) => t("report_kept", lang),
                    Some(Participation::Computer) | None => t("report_computer", lang),
                }
            }));
            Row::new(cells)
        })
        .collect();
    Table { header, rows }
}
