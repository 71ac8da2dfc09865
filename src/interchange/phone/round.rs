//! A phone round's rules, apart from the network: who may join (the token in the join address,
//! or the short code while joining is open), which device is which participant, which votes
//! count, and what a phone may see (its own votes only). The server holds one [`PhoneRound`]
//! behind a lock; the window takes the votes it gathered.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::{Duration, Instant};

use crate::model::{Criterion, Level, LotId, ParticipantId, Scores};

/// The most devices that may join one round.
pub const MAX_DEVICES: usize = 40;
/// The most requests one address may make in a second.
pub const MAX_REQUESTS_PER_SECOND: u32 = 10;
/// The most wrong short codes a round takes from all addresses together; after that only the
/// join address works.
pub const MAX_CODE_MISSES: u32 = 50;
/// The most wrong short codes one address may type.
pub const MAX_CODE_MISSES_PER_ADDRESS: u32 = 5;
/// Addresses remembered by the rate limit before the ones idle for a second are forgotten.
const REQUESTS_REMEMBERED: usize = 256;

/// Why a request was refused; the phone is told in its own language and nothing changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The join address's token is wrong (or from an earlier round).
    BadToken,
    /// The typed code is wrong.
    BadCode,
    /// Too many wrong codes: typing a code no longer works in this round.
    CodeClosed,
    /// The device has not joined (no cookie, or one from an earlier round).
    NotJoined,
    /// The round already has [`MAX_DEVICES`] devices.
    Full,
    /// No such participant in the workshop.
    NoParticipant,
    /// Another device has picked this participant.
    Taken,
    /// The device votes for a participant it is not.
    NotYou,
    /// The lot is not in the round.
    NoLot,
    /// A score outside 0-3.
    BadScore,
    /// The round has closed.
    Closed,
}

/// A participant's vote on a lot, as a phone sent it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Vote {
    /// Who.
    pub participant: ParticipantId,
    /// On which lot.
    pub lot: LotId,
    /// The three scores.
    pub scores: Scores,
}

/// A vote as a phone asks for it: raw numbers, checked by [`PhoneRound::vote`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VoteRequest {
    /// The participant's id.
    pub participant: u32,
    /// The lot's id.
    pub lot: u32,
    /// Impact, scarcity and switching, each 0-3.
    pub scores: [i64; 3],
}

/// One device that joined: the participant it picked, once picked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Device {
    participant: Option<ParticipantId>,
}

/// A lot or a participant as the phone sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named<T> {
    /// Its id.
    pub id: T,
    /// Its name.
    pub name: String,
}

/// Everything a phone may see: never another participant's scores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneView {
    /// The round is open.
    pub open: bool,
    /// The participant this device is.
    pub me: Option<ParticipantId>,
    /// The participants, each with whether another device has picked it.
    pub participants: Vec<(Named<ParticipantId>, bool)>,
    /// The lot voted on now.
    pub lot: Option<Named<LotId>>,
    /// The round's lots.
    pub lots: Vec<Named<LotId>>,
    /// This device's own votes.
    pub votes: Vec<Vote>,
}

/// One phone round: its secrets, its lots and participants, the devices and the votes.
#[derive(Debug)]
pub struct PhoneRound {
    token: String,
    code: String,
    code_misses: u32,
    misses_by_address: HashMap<IpAddr, u32>,
    lots: Vec<Named<LotId>>,
    current: Option<LotId>,
    participants: Vec<Named<ParticipantId>>,
    devices: HashMap<String, Device>,
    votes: HashMap<(ParticipantId, LotId), Vote>,
    inbox: Vec<Vote>,
    open: bool,
    requests: HashMap<IpAddr, (Instant, u32)>,
}

/// `bytes` random bytes from the system, as lower-case hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    // Without the system's randomness there is no safe round; the clock is never a stand-in.
    if getrandom::fill(&mut buffer).is_err() {
        return String::new();
    }
    buffer.iter().map(|b| format!("{b:02x}")).collect()
}

impl PhoneRound {
    /// A round on these lots (the first voted on first) for these participants, with a fresh
    /// 128-bit token and a six-digit code. `None` when the system gives no randomness.
    pub fn new(
        lots: Vec<Named<LotId>>,
        participants: Vec<Named<ParticipantId>>,
    ) -> Option<PhoneRound> {
        let token = random_hex(16);
        let digits = random_hex(8);
        if token.is_empty() || digits.is_empty() {
            return None;
        }
        let number = u64::from_str_radix(&digits, 16).ok()? % 1_000_000;
        Some(PhoneRound {
            token,
            code: format!("{number:06}"),
            code_misses: 0,
            misses_by_address: HashMap::new(),
            current: lots.first().map(|l| l.id),
            lots,
            participants,
            devices: HashMap::new(),
            votes: HashMap::new(),
            inbox: Vec::new(),
            open: true,
            requests: HashMap::new(),
        })
    }

    /// The token of the join address.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The code to type.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Whether the round is open.
    pub fn is_open(&self) -> bool {
        self.open
    }

    /// Closes the round: every later request is refused.
    pub fn close(&mut self) {
        self.open = false;
    }

    /// The lot voted on now.
    pub fn current(&self) -> Option<LotId> {
        self.current
    }

    /// Votes on `lot` from now on, when it is in the round.
    pub fn set_current(&mut self, lot: LotId) -> bool {
        let known = self.lots.iter().any(|l| l.id == lot);
        if known {
            self.current = Some(lot);
        }
        known
    }

    /// The round's lots.
    pub fn lots(&self) -> impl Iterator<Item = LotId> + '_ {
        self.lots.iter().map(|l| l.id)
    }

    /// How many devices joined.
    pub fn devices(&self) -> usize {
        self.devices.len()
    }

    /// How many participants have voted on `lot`.
    pub fn voted(&self, lot: LotId) -> usize {
        self.votes.keys().filter(|(_, l)| *l == lot).count()
    }

    /// Whether a device has picked this participant.
    pub fn taken(&self, participant: ParticipantId) -> bool {
        self.devices
            .values()
            .any(|d| d.participant == Some(participant))
    }

    /// Whether `address` may make another request now (at most [`MAX_REQUESTS_PER_SECOND`]).
    pub fn allow(&mut self, address: IpAddr, now: Instant) -> bool {
        let second = Duration::from_secs(1);
        if self.requests.len() >= REQUESTS_REMEMBERED {
            self.requests
                .retain(|_, (since, _)| now.duration_since(*since) < second);
        }
        let entry = self.requests.entry(limited(address)).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(1) {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= MAX_REQUESTS_PER_SECOND
    }

    fn new_device(&mut self) -> Result<String, Refusal> {
        if !self.open {
            return Err(Refusal::Closed);
        }
        if self.devices.len() >= MAX_DEVICES {
            return Err(Refusal::Full);
        }
        let cookie = random_hex(16);
        if cookie.is_empty() {
            return Err(Refusal::Closed);
        }
        self.devices.insert(cookie.clone(), Device::default());
        Ok(cookie)
    }

    /// A device opened the join address with `token`: its new cookie. A device that already
    /// joined keeps its cookie (`known`).
    pub fn join(&mut self, token: &str, known: Option<&str>) -> Result<String, Refusal> {
        if !constant_time_eq(token, &self.token) {
            return Err(Refusal::BadToken);
        }
        match known.filter(|c| self.devices.contains_key(*c)) {
            Some(cookie) => Ok(cookie.to_string()),
            None => self.new_device(),
        }
    }

    /// A device at `address` typed the short code: its new cookie. Wrong guesses are capped per
    /// address and for the round.
    pub fn join_with_code(&mut self, code: &str, address: IpAddr) -> Result<String, Refusal> {
        let misses = self.misses_by_address.entry(limited(address)).or_insert(0);
        if self.code_misses >= MAX_CODE_MISSES || *misses >= MAX_CODE_MISSES_PER_ADDRESS {
            return Err(Refusal::CodeClosed);
        }
        if !constant_time_eq(code.trim(), &self.code) {
            *misses += 1;
            self.code_misses += 1;
            return Err(Refusal::BadCode);
        }
        self.new_device()
    }

    /// Whether the workshop has this participant.
    fn has_participant(&self, id: ParticipantId) -> bool {
        self.participants.iter().any(|p| p.id == id)
    }

    fn device(&self, cookie: Option<&str>) -> Result<Device, Refusal> {
        cookie
            .and_then(|c| self.devices.get(c).copied())
            .ok_or(Refusal::NotJoined)
    }

    /// The device with `cookie` is `participant` from now on. A device stays the participant it
    /// picked: only the facilitator's [`PhoneRound::release`] frees it for another name.
    pub fn pick(&mut self, cookie: Option<&str>, participant: u32) -> Result<(), Refusal> {
        if !self.open {
            return Err(Refusal::Closed);
        }
        let device = self.device(cookie)?;
        let id = ParticipantId(participant);
        if !self.has_participant(id) {
            return Err(Refusal::NoParticipant);
        }
        if device.participant.is_some_and(|own| own != id) {
            return Err(Refusal::NotYou);
        }
        if device.participant != Some(id) && self.taken(id) {
            return Err(Refusal::Taken);
        }
        if let Some(device) = cookie.and_then(|c| self.devices.get_mut(c)) {
            device.participant = Some(id);
        }
        Ok(())
    }

    /// Frees a participant another device picked (the facilitator's choice).
    pub fn release(&mut self, participant: ParticipantId) {
        for device in self.devices.values_mut() {
            if device.participant == Some(participant) {
                device.participant = None;
            }
        }
    }

    /// Takes a vote from the device with `cookie`: the last vote of a participant on a lot wins.
    pub fn vote(&mut self, cookie: Option<&str>, request: VoteRequest) -> Result<Vote, Refusal> {
        if !self.open {
            return Err(Refusal::Closed);
        }
        let device = self.device(cookie)?;
        let participant = ParticipantId(request.participant);
        if !self.has_participant(participant) {
            return Err(Refusal::NoParticipant);
        }
        if device.participant != Some(participant) {
            return Err(Refusal::NotYou);
        }
        let lot = LotId(request.lot);
        if !self.lots.iter().any(|l| l.id == lot) {
            return Err(Refusal::NoLot);
        }
        let mut scores = Scores::default();
        for (criterion, value) in Criterion::ALL.into_iter().zip(request.scores) {
            let level = Level::from_number(value).ok_or(Refusal::BadScore)?;
            scores.set(criterion, Some(level));
        }
        let vote = Vote {
            participant,
            lot,
            scores,
        };
        self.votes.insert((participant, lot), vote);
        self.inbox.push(vote);
        Ok(vote)
    }

    /// The votes that came in since the last call, oldest first.
    pub fn take_votes(&mut self) -> Vec<Vote> {
        std::mem::take(&mut self.inbox)
    }

    /// What the device with `cookie` may see; `None` when it has not joined.
    pub fn view(&self, cookie: Option<&str>) -> Option<PhoneView> {
        let device = self.device(cookie).ok()?;
        let me = device.participant;
        Some(PhoneView {
            open: self.open,
            me,
            participants: (self.participants.iter())
                .map(|p| (p.clone(), me != Some(p.id) && self.taken(p.id)))
                .collect(),
            lot: (self.lots.iter())
                .find(|l| Some(l.id) == self.current)
                .cloned(),
            lots: self.lots.clone(),
            votes: (self.votes.values())
                .filter(|v| Some(v.participant) == me)
                .copied()
                .collect(),
        })
    }
}

/// The address a limit counts: an IPv6 host by its /64 network (a host may use many addresses
/// in it), an IPv4 host by its address.
fn limited(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::from(segments)
        }
    }
}

/// Compares two secrets in time that does not depend on where they differ.
fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

#[cfg(test)]
#[path = "round_tests.rs"]
mod tests;
