//! The phone round in the window: starting it (which lots, which address), taking the votes
//! the server gathered into the workshop, following the selected lot, and closing it, which
//! reveals the votes. Each vote is one undo step: its three scores are edits of that
//! participant's scores, as clicks in the participant grid are.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use crate::interchange::phone::qr::{QrGrid, qr_grid, wifi_text};
use crate::interchange::phone::round::{Named, PhoneRound};
use crate::interchange::phone::server::{RoomServer, Wake, bind_address, default_route_address};
use crate::model::{Criterion, Edit, LotId, Workshop};
use crate::ui::app::KraljicApp;

/// How long the round waits for a first phone before it shows what to check.
pub const TROUBLE_AFTER: Duration = Duration::from_secs(60);
/// How long a closed round still tells the phones it has closed before its port closes.
pub const CLOSED_SHOWN: Duration = Duration::from_secs(5);

/// Which lots a round takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RoundLots {
    /// The selected lot.
    #[default]
    Selected,
    /// Every lot without its own three scores.
    Unscored,
    /// The lots whose participants differ enough to discuss.
    ToDiscuss,
}

impl RoundLots {
    /// Every choice, in the window's order.
    pub const ALL: [RoundLots; 3] = [
        RoundLots::Selected,
        RoundLots::Unscored,
        RoundLots::ToDiscuss,
    ];

    /// The lots this choice takes, in the workshop's order (the selected lot first).
    pub fn lots(self, workshop: &Workshop, selected: Option<LotId>) -> Vec<LotId> {
        let lots = workshop.lots.iter();
        match self {
            RoundLots::Selected => selected
                .filter(|id| workshop.lot(*id).is_some())
                .into_iter()
                .collect(),
            RoundLots::Unscored => lots.filter(|l| !l.is_scored()).map(|l| l.id).collect(),
            RoundLots::ToDiscuss => lots
                .filter(|l| l.round.to_discuss())
                .map(|l| l.id)
                .collect(),
        }
    }
}

/// What the start window holds until the round starts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoundSetup {
    /// Which lots.
    pub lots: RoundLots,
    /// The address typed or found (empty: the default route's).
    pub address: String,
    /// The room's Wi-Fi, for a second QR code.
    pub wifi_name: String,
    /// Its password.
    pub wifi_password: String,
    /// Why the last start failed.
    pub failed: Option<String>,
    /// The address found by itself, shown when none is typed (found when the window opens).
    pub found: String,
}

/// A running round.
pub struct PhoneSession {
    /// The server.
    pub server: RoomServer,
    /// The round's lots.
    pub lots: Vec<LotId>,
    /// When it started.
    pub started: Instant,
    /// The join address's QR code.
    pub qr: QrGrid,
    /// The Wi-Fi's QR code, when one was given.
    pub wifi_qr: Option<QrGrid>,
    /// Whether the window has been asked for a frame to show the checklist.
    trouble_asked: bool,
}

/// The start window, or the running round's panel.
pub fn show_phone_windows(
    ctx: &egui::Context,
    shared: &crate::ui::Shared<'_>,
    phone: Option<&PhoneSession>,
    view: &mut crate::ui::View,
) -> Option<super::phone_window::RoundAction> {
    if let Some(session) = phone {
        return super::phone_window::show_running(ctx, shared, session);
    }
    let window = crate::ui::ToolWindow::PhoneRound;
    let mut open = view.windows.is_open(window);
    if !open {
        return None;
    }
    let selected = view.selected;
    let setup = &mut view.round_setup;
    let action = super::phone_window::show_setup(ctx, shared, selected, setup, &mut open);
    view.windows.set(window, open);
    action
}

/// The address the round binds: the one typed, else the default route's, else loopback.
pub fn chosen_address(typed: &str) -> IpAddr {
    typed
        .trim()
        .parse()
        .ok()
        .or_else(default_route_address)
        .unwrap_or(IpAddr::from([127, 0, 0, 1]))
}

impl KraljicApp {
    /// F7: opens the start window, or closes the running round and reveals its votes.
    pub(in crate::ui) fn toggle_phone_round(&mut self) {
        if self.phone.is_some() {
            self.close_phone_round();
        } else {
            let room = &self.prefs.room;
            self.view.round_setup = RoundSetup {
                lots: self.view.round_setup.lots,
                address: room.address.clone(),
                wifi_name: room.wifi_name.clone(),
                wifi_password: room.wifi_password.clone(),
                failed: None,
                found: bind_address(chosen_address("")).0.to_string(),
            };
            self.view.windows.open(crate::ui::ToolWindow::PhoneRound);
        }
    }

    /// Starts the round the start window describes: the server listens, the lots go blind.
    pub(in crate::ui) fn start_phone_round(&mut self) {
        let setup = self.view.round_setup.clone();
        let texts = crate::locale::phone::texts(self.lang());
        let workshop = self.session.doc().workshop();
        let lots = setup.lots.lots(workshop, self.view.selected);
        if lots.is_empty() {
            self.view.round_setup.failed = Some(texts.no_lots.to_string());
            return;
        }
        let named_lots = (lots.iter())
            .filter_map(|id| workshop.lot(*id))
            .map(|l| Named {
                id: l.id,
                name: l.name.clone(),
            })
            .collect();
        let participants = (workshop.participants.iter())
            .map(|p| Named {
                id: p.id,
                name: p.name.clone(),
            })
            .collect();
        let Some(mut round) = PhoneRound::new(named_lots, participants) else {
            self.view.round_setup.failed = Some("no randomness".into());
            return;
        };
        if let Some(selected) = self.view.selected {
            round.set_current(selected);
        }
        let ctx = self.ctx.clone();
        let wake: Wake = std::sync::Arc::new(move || ctx.request_repaint());
        let (ip, port) = bind_address(chosen_address(&setup.address));
        // An address that is no one address of this laptop: the phones could not be sent there.
        if ip.is_unspecified() || ip.is_multicast() {
            let text = texts.start_failed.replace("{reason}", &ip.to_string());
            self.view.round_setup.failed = Some(text);
            return;
        }
        let server = match RoomServer::start(ip, port, round, wake) {
            Ok(server) => server,
            Err(error) => {
                let text = texts.start_failed.replace("{reason}", &error.to_string());
                self.view.round_setup.failed = Some(text);
                return;
            }
        };
        self.prefs.room.address = setup.address.trim().to_string();
        self.prefs.room.wifi_name = setup.wifi_name.trim().to_string();
        self.prefs.room.wifi_password = setup.wifi_password.clone();
        let qr = qr_grid(&server.join_url()).unwrap_or(QrGrid {
            size: 0,
            dark: Vec::new(),
        });
        let wifi = setup.wifi_name.trim();
        let wifi_qr = (!wifi.is_empty()).then(|| qr_grid(&wifi_text(wifi, &setup.wifi_password)));
        log::info!(
            "phone round started on {} for {} lots",
            server.address(),
            lots.len()
        );
        // The projector shows no values until the round closes, blind round or not.
        let step = egui::Id::unique(("phone-round-blind", server.address()));
        for lot in &lots {
            let blind = self.workshop().lot(*lot).is_some_and(|l| l.round.blind);
            if !blind {
                self.apply_edit(Edit::Blind(*lot, true), Some(step));
            }
        }
        self.session.end_typing();
        if !lots.contains(&self.view.selected.unwrap_or(LotId(0))) {
            self.select(lots.first().copied());
        }
        self.phone = Some(PhoneSession {
            server,
            lots,
            started: Instant::now(),
            qr,
            wifi_qr: wifi_qr.flatten(),
            trouble_asked: false,
        });
        self.view.windows.close(crate::ui::ToolWindow::PhoneRound);
        // The panel shows from the next frame on, without waiting for input.
        self.ctx.request_repaint();
    }

    /// Closes the round: it takes no more votes, the last ones land, the round's lots are
    /// revealed (one undo step), and the server tells the phones it has closed for a few
    /// seconds before it stops listening.
    pub(in crate::ui) fn close_phone_round(&mut self) {
        let Some(session) = self.phone.take() else {
            return;
        };
        let votes = {
            let mut round = session.server.round();
            round.close();
            round.take_votes()
        };
        self.take_votes_of(votes, &session.lots);
        let step = egui::Id::unique(("phone-round-reveal", session.started));
        for lot in &session.lots {
            if self.workshop().lot(*lot).is_some_and(|l| l.round.blind) {
                self.apply_edit(Edit::Blind(*lot, false), Some(step));
            }
        }
        self.session.end_typing();
        self.view.voting_on = None;
        self.phone_closing = Some((session.server, Instant::now()));
        self.ctx.request_repaint_after(CLOSED_SHOWN);
        self.ctx.request_repaint();
    }

    /// Takes the votes that came in, and lets the phones follow the selected lot.
    pub(in crate::ui) fn poll_phone_round(&mut self) {
        if self
            .phone_closing
            .as_ref()
            .is_some_and(|(_, since)| since.elapsed() >= CLOSED_SHOWN)
        {
            // Dropped: the server stops and its port closes.
            self.phone_closing = None;
        }
        let Some(session) = &mut self.phone else {
            self.view.voting_on = None;
            return;
        };
        let selected = self.view.selected;
        let votes = {
            let mut round = session.server.round();
            if let Some(lot) = selected
                && round.current() != Some(lot)
            {
                round.set_current(lot);
            }
            self.view.voting_on = round.current();
            round.take_votes()
        };
        // Without a phone after a minute, one frame shows what to check.
        if !session.trouble_asked && session.server.round().devices() == 0 {
            let left = TROUBLE_AFTER.saturating_sub(session.started.elapsed());
            self.ctx.request_repaint_after(left);
            session.trouble_asked = left.is_zero();
        }
        let lots = session.lots.clone();
        self.take_votes_of(votes, &lots);
    }

    /// Each vote as that participant's three scores on the lot: one undo step per vote. Of
    /// several votes of one participant on one lot since the last frame only the last counts
    /// (one step, not a history full of changed minds), and a vote for a lot or participant the
    /// workshop no longer has is left out.
    fn take_votes_of(
        &mut self,
        votes: Vec<crate::interchange::phone::round::Vote>,
        lots: &[LotId],
    ) {
        let mut last: Vec<crate::interchange::phone::round::Vote> = Vec::new();
        for vote in votes {
            last.retain(|v| (v.participant, v.lot) != (vote.participant, vote.lot));
            last.push(vote);
        }
        for vote in last {
            let workshop = self.workshop();
            let known = lots.contains(&vote.lot)
                && workshop.lot(vote.lot).is_some()
                && workshop
                    .participants
                    .iter()
                    .any(|p| p.id == vote.participant);
            if !known {
                continue;
            }
            self.phone_votes += 1;
            let step = egui::Id::unique(("phone-vote", self.phone_votes));
            for criterion in Criterion::ALL {
                let edit = Edit::ParticipantScore {
                    lot: vote.lot,
                    participant: vote.participant,
                    criterion,
                    level: vote.scores.get(criterion),
                };
                self.apply_edit(edit, Some(step));
            }
            // The next typed or phoned change is a step of its own.
            self.session.end_typing();
        }
    }

    /// Whether a round runs.
    pub fn phone_round(&self) -> Option<&PhoneSession> {
        self.phone.as_ref()
    }

    /// Does what a phone round's window asked.
    pub(in crate::ui) fn phone_round_action(&mut self, action: super::phone_window::RoundAction) {
        use super::phone_window::RoundAction;
        match action {
            RoundAction::Start => self.start_phone_round(),
            RoundAction::Close => self.close_phone_round(),
            RoundAction::Release(participant) => {
                if let Some(session) = &self.phone {
                    session.server.round().release(participant);
                }
            }
            RoundAction::Participants => {
                self.view.windows.close(crate::ui::ToolWindow::PhoneRound);
                self.view.windows.open(crate::ui::ToolWindow::Participants);
            }
        }
    }
}
