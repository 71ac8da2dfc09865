//! The phone round's HTTP server: axum on a tokio runtime confined to the server's own thread,
//! bound to one address, listening only while the round is open. Every request passes one
//! guard (rate, Host, and for a POST the JSON type, the custom header and the Origin); bodies
//! are capped at 4 KB and slow clients are timed out. Tokens and cookies are never logged.

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::json;

use super::round::{PhoneRound, Refusal, VoteRequest};
use crate::locale::Lang;
use crate::locale::phone::answers;
use crate::model::Criterion;

/// The phone's page: HTML, CSS and script in one file, loading nothing from elsewhere.
const PAGE: &str = include_str!("../../../assets/phone/index.html");
/// The largest request body taken.
pub const MAX_BODY: usize = 4 * 1024;
/// The port tried first (one a person can type); another free one when it is taken.
pub const PORT: u16 = 8765;
/// How long a client may take to send its request's head.
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// How long one connection may stay open at all.
const CONNECTION_TIMEOUT: Duration = Duration::from_secs(60);
/// The most connections served at once.
const MAX_CONNECTIONS: usize = 128;
/// The most connections one address may hold open at once (a phone needs one or two).
const MAX_CONNECTIONS_PER_ADDRESS: usize = 8;
/// The environment variable that chooses the address (tests: `127.0.0.1` or `127.0.0.1:8765`).
pub const ADDRESS_VARIABLE: &str = "KRALJIC_ROOM_ADDR";
/// The device cookie's name.
const COOKIE: &str = "kraljic_device";

/// What the window is told when a phone joined, picked a name or voted (it asks for a frame).
pub type Wake = Arc<dyn Fn() + Send + Sync>;

/// The round and what the server needs beside it.
#[derive(Clone)]
struct Shared {
    round: Arc<Mutex<PhoneRound>>,
    /// `address:port` as advertised: the only Host accepted.
    host: String,
    wake: Wake,
}

impl Shared {
    fn round(&self) -> MutexGuard<'_, PhoneRound> {
        lock(&self.round)
    }
}

/// The round behind its lock. A handler that panicked leaves the round as it was: go on with it.
fn lock(round: &Mutex<PhoneRound>) -> MutexGuard<'_, PhoneRound> {
    round
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A running server; dropping it stops it and closes its port.
pub struct RoomServer {
    address: SocketAddr,
    round: Arc<Mutex<PhoneRound>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The address could not be bound.
    #[error("{address}: {source}")]
    Bind {
        /// The address.
        address: String,
        /// The system's words.
        source: std::io::Error,
    },
    /// No thread or runtime.
    #[error("{0}")]
    Runtime(std::io::Error),
}

/// The address to bind: [`ADDRESS_VARIABLE`] when set (with or without a port), else `chosen`
/// with [`PORT`].
pub fn bind_address(chosen: IpAddr) -> (IpAddr, Option<u16>) {
    let from_env = std::env::var(ADDRESS_VARIABLE).ok().and_then(|v| {
        v.parse::<SocketAddr>()
            .map(|a| (a.ip(), Some(a.port())))
            .or_else(|_| v.parse::<IpAddr>().map(|ip| (ip, None)))
            .ok()
    });
    from_env.unwrap_or((chosen, Some(PORT)))
}

/// The address of the interface with the default route: the one a phone on the room's
/// network reaches. A UDP socket "connected" to a documentation address sends nothing; it
/// only asks the system which interface it would use.
pub fn default_route_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind(("0.0.0.0", 0)).ok()?;
    socket.connect(("192.0.2.1", 9)).ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}

impl RoomServer {
    /// Binds `ip` (on `port`, or [`PORT`] then any free port) and serves the round on a thread
    /// of its own. `wake` is called after each join, name picked and vote.
    pub fn start(
        ip: IpAddr,
        port: Option<u16>,
        round: PhoneRound,
        wake: Wake,
    ) -> Result<RoomServer, StartError> {
        let listener = match port {
            Some(port) => std::net::TcpListener::bind((ip, port))
                .or_else(|_| std::net::TcpListener::bind((ip, 0))),
            None => std::net::TcpListener::bind((ip, 0)),
        }
        .map_err(|source| StartError::Bind {
            address: ip.to_string(),
            source,
        })?;
        listener
            .set_nonblocking(true)
            .map_err(StartError::Runtime)?;
        let address = listener.local_addr().map_err(StartError::Runtime)?;
        let round = Arc::new(Mutex::new(round));
        let shared = Shared {
            round: round.clone(),
            host: host_of(address),
            wake,
        };
        let (stop, stopped) = tokio::sync::oneshot::channel();
        // Built here, so that a runtime that cannot start says so before the QR code shows.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(StartError::Runtime)?;
        let thread = std::thread::Builder::new()
            .name("phone-round".into())
            .spawn(move || serve(&runtime, listener, shared, stopped))
            .map_err(StartError::Runtime)?;
        Ok(RoomServer {
            address,
            round,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The address to type: `http://192.168.1.20:8765/`.
    pub fn page_url(&self) -> String {
        format!("http://{}/", host_of(self.address))
    }

    /// The join address with the round's token.
    pub fn join_url(&self) -> String {
        format!(
            "http://{}/j/{}",
            host_of(self.address),
            self.round().token()
        )
    }

    /// The round, to take votes, move the lot or close it.
    pub fn round(&self) -> MutexGuard<'_, PhoneRound> {
        lock(&self.round)
    }

    /// Closes the round and stops listening.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        self.round().close();
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for RoomServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}

fn host_of(address: SocketAddr) -> String {
    match address.ip() {
        IpAddr::V4(ip) => format!("{ip}:{}", address.port()),
        IpAddr::V6(ip) => format!("[{ip}]:{}", address.port()),
    }
}

/// The server's thread: accepting on the round's runtime until told to stop.
fn serve(
    runtime: &tokio::runtime::Runtime,
    listener: std::net::TcpListener,
    shared: Shared,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) {
    runtime.block_on(async move {
        let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
            log::error!("phone round: the listener could not be used");
            return;
        };
        let router = router(shared);
        let slots = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
        let open = Arc::new(Mutex::new(std::collections::HashMap::<IpAddr, usize>::new()));
        loop {
            tokio::select! {
                _ = &mut stopped => break,
                accepted = listener.accept() => {
                    let Ok((stream, peer)) = accepted else {
                        // Out of file handles, say: wait a moment rather than spin.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    };
                    let Ok(slot) = slots.clone().try_acquire_owned() else { continue };
                    let Some(held) = Held::take(&open, peer.ip()) else { continue };
                    let service = router.clone().layer(axum::Extension(Peer(peer.ip())));
                    tokio::spawn(async move {
                        let service = hyper_util::service::TowerToHyperService::new(service);
                        let mut builder = hyper::server::conn::http1::Builder::new();
                        builder
                            .timer(hyper_util::rt::TokioTimer::new())
                            .header_read_timeout(HEADER_TIMEOUT)
                            .max_buf_size(16 * 1024);
                        let io = hyper_util::rt::TokioIo::new(stream);
                        let connection = builder.serve_connection(io, service);
                        let _ = tokio::time::timeout(CONNECTION_TIMEOUT, connection).await;
                        drop((slot, held));
                    });
                }
            }
        }
    });
}

/// One of an address's open connections, counted while it lives.
struct Held {
    open: Arc<Mutex<std::collections::HashMap<IpAddr, usize>>>,
    address: IpAddr,
}

impl Held {
    /// Counts a new connection from `address`; `None` when it holds too many already.
    fn take(
        open: &Arc<Mutex<std::collections::HashMap<IpAddr, usize>>>,
        address: IpAddr,
    ) -> Option<Held> {
        let mut counts = open
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let count = counts.entry(address).or_insert(0);
        if *count >= MAX_CONNECTIONS_PER_ADDRESS {
            return None;
        }
        *count += 1;
        Some(Held {
            open: open.clone(),
            address,
        })
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        let mut counts = (self.open.lock()).unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(count) = counts.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                counts.remove(&self.address);
            }
        }
    }
}

/// The address a request came from.
#[derive(Clone, Copy)]
struct Peer(IpAddr);

fn router(shared: Shared) -> Router {
    Router::new()
        .route("/", get(page))
        .route("/j/{token}", get(join))
        .route("/api/state", get(state))
        .route("/api/join", post(join_with_code))
        .route("/api/participant", post(pick))
        .route("/api/vote", post(vote))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(shared.clone(), guard))
        .with_state(shared)
}

/// The phone's language, from what its browser asks for.
fn lang_of(headers: &HeaderMap) -> Lang {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .trim_start()
        .to_ascii_lowercase();
    if asked.starts_with("nl") {
        Lang::Dutch
    } else {
        Lang::English
    }
}

/// A JSON error in the phone's language.
fn error(status: StatusCode, text: &str) -> Response {
    (status, axum::Json(json!({ "error": text }))).into_response()
}

/// Every request: the rate per address, the Host, and for a POST the JSON type, the custom
/// header and the Origin. Every answer gets headers that keep the token out of referrers and
/// caches.
async fn guard(State(shared): State<Shared>, request: Request, next: Next) -> Response {
    let lang = lang_of(request.headers());
    let text = answers(lang);
    let peer = request.extensions().get::<Peer>().map(|p| p.0);
    let allowed = peer.is_none_or(|ip| shared.round().allow(ip, Instant::now()));
    let mut response = if !allowed {
        error(StatusCode::TOO_MANY_REQUESTS, text.too_many)
    } else if !host_is(request.headers(), &shared.host) {
        error(StatusCode::MISDIRECTED_REQUEST, text.bad_request)
    } else if request.method() == Method::POST && !post_is_ours(request.headers(), &shared.host) {
        error(StatusCode::FORBIDDEN, text.bad_request)
    } else {
        next.run(request).await
    };
    let headers = response.headers_mut();
    for (name, value) in [
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}

/// Whether the Host is the advertised address (a rebound name is not).
fn host_is(headers: &HeaderMap, host: &str) -> bool {
    headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|h| h.eq_ignore_ascii_case(host))
}

/// Whether a POST is one the page sends: JSON, the custom header, and no foreign Origin.
fn post_is_ours(headers: &HeaderMap, host: &str) -> bool {
    let value = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let json = value("content-type").is_some_and(|t| {
        t.split(';')
            .next()
            .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
    });
    let custom = value("x-kraljic-vote") == Some("1");
    // Compared as bytes: an Origin that is not text is a foreign one, never "no Origin".
    let ours = format!("http://{host}");
    let origin = headers
        .get("origin")
        .is_none_or(|o| o.as_bytes() == ours.as_bytes());
    json && custom && origin
}

/// The device's cookie, if it sent one.
fn cookie_of(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
}

fn set_cookie(cookie: &str) -> (header::HeaderName, String) {
    (
        header::SET_COOKIE,
        format!("{COOKIE}={cookie}; Path=/; HttpOnly; SameSite=Strict"),
    )
}

fn refusal(refused: Refusal, lang: Lang) -> Response {
    let text = answers(lang);
    let (status, words) = match refused {
        Refusal::BadToken => (StatusCode::FORBIDDEN, text.bad_token),
        Refusal::BadCode => (StatusCode::FORBIDDEN, text.bad_code),
        Refusal::CodeClosed => (StatusCode::FORBIDDEN, text.code_closed),
        Refusal::NotJoined => (StatusCode::UNAUTHORIZED, text.not_joined),
        Refusal::Full => (StatusCode::SERVICE_UNAVAILABLE, text.full),
        Refusal::NoParticipant => (StatusCode::NOT_FOUND, text.no_participant),
        Refusal::Taken => (StatusCode::CONFLICT, text.taken),
        Refusal::NotYou => (StatusCode::FORBIDDEN, text.not_you),
        Refusal::NoLot => (StatusCode::NOT_FOUND, text.no_lot),
        Refusal::BadScore => (StatusCode::UNPROCESSABLE_ENTITY, text.bad_score),
        Refusal::Closed => (StatusCode::GONE, text.closed),
    };
    error(status, words)
}

async fn page() -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], PAGE).into_response()
}

/// The join address: a cookie for the device, then the page.
async fn join(
    State(shared): State<Shared>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    let lang = lang_of(&headers);
    let joined = shared.round().join(&token, cookie_of(&headers).as_deref());
    match joined {
        Ok(cookie) => {
            (shared.wake)();
            (
                StatusCode::SEE_OTHER,
                [set_cookie(&cookie), (header::LOCATION, "/".to_string())],
            )
                .into_response()
        }
        Err(refused) => {
            let text = answers(lang);
            let (status, words) = match refused {
                Refusal::Full => (StatusCode::SERVICE_UNAVAILABLE, text.full),
                Refusal::Closed => (StatusCode::GONE, text.closed),
                _ => (StatusCode::FORBIDDEN, text.bad_token),
            };
            let html = format!(
                "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><title>{0}</title><h1>{0}</h1><p>{1}</p>",
                text.join_failed_title, words
            );
            (
                status,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                html,
            )
                .into_response()
        }
    }
}

/// What this device may see.
async fn state(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    let lang = lang_of(&headers);
    let round = shared.round();
    let Some(view) = round.view(cookie_of(&headers).as_deref()) else {
        return axum::Json(json!({ "joined": false, "open": round.is_open() })).into_response();
    };
    drop(round);
    let texts = lang.texts();
    let named = |id: u32, name: &str| json!({ "id": id, "name": name });
    let questions: Vec<_> = Criterion::ALL
        .into_iter()
        .map(|c| {
            json!({
                "key": c.code(),
                "title": texts.criterion(c),
                "text": texts.criterion_question(c),
                "levels": [],
            })
        })
        .collect();
    axum::Json(json!({
        "joined": true,
        "open": view.open,
        "me": view.me.map(|p| p.0),
        "participants": view.participants.iter().map(|(p, taken)| json!({
            "id": p.id.0, "name": p.name, "taken": taken
        })).collect::<Vec<_>>(),
        "lot": view.lot.as_ref().map(|l| named(l.id.0, &l.name)),
        "lots": view.lots.iter().map(|l| named(l.id.0, &l.name)).collect::<Vec<_>>(),
        "questions": questions,
        "votes": view.votes.iter().map(|v| {
            let score = |c| v.scores.get(c).map(crate::model::Level::number);
            let mut vote = json!({ "lot": v.lot.0 });
            for criterion in Criterion::ALL {
                vote[criterion.code()] = json!(score(criterion));
            }
            vote
        }).collect::<Vec<_>>(),
    }))
    .into_response()
}

/// A JSON body, or the phone is told its request was not understood.
fn body<T: serde::de::DeserializeOwned>(bytes: &Bytes, lang: Lang) -> Result<T, Response> {
    serde_json::from_slice(bytes)
        .map_err(|_| error(StatusCode::BAD_REQUEST, answers(lang).bad_request))
}

#[derive(Deserialize)]
struct CodeBody {
    code: String,
}

async fn join_with_code(
    State(shared): State<Shared>,
    axum::Extension(peer): axum::Extension<Peer>,
    headers: HeaderMap,
    bytes: Bytes,
) -> Response {
    let lang = lang_of(&headers);
    let code: CodeBody = match body(&bytes, lang) {
        Ok(code) => code,
        Err(response) => return response,
    };
    let joined = shared.round().join_with_code(&code.code, peer.0);
    match joined {
        Ok(cookie) => {
            (shared.wake)();
            ([set_cookie(&cookie)], axum::Json(json!({ "ok": true }))).into_response()
        }
        Err(refused) => refusal(refused, lang),
    }
}

#[derive(Deserialize)]
struct PickBody {
    participant: u32,
}

async fn pick(State(shared): State<Shared>, headers: HeaderMap, bytes: Bytes) -> Response {
    let lang = lang_of(&headers);
    let pick: PickBody = match body(&bytes, lang) {
        Ok(pick) => pick,
        Err(response) => return response,
    };
    let picked = shared
        .round()
        .pick(cookie_of(&headers).as_deref(), pick.participant);
    match picked {
        Ok(()) => {
            (shared.wake)();
            axum::Json(json!({ "ok": true })).into_response()
        }
        Err(refused) => refusal(refused, lang),
    }
}

/// A vote's body: the participant, the lot, and a score 0-3 under each criterion's code.
fn vote_request(value: &serde_json::Value) -> Option<VoteRequest> {
    let number = |key: &str| value.get(key).and_then(serde_json::Value::as_i64);
    let id = |key: &str| number(key).and_then(|n| u32::try_from(n).ok());
    let score = |c: Criterion| number(c.code());
    Some(VoteRequest {
        participant: id("participant")?,
        lot: id("lot")?,
        scores: [
            score(Criterion::Impact)?,
            score(Criterion::Scarcity)?,
            score(Criterion::Switching)?,
        ],
    })
}

async fn vote(State(shared): State<Shared>, headers: HeaderMap, bytes: Bytes) -> Response {
    let lang = lang_of(&headers);
    let value: serde_json::Value = match body(&bytes, lang) {
        Ok(value) => value,
        Err(response) => return response,
    };
    let Some(request) = vote_request(&value) else {
        return error(StatusCode::BAD_REQUEST, answers(lang).bad_request);
    };
    let voted = shared.round().vote(cookie_of(&headers).as_deref(), request);
    match voted {
        Ok(_) => {
            (shared.wake)();
            axum::Json(json!({ "ok": true })).into_response()
        }
        Err(refused) => refusal(refused, lang),
    }
}
