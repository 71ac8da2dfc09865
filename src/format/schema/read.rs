//! The file form of a workshop, as read: the shapes of [`super`] checked and turned into the
//! model, every bad value reported with its place instead of stopping at the first.

use super::*;
use crate::format::error::Report;
use crate::model::Catalogue;
use crate::model::kader::Kader;
use crate::model::strategy::Strategy;

impl WorkshopFile {
    /// The workshop in this file, or every problem that stands in the way (warnings are
    /// added to `problems` either way).
    pub fn into_model(self, problems: &mut Vec<Problem>) -> Workshop {
        let mut push = |path: FieldPath, lot: Option<&str>, kind: ProblemKind| {
            problems.push(Problem {
                position: None,
                path,
                lot: lot.map(str::to_string),
                kind,
            });
        };
        let report: &mut Report<'_> = &mut push;
        let date = date_from_file(self.date, FieldPath::field("date"), report);
        let settings = settings_from_file(self.settings, report);
        if let Some(total) = self.reported_total_eur.filter(|t| t.0.is_sign_negative()) {
            let kind = ProblemKind::NegativeTotal { value: total.0 };
            report(FieldPath::field("reported_total_eur"), None, kind);
        }
        let participants = participants_from_file(self.participants, report);
        let kaders = kaders_from_file(self.kaders, report);
        // Before version 6 the checklist had no yes/no questions: text answers to questions
        // that are yes/no now move into the note.
        let yes_no_catalogue = (self.format_version < 6).then(crate::format::built_in_catalogue);
        let mut reader = LotReader {
            participants: &participants,
            kaders: &kaders,
            yes_no_catalogue: yes_no_catalogue.as_ref(),
            first_with_id: HashMap::new(),
            first_with_name: HashMap::new(),
            decisions: Vec::new(),
        };
        let lots: Vec<Lot> = (self.lots.into_iter().enumerate())
            .map(|(index, lot)| reader.read(index, lot, report))
            .collect();
        let lot_ids: Vec<LotId> = lots.iter().map(|l| l.id).collect();
        let planning = self.planning.into_model(&lot_ids, report);
        // A lot's decision written in its own field (by earlier releases) leads the record.
        let mut record = std::mem::take(&mut reader.decisions);
        record.extend(record_from_file(self.record, &lot_ids, report));
        let line = |text: &str, path: FieldPath, report: &mut Report<'_>| {
            cleaned(text, TextKind::Line, path, None, report)
        };
        let title = line(&self.title, FieldPath::field("title"), report);
        let organisation = line(&self.organisation, FieldPath::field("organisation"), report);
        let municipalities = (self.municipalities.iter().enumerate())
            .map(|(i, m)| line(m, FieldPath::field("municipalities").at(i), report))
            .filter(|m| !m.is_empty())
            .collect();
        let copy_of = self
            .copy_for
            .map(|copy| copy_from_file(copy, &participants, report));
        let mut workshop = Workshop {
            title,
            organisation,
            municipalities,
            participants,
            date,
            settings,
            reported_total: self.reported_total_eur.map(|t| t.0),
            lots,
            record,
            highest_lot_id: self.highest_lot_id.unwrap_or(0),
            kaders,
            planning,
            identity: identity_from_file(self.identity),
            copy_of,
            checklist: checklist_from_file(self.checklist, report),
            scale: scale_from_file(self.scale, self.format_version, report),
        };
        workshop.apply_rounds();
        workshop
    }
}

/// The file's scale; the built-in one for a file older than version 8 (or, with a warning, for
/// one that is incomplete). A workshop made without one (in a test) has none.
fn scale_from_file(
    file: Option<crate::format::scale_file::ScaleFile>,
    version: u32,
    report: &mut Report<'_>,
) -> crate::model::scale::Scale {
    let Some(file) = file else {
        return if version < 8 {
            crate::format::scale_file::built_in_scale()
        } else {
            crate::model::scale::Scale::default()
        };
    };
    file.into_model().unwrap_or_else(|reason| {
        report(
            FieldPath::field("scale"),
            None,
            ProblemKind::BadScale { reason },
        );
        crate::format::scale_file::built_in_scale()
    })
}

/// The checklist catalogue's name: empty for an older file (NMD 2023's, which it was made
/// with); one this version does not have is reported, and NMD 2023's is used.
fn checklist_from_file(name: String, report: &mut Report<'_>) -> String {
    let name = name.trim().to_string();
    if !name.is_empty() && !crate::format::is_catalogue(&name) {
        let kind = ProblemKind::UnknownChecklist { name };
        report(FieldPath::field("checklist"), None, kind);
        return crate::format::NMD_CATALOGUE.to_string();
    }
    name
}

/// A workshop identity: a short word of letters, digits and dashes (anything else is dropped,
/// and the workshop gets a new identity before its first copy).
fn identity_from_file(text: Option<String>) -> Option<WorkshopId> {
    let text = text?.trim().to_string();
    let fits = (1..=64).contains(&text.len())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    fits.then_some(WorkshopId(text))
}

/// What makes a file a participant's copy; scores out of range are reported.
fn copy_from_file(
    file: CopyFile,
    participants: &[Participant],
    report: &mut Report<'_>,
) -> ParticipantCopy {
    let path = FieldPath::field("copy_for");
    let id = ParticipantId(file.participant.id);
    if !participants.iter().any(|p| p.id == id) {
        let kind = ProblemKind::UnknownParticipant { id: id.0 };
        report(path.then("participant"), None, kind);
    }
    let name = cleaned(
        &file.participant.name,
        TextKind::Line,
        path.then("participant").then("name"),
        None,
        report,
    );
    let base = (file.base.into_iter())
        .map(|(lot, scores)| {
            let scores = scores.into_model(|criterion, value| {
                let kind = ProblemKind::ScoreOutOfRange { criterion, value };
                let at = path
                    .then("base")
                    .then(&lot.to_string())
                    .then(criterion.code());
                report(at, None, kind);
            });
            (LotId(lot), scores)
        })
        .collect();
    ParticipantCopy {
        participant: Participant { id, name },
        workshop: identity_from_file(file.workshop),
        base,
        lots_up_to: file.lots_up_to,
    }
}

/// A date written `YYYY-MM-DD`, or nothing (reported) when it is not one.
fn date_from_file(
    text: Option<String>,
    path: FieldPath,
    report: &mut Report<'_>,
) -> Option<WorkshopDate> {
    let text = text?;
    let parsed = text.parse::<WorkshopDate>().ok();
    if parsed.is_none() {
        report(path, None, ProblemKind::InvalidDate { text });
    }
    parsed
}

/// The settings, with thresholds out of range reported (and kept, so the file can be fixed)
/// and a time box out of range left out.
fn settings_from_file(file: SettingsFile, report: &mut Report<'_>) -> Settings {
    let path = FieldPath::field("settings");
    let value_threshold_pct = file.value_threshold_pct.0;
    if !limits::value_threshold_allowed(value_threshold_pct) {
        let kind = ProblemKind::ValueThresholdOutOfRange {
            value: value_threshold_pct,
        };
        report(path.then("value_threshold_pct"), None, kind);
    }
    let risk_threshold = file.risk_threshold.0;
    if !limits::risk_threshold_allowed(risk_threshold) {
        let kind = ProblemKind::RiskThresholdOutOfRange {
            value: risk_threshold,
        };
        report(path.then("risk_threshold"), None, kind);
    }
    let time_box_minutes = file.time_box_minutes.filter(|value| {
        let allowed = limits::TIME_BOX_MINUTES.contains(value);
        if !allowed {
            let kind = ProblemKind::TimeBoxOutOfRange { value: *value };
            report(path.then("time_box_minutes"), None, kind);
        }
        allowed
    });
    let mut split_margin_pct = file.split_margin_pct.0;
    if !limits::split_margin_allowed(split_margin_pct) {
        let kind = ProblemKind::SplitMarginOutOfRange {
            value: split_margin_pct,
        };
        report(path.then("split_margin_pct"), None, kind);
        split_margin_pct = Settings::DEFAULT_SPLIT_MARGIN_PCT;
    }
    let weights = file.weights.map_or(crate::model::Weights::EQUAL, |w| {
        let weights = [w.impact.0, w.scarcity.0, w.switching.0];
        if limits::weights_allowed(&weights) {
            crate::model::Weights(weights)
        } else {
            let kind = ProblemKind::WeightsOutOfRange { weights };
            report(path.then("weights"), None, kind);
            crate::model::Weights::EQUAL
        }
    });
    Settings {
        value_threshold_pct,
        risk_threshold,
        aggregation: match file.aggregation {
            AggregationFile::Median => Aggregation::Median,
            AggregationFile::Mean => Aggregation::Mean,
        },
        time_box_minutes,
        blind_scoring: file.blind_scoring,
        place_partial: file.place_partial,
        split_margin_pct,
        weights,
    }
}

/// The participants, a second one with an id already taken reported.
fn participants_from_file(
    files: Vec<ParticipantFile>,
    report: &mut Report<'_>,
) -> Vec<Participant> {
    let mut participants: Vec<Participant> = Vec::with_capacity(files.len());
    for (index, participant) in files.into_iter().enumerate() {
        let path = FieldPath::field("participants").at(index);
        if participants.iter().any(|p| p.id.0 == participant.id) {
            let kind = ProblemKind::DuplicateParticipant { id: participant.id };
            report(path.then("id"), None, kind);
        }
        let name = cleaned(
            &participant.name,
            TextKind::Line,
            path.then("name"),
            None,
            report,
        );
        participants.push(Participant {
            id: ParticipantId(participant.id),
            name,
        });
    }
    participants
}

/// Reads the lots one by one, knowing the participants and kaders they refer to and the ids
/// and names of the lots before them.
struct LotReader<'a> {
    participants: &'a [Participant],
    kaders: &'a [Kader],
    /// The catalogue whose yes/no questions take text answers into the note (files before
    /// version 6).
    yes_no_catalogue: Option<&'a Catalogue>,
    first_with_id: HashMap<u32, String>,
    first_with_name: HashMap<String, usize>,
    /// The decisions earlier releases kept in a lot's own field, as record items about
    /// that lot (one per paragraph), in the order of the lots.
    decisions: Vec<RecordItem>,
}

impl LotReader<'_> {
    /// The lot at `index`, its problems reported under its name.
    fn read(&mut self, index: usize, lot: LotFile, report: &mut Report<'_>) -> Lot {
        let path = FieldPath::lot(index);
        let name = cleaned(&lot.name, TextKind::Name, path.then("name"), None, report);
        self.check_identity(&path, lot.id, &name, index, report);
        let label = (!name.is_empty()).then_some(name.as_str());
        let mut report =
            |at: FieldPath, _: Option<&str>, kind: ProblemKind| report(at, label, kind);
        let report: &mut Report<'_> = &mut report;
        if lot.spend_eur.0.is_sign_negative() && !lot.spend_eur.0.is_zero() {
            let kind = ProblemKind::NegativeSpend {
                spend: lot.spend_eur.0,
            };
            report(path.then("spend_eur"), None, kind);
        }
        let scores = lot.scores.into_model(|criterion, value| {
            let kind = ProblemKind::ScoreOutOfRange { criterion, value };
            report(path.then("scores").then(criterion.code()), None, kind);
        });
        let round = self.round(lot.round, &path, report);
        let market = lot.market.and_then(|m| market_from_file(m, &path, report));
        let mut strategy = lot
            .strategy
            .into_model(&path.then("strategy"), &mut |at, kind| {
                report(at, None, kind)
            });
        let checklist = self.checklist(lot.checklist, &mut strategy, &path, report);
        let text = |text: &str, field: &str, report: &mut Report<'_>| {
            cleaned(text, TextKind::Lines, path.then(field), None, report)
        };
        let decision = text(&lot.decision, "decision", report);
        // One decision per paragraph (a blank line between), its lines joined: a sentence
        // wrapped over two lines stays one decision.
        let paragraphs = decision.split("\n\n").map(|p| {
            let lines: Vec<&str> = p.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            lines.join(" ")
        });
        self.decisions
            .extend(paragraphs.filter(|p| !p.is_empty()).map(|text| RecordItem {
                text,
                ..RecordItem::new(RecordKind::Decision, Some(LotId(lot.id)))
            }));
        Lot {
            id: LotId(lot.id),
            law: lot.law.into(),
            spend: lot.spend_eur.0,
            scores,
            market,
            notes: text(&lot.notes, "notes", report),
            checklist,
            round,
            strategy,
            kaders: answers_from_file(lot.kaders, self.kaders, &path.then("kaders"), None, report),
            name,
        }
    }

    /// Reports a lot without a name, a name used before (in any case) and an id used before.
    fn check_identity(
        &mut self,
        path: &FieldPath,
        id: u32,
        name: &str,
        index: usize,
        report: &mut Report<'_>,
    ) {
        let label = (!name.is_empty()).then_some(name);
        if name.is_empty() {
            report(path.then("name"), None, ProblemKind::EmptyName);
        } else if self
            .first_with_name
            .insert(name.to_lowercase(), index)
            .is_some()
        {
            report(path.then("name"), label, ProblemKind::DuplicateName);
        }
        match self.first_with_id.get(&id) {
            Some(first_lot) => {
                let kind = ProblemKind::DuplicateId {
                    id,
                    first_lot: first_lot.clone(),
                };
                report(path.then("id"), label, kind);
            }
            None => {
                self.first_with_id.insert(id, name.to_string());
            }
        }
    }

    /// The scores each participant gave, a participant the file does not know reported.
    fn round(&self, file: RoundFile, path: &FieldPath, report: &mut Report<'_>) -> ScoringRound {
        let mut round = ScoringRound {
            blind: file.blind,
            ..ScoringRound::default()
        };
        for (id, participant_scores) in file.scores {
            let score_path = path.then("round").then("scores").then(&id.to_string());
            if !self.participants.iter().any(|p| p.id.0 == id) {
                report(
                    score_path.clone(),
                    None,
                    ProblemKind::UnknownParticipant { id },
                );
            }
            let scores = participant_scores.into_model(|criterion, value| {
                let kind = ProblemKind::ScoreOutOfRange { criterion, value };
                report(score_path.then(criterion.code()), None, kind);
            });
            round.scores.insert(ParticipantId(id), scores);
        }
        round
    }

    /// The checklist answers; an old procedure or funding answer goes into the strategy (and
    /// is reported when the strategy says otherwise).
    fn checklist(
        &self,
        files: BTreeMap<String, AnswerFile>,
        strategy: &mut Strategy,
        path: &FieldPath,
        report: &mut Report<'_>,
    ) -> Checklist {
        let mut checklist = Checklist::new();
        for (id, answer) in files {
            let answer_path = path.then("checklist").then(&id);
            let (answer, legacy) =
                answer.into_model(|field, kind| report(answer_path.then(field), None, kind));
            if let Some(choice) = legacy
                && !take_over(strategy, choice)
            {
                let old = choice.as_written();
                let kind = ProblemKind::ChecklistChoiceNotTaken { old };
                report(answer_path.then("value"), None, kind);
            }
            if !answer.is_blank() {
                checklist.insert(id, answer);
            }
        }
        if let Some(catalogue) = self.yes_no_catalogue {
            move_texts_of_yes_no_questions(catalogue, &mut checklist);
        }
        checklist
    }
}

/// The market figures, a share outside 0-100 % reported; nothing when all are empty.
fn market_from_file(
    file: MarketFile,
    path: &FieldPath,
    report: &mut Report<'_>,
) -> Option<MarketFigures> {
    let mut share = |field: &str, value: Option<DecimalText>| {
        let value = value?.0;
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            let kind = ProblemKind::PercentOutOfRange { value };
            report(path.then("market").then(field), None, kind);
        }
        Some(value)
    };
    let market = MarketFigures {
        registered_providers: file.registered_providers,
        clients: file.clients,
        top3_share_pct: share("top3_share_pct", file.top3_share_pct),
        top10_share_pct: share("top10_share_pct", file.top10_share_pct),
    };
    (!market.is_empty()).then_some(market)
}

/// The session record, a reference to a lot the file does not have reported and left out.
fn record_from_file(
    items: Vec<RecordItemFile>,
    lots: &[LotId],
    report: &mut Report<'_>,
) -> Vec<RecordItem> {
    let known = |id: &u32| lots.contains(&LotId(*id));
    let mut record = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let path = FieldPath::field("record").at(index);
        if let Some(id) = item.lot.filter(|id| !known(id)) {
            report(path.then("lot"), None, ProblemKind::UnknownLot { id });
        }
        let due = date_from_file(item.due, path.then("due"), report);
        record.push(RecordItem {
            kind: match item.kind {
                RecordKindFile::Decision => RecordKind::Decision,
                RecordKindFile::OpenIssue => RecordKind::OpenIssue,
                RecordKindFile::Action => RecordKind::Action,
            },
            text: item.text,
            lot: item.lot.filter(known).map(LotId),
            who: item.who,
            due,
            done: item.done,
        });
    }
    record
}

#[cfg(test)]
mod tests {
    use crate::model::{LotId, RecordKind};

    #[test]
    fn a_lots_own_decision_field_opens_as_its_record_decisions() {
        let text = r#"(
            format_version: 7,
            title: "Oud",
            lots: [
                (id: 1, name: "Dyslexie", law: Jeugdwet, spend_eur: "1000",
                 decision: "Open house\n\nContract voor vier jaar,\nmet verlenging"),
                (id: 2, name: "Vaktherapie", law: Jeugdwet, spend_eur: "500"),
            ],
            record: [(kind: Action, text: "Marktconsultatie", lot: 2)],
        )"#;
        let loaded = crate::format::load_str(text).expect("loads");
        let record = &loaded.workshop.record;
        let texts: Vec<_> = record
            .iter()
            .map(|r| (r.kind, r.lot, r.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                (RecordKind::Decision, Some(LotId(1)), "Open house"),
                (
                    RecordKind::Decision,
                    Some(LotId(1)),
                    "Contract voor vier jaar, met verlenging"
                ),
                (RecordKind::Action, Some(LotId(2)), "Marktconsultatie"),
            ]
        );
        // Written again, the decisions are in the record only.
        let written = crate::format::to_text(&loaded.workshop).expect("writes");
        assert!(!written.contains("decision:"), "{written}");
        let again = crate::format::load_str(&written).expect("reloads").workshop;
        assert_eq!(again.record, loaded.workshop.record);
    }
}
