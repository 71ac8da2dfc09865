//! The file form of a workshop, as written: the model turned into the shapes of [`super`].

use super::*;

impl WorkshopFile {
    /// The file for a workshop.
    pub fn from_model(workshop: &Workshop, format_version: u32) -> WorkshopFile {
        WorkshopFile {
            format_version,
            title: workshop.title.clone(),
            organisation: workshop.organisation.clone(),
            municipalities: workshop.municipalities.clone(),
            participants: workshop
                .participants
                .iter()
                .map(|p| ParticipantFile {
                    id: p.id.0,
                    name: p.name.clone(),
                })
                .collect(),
            date: workshop.date.map(|d| d.to_string()),
            settings: SettingsFile {
                value_threshold_pct: DecimalText(workshop.settings.value_threshold_pct),
                risk_threshold: DecimalText(workshop.settings.risk_threshold),
                aggregation: match workshop.settings.aggregation {
                    Aggregation::Median => AggregationFile::Median,
                    Aggregation::Mean => AggregationFile::Mean,
                },
                time_box_minutes: workshop.settings.time_box_minutes,
                blind_scoring: workshop.settings.blind_scoring,
                place_partial: workshop.settings.place_partial,
                split_margin_pct: DecimalText(workshop.settings.split_margin_pct),
                weights: (workshop.settings.weights != crate::model::Weights::EQUAL).then(|| {
                    let [impact, scarcity, switching] = workshop.settings.weights.0;
                    super::WeightsFile {
                        impact: DecimalText(impact),
                        scarcity: DecimalText(scarcity),
                        switching: DecimalText(switching),
                    }
                }),
            },
            reported_total_eur: workshop.reported_total.map(DecimalText),
            lots: workshop.lots.iter().map(LotFile::from_model).collect(),
            record: workshop
                .record
                .iter()
                .map(|item| RecordItemFile {
                    kind: match item.kind {
                        RecordKind::Decision => RecordKindFile::Decision,
                        RecordKind::OpenIssue => RecordKindFile::OpenIssue,
                        RecordKind::Action => RecordKindFile::Action,
                    },
                    text: item.text.clone(),
                    lot: item.lot.map(|id| id.0),
                    who: item.who.clone(),
                    due: item.due.map(|d| d.to_string()),
                    done: item.done,
                })
                .collect(),
            highest_lot_id: workshop.freed_lot_ids_up_to(),
            kaders: kaders_to_file(&workshop.kaders),
            planning: PlanningFile::from_model(&workshop.planning),
            identity: workshop.identity.as_ref().map(|id| id.0.clone()),
            copy_for: workshop.copy_of.as_ref().map(CopyFile::from_model),
            checklist: workshop.checklist.clone(),
            scale: (!workshop.scale.is_empty())
                .then(|| crate::format::scale_file::ScaleFile::from_model(&workshop.scale)),
        }
    }
}

impl CopyFile {
    fn from_model(copy: &ParticipantCopy) -> CopyFile {
        CopyFile {
            participant: ParticipantFile {
                id: copy.participant.id.0,
                name: copy.participant.name.clone(),
            },
            workshop: copy.workshop.as_ref().map(|id| id.0.clone()),
            base: (copy.base.iter())
                .map(|(lot, scores)| (lot.0, ScoresFile::from_model(scores)))
                .collect(),
            lots_up_to: copy.lots_up_to,
        }
    }
}

impl LotFile {
    fn from_model(lot: &Lot) -> LotFile {
        LotFile {
            id: lot.id.0,
            name: lot.name.clone(),
            law: lot.law.into(),
            spend_eur: DecimalText(lot.spend),
            scores: ScoresFile::from_model(&lot.scores),
            market: lot.market.as_ref().map(|m| MarketFile {
                registered_providers: m.registered_providers,
                clients: m.clients,
                top3_share_pct: m.top3_share_pct.map(DecimalText),
                top10_share_pct: m.top10_share_pct.map(DecimalText),
            }),
            notes: lot.notes.clone(),
            decision: String::new(),
            checklist: lot
                .checklist
                .iter()
                .filter(|(_, answer)| !answer.is_blank())
                .map(|(id, answer)| (id.clone(), AnswerFile::from_model(answer)))
                .collect(),
            round: RoundFile {
                blind: lot.round.blind,
                scores: lot
                    .round
                    .scores
                    .iter()
                    .filter(|(_, s)| s.count_scored() > 0)
                    .map(|(id, s)| (id.0, ScoresFile::from_model(s)))
                    .collect(),
            },
            strategy: StrategyFile::from_model(&lot.strategy),
            kaders: answers_to_file(&lot.kaders),
        }
    }
}
