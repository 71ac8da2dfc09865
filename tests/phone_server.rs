//! The phone round's server, driven over 127.0.0.1 only: joining, blindness, rejoining, every
//! refusal, the rate limit and 20 phones voting at once. A small HTTP/1.1 client of the test's
//! own speaks to it, so that it can send what a browser never would (a wrong Host, no header).

#[path = "common/http.rs"]
mod http;

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, TcpStream};

use http::{phone, send, send_once, vote_body};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kraljic_workshop::interchange::phone::round::{MAX_DEVICES, Named, PhoneRound};
use kraljic_workshop::interchange::phone::server::RoomServer;
use kraljic_workshop::model::{LotId, ParticipantId};

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// A round on two lots for `participants` participants, served on 127.0.0.1.
fn serve(participants: u32) -> (RoomServer, Arc<AtomicUsize>) {
    let lots = vec![
        Named {
            id: LotId(5),
            name: "Dyslexie".into(),
        },
        Named {
            id: LotId(6),
            name: "Vervoer".into(),
        },
    ];
    let people = (1..=participants)
        .map(|i| Named {
            id: ParticipantId(i),
            name: format!("Gemeente {i}"),
        })
        .collect();
    let round = PhoneRound::new(lots, people).expect("randomness");
    let woken = Arc::new(AtomicUsize::new(0));
    let count = woken.clone();
    let wake = Arc::new(move || {
        count.fetch_add(1, Ordering::SeqCst);
    });
    let server = RoomServer::start(LOOPBACK, None, round, wake).expect("listening");
    assert!(server.address().ip().is_loopback());
    (server, woken)
}

/// Joins with the token and picks `participant`: the device's cookie.
fn join_as(server: &RoomServer, participant: u32) -> String {
    http::join_as(server.address(), &server.join_url(), participant)
}

#[test]
fn joining_sets_a_safe_cookie_and_a_wrong_token_gets_nothing() {
    let (server, _) = serve(3);
    let address = server.address();
    let path = format!("/j/{}", server.round().token());
    let answer = send(address, "GET", &path, None, &[], "");
    assert_eq!(answer.status, 303);
    assert_eq!(answer.header("location"), Some("/"));
    let set = answer.header("set-cookie").expect("cookie");
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict"),
        "{set}"
    );
    assert_eq!(answer.header("referrer-policy"), Some("no-referrer"));
    let wrong = send(
        address,
        "GET",
        "/j/0123456789abcdef0123456789abcdef",
        None,
        &[],
        "",
    );
    assert_eq!(wrong.status, 403);
    assert!(wrong.header("set-cookie").is_none());
    let stranger = send(address, "GET", "/api/state", None, &[], "");
    assert_eq!(stranger.json()["joined"], false);
    // The page itself loads nothing from elsewhere.
    let page = send(address, "GET", "/", None, &[], "");
    assert_eq!(page.status, 200);
    assert!(page.header("content-security-policy").is_some());
    assert!(!page.body.contains("http://") && !page.body.contains("https://"));
}

#[test]
fn the_typed_code_joins_and_wrong_guesses_are_capped() {
    let (server, _) = serve(3);
    let code = server.round().code().to_string();
    let body = format!("{{\"code\": \"{code}\"}}");
    let joined = phone(server.address(), "POST", "/api/join", "", &body);
    assert_eq!(joined.status, 200, "{}", joined.body);
    assert!(joined.header("set-cookie").is_some());
    let wrong = if code == "000000" { "000001" } else { "000000" };
    let guess = format!("{{\"code\": \"{wrong}\"}}");
    for _ in 0..5 {
        let missed = phone(server.address(), "POST", "/api/join", "", &guess);
        assert!(
            missed.json()["error"]
                .as_str()
                .expect("words")
                .contains("klopt niet")
        );
    }
    let late = phone(server.address(), "POST", "/api/join", "", &body);
    assert_eq!(
        late.status, 403,
        "not even the right code after 5 misses from this address"
    );
    assert!(
        late.json()["error"]
            .as_str()
            .expect("words")
            .contains("te vaak")
    );
}

#[test]
fn a_phone_sees_only_its_own_votes_and_rejoins_as_itself() {
    let (server, woken) = serve(3);
    let a = join_as(&server, 1);
    let b = join_as(&server, 2);
    let address = server.address();
    assert_eq!(
        woken.load(Ordering::SeqCst),
        4,
        "told of each join and name"
    );
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/vote",
            &a,
            &vote_body(1, 5, [3, 3, 3])
        )
        .status,
        200
    );
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/vote",
            &b,
            &vote_body(2, 5, [0, 1, 0])
        )
        .status,
        200
    );
    assert_eq!(
        woken.load(Ordering::SeqCst),
        6,
        "the window is told of each vote"
    );
    let state = phone(address, "GET", "/api/state", &b, "");
    let json = state.json();
    assert_eq!(json["me"], 2);
    assert_eq!(json["lot"]["id"], 5);
    assert_eq!(json["votes"].as_array().expect("votes").len(), 1);
    assert_eq!(json["votes"][0]["impact"], 0);
    assert!(
        !state.body.contains("\"impact\":3"),
        "never a's scores: {}",
        state.body
    );
    // A reload: the join address again, with the cookie, keeps the same identity.
    let path = format!("/j/{}", server.round().token());
    let again = phone(address, "GET", &path, &b, "");
    assert_eq!(again.cookie(), b);
    assert_eq!(phone(address, "GET", "/api/state", &b, "").json()["me"], 2);
    // A second phone cannot take a's name.
    let path = format!("/j/{}", server.round().token());
    let c = phone(address, "GET", &path, "", "").cookie();
    let taken = phone(
        address,
        "POST",
        "/api/participant",
        &c,
        "{\"participant\": 1}",
    );
    assert_eq!(taken.status, 409);
    assert!(
        taken.json()["error"]
            .as_str()
            .expect("words")
            .contains("begeleider")
    );
    // Once it is someone, a phone stays that one: no voting as the next free name.
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/participant",
            &c,
            "{\"participant\": 3}"
        )
        .status,
        200
    );
    let other = phone(
        address,
        "POST",
        "/api/participant",
        &c,
        "{\"participant\": 2}",
    );
    assert_eq!(other.status, 403, "{}", other.body);
    let votes = server.round().take_votes();
    assert_eq!(votes.len(), 2);
}

#[test]
fn requests_from_elsewhere_are_refused() {
    let (server, _) = serve(2);
    let a = join_as(&server, 1);
    let address = server.address();
    let json = [
        ("Cookie", a.as_str()),
        ("Content-Type", "application/json"),
        ("X-Kraljic-Vote", "1"),
    ];
    let good = vote_body(1, 5, [1, 1, 1]);
    // DNS rebinding: another Host.
    assert_eq!(
        send(
            address,
            "GET",
            "/api/state",
            Some("evil.example:8765"),
            &json,
            ""
        )
        .status,
        421
    );
    // CSRF: no JSON type, no custom header, a foreign Origin.
    assert_eq!(
        send(
            address,
            "POST",
            "/api/vote",
            None,
            &json[..2]
                .iter()
                .copied()
                .chain([("X-Kraljic-Vote", "0")])
                .collect::<Vec<_>>(),
            &good
        )
        .status,
        403
    );
    assert_eq!(
        send(
            address,
            "POST",
            "/api/vote",
            None,
            &[json[0], ("Content-Type", "text/plain"), json[2]],
            &good
        )
        .status,
        403
    );
    let foreign = [json[0], json[1], json[2], ("Origin", "http://evil.example")];
    assert_eq!(
        send(address, "POST", "/api/vote", None, &foreign, &good).status,
        403
    );
    assert!(
        server.round().take_votes().is_empty(),
        "nothing came through"
    );
}

#[test]
fn a_vote_that_cannot_count_gets_a_clear_answer_and_changes_nothing() {
    let (server, _) = serve(2);
    let a = join_as(&server, 1);
    let address = server.address();
    let good = vote_body(1, 5, [1, 1, 1]);
    // Too large a body.
    let large = format!("{{\"participant\": 1, \"pad\": \"{}\"}}", "x".repeat(5000));
    assert_eq!(phone(address, "POST", "/api/vote", &a, &large).status, 413);
    // Not JSON at all, a lot outside the round, a participant who does not exist, a score of 4,
    // someone else's name.
    assert_eq!(
        phone(address, "POST", "/api/vote", &a, "{nonsense").status,
        400
    );
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/vote",
            &a,
            &vote_body(1, 99, [1, 1, 1])
        )
        .status,
        404
    );
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/vote",
            &a,
            &vote_body(9, 5, [1, 1, 1])
        )
        .status,
        404
    );
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/vote",
            &a,
            &vote_body(1, 5, [1, 4, 1])
        )
        .status,
        422
    );
    assert_eq!(
        phone(
            address,
            "POST",
            "/api/vote",
            &a,
            &vote_body(2, 5, [1, 1, 1])
        )
        .status,
        403
    );
    assert_eq!(
        phone(address, "POST", "/api/vote", "kraljic_device=forged", &good).status,
        401
    );
    assert!(
        server.round().take_votes().is_empty(),
        "nothing came through"
    );
    // A closed round: a clear answer, then no port at all.
    server.round().close();
    let closed = phone(address, "POST", "/api/vote", &a, &good);
    assert_eq!(closed.status, 410);
    assert!(
        closed.json()["error"]
            .as_str()
            .expect("words")
            .contains("gesloten")
    );
    server.stop();
    assert!(
        TcpStream::connect(address).is_err(),
        "no round, no listening port"
    );
}

#[test]
fn too_many_devices_and_too_many_requests_are_refused() {
    let (server, _) = serve(2);
    let address = server.address();
    let path = format!("/j/{}", server.round().token());
    for _ in 0..MAX_DEVICES {
        assert_eq!(phone(address, "GET", &path, "", "").status, 303);
    }
    let full = phone(address, "GET", &path, "", "");
    assert_eq!(full.status, 503, "the 41st device");
    // More than ten requests in a second from one address.
    std::thread::sleep(Duration::from_millis(1100));
    let statuses: Vec<u16> = (0..12)
        .map(|_| send_once(address, "GET", "/api/state", None, &[], "").status)
        .collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(statuses[..10].iter().all(|s| *s == 200), "{statuses:?}");
}

#[test]
fn twenty_phones_vote_at_once() {
    let (server, woken) = serve(20);
    let cookies: Vec<String> = (1..=20).map(|p| join_as(&server, p)).collect();
    let address = server.address();
    let before = woken.load(Ordering::SeqCst);
    let threads: Vec<_> = cookies
        .into_iter()
        .enumerate()
        .map(|(i, cookie)| {
            std::thread::spawn(move || {
                let p = i as u32 + 1;
                let scores = [i64::from(p.is_multiple_of(4)) * 3, (p % 3) as i64, 2];
                phone(
                    address,
                    "POST",
                    "/api/vote",
                    &cookie,
                    &vote_body(p, 6, scores),
                )
                .status
            })
        })
        .collect();
    for thread in threads {
        assert_eq!(thread.join().expect("phone"), 200);
    }
    assert_eq!(
        woken.load(Ordering::SeqCst) - before,
        20,
        "told of each vote"
    );
    let round = server.round();
    assert_eq!(round.voted(LotId(6)), 20);
}

#[test]
fn a_slow_client_is_timed_out() {
    let (server, _) = serve(1);
    let mut stream = TcpStream::connect(server.address()).expect("connect");
    stream
        .write_all(b"GET / HTTP/1.1\r\nHost: ")
        .expect("half a request");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let started = std::time::Instant::now();
    let mut buffer = [0u8; 64];
    let read = stream.read(&mut buffer);
    let waited = started.elapsed();
    assert!(
        read.is_ok(),
        "the server closed it, the test's read did not time out"
    );
    assert!(
        waited >= Duration::from_secs(3) && waited < Duration::from_secs(15),
        "closed after the header timeout, not held open: {waited:?}"
    );
}
