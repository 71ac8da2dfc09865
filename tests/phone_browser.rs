//! The phone's page in a real browser: headless Chromium (Debian's `chromium`; `scripts/test.sh`
//! installs it) at 390×844 opens the join address of a round served on 127.0.0.1, picks a name,
//! taps three scores and sends them; the round receives exactly that vote. The browser is told
//! to resolve no other host, so no traffic leaves this machine. The screenshot is left in
//! `target/phone-390x844.png` to look at.

use std::io::{BufRead, BufReader};
use std::net::{IpAddr, Ipv4Addr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use kraljic_workshop::interchange::phone::round::{Named, PhoneRound};
use kraljic_workshop::interchange::phone::server::RoomServer;
use kraljic_workshop::model::{Criterion, Level, LotId, ParticipantId};
use serde_json::{Value, json};
use tungstenite::{Message, WebSocket, stream::MaybeTlsStream};

/// Chromium, killed when the test ends however it ends.
struct Browser(Child);

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts headless Chromium with its DevTools on 127.0.0.1; returns it and the browser's
/// DevTools address.
fn chromium(profile: &std::path::Path) -> (Browser, String) {
    let binary = ["chromium", "chromium-browser"]
        .into_iter()
        .find(|b| Command::new(b).arg("--version").output().is_ok())
        .expect("Chromium is installed (scripts/test.sh installs Debian's chromium)");
    let mut child = Command::new(binary)
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--metrics-recording-only",
            "--no-pings",
            // Only the round's loopback address resolves: nothing else is ever asked for.
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--window-size=390,844",
            "--lang=nl-NL",
            "--accept-lang=nl-NL,nl",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("about:blank")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Chromium starts");
    let stderr = child.stderr.take().expect("stderr");
    let browser = Browser(child);
    for line in BufReader::new(stderr).lines() {
        let line = line.expect("a line of Chromium's output");
        if let Some(at) = line.find("ws://127.0.0.1:") {
            return (browser, line[at..].trim().to_string());
        }
    }
    panic!("Chromium gave no DevTools address");
}

/// The DevTools protocol over one WebSocket, in flattened sessions.
struct DevTools {
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    next: u64,
}

impl DevTools {
    fn connect(address: &str) -> DevTools {
        let (socket, _) = tungstenite::connect(address).expect("DevTools on 127.0.0.1");
        DevTools { socket, next: 0 }
    }

    /// Sends a command (in `session` when given) and returns its result.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Value {
        self.next += 1;
        let mut message = json!({ "id": self.next, "method": method, "params": params });
        if let Some(session) = session {
            message["sessionId"] = json!(session);
        }
        self.socket
            .send(Message::text(message.to_string()))
            .expect("send");
        loop {
            let text = match self.socket.read().expect("read") {
                Message::Text(text) => text.to_string(),
                _ => continue,
            };
            let answer: Value = serde_json::from_str(&text).expect("json");
            if answer["id"] == json!(self.next) {
                assert!(answer.get("error").is_none(), "{method}: {answer}");
                return answer["result"].clone();
            }
        }
    }

    /// Evaluates a script in the page and returns its value.
    fn eval(&mut self, session: &str, script: &str) -> Value {
        let result = self.call(
            Some(session),
            "Runtime.evaluate",
            json!({ "expression": script, "returnByValue": true, "awaitPromise": true }),
        );
        result["result"]["value"].clone()
    }

    /// Waits until `script` is true in the page.
    fn wait_for(&mut self, session: &str, script: &str) {
        let start = Instant::now();
        while self.eval(session, script) != json!(true) {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the page never showed: {script}\n{}",
                self.eval(session, "document.body ? document.body.innerText : ''")
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[test]
fn a_phone_joins_taps_scores_and_sends_them_in_chromium() {
    let lots = vec![Named {
        id: LotId(5),
        name: "Dyslexie".into(),
    }];
    let people = ["Assen", "Tynaarlo", "Noordenveld"]
        .iter()
        .enumerate()
        .map(|(i, name)| Named {
            id: ParticipantId(i as u32 + 1),
            name: (*name).into(),
        })
        .collect();
    let round = PhoneRound::new(lots, people).expect("randomness");
    let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let server = RoomServer::start(loopback, None, round, Arc::new(|| {})).expect("listening");
    let profile = tempfile::tempdir().expect("profile");
    let (_browser, address) = chromium(profile.path());
    let mut tools = DevTools::connect(&address);
    let target = tools.call(None, "Target.createTarget", json!({ "url": "about:blank" }));
    let attached = tools.call(
        None,
        "Target.attachToTarget",
        json!({ "targetId": target["targetId"], "flatten": true }),
    );
    let session = attached["sessionId"].as_str().expect("session").to_string();
    let s = session.as_str();
    tools.call(
        Some(s),
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": true }),
    );
    tools.call(Some(s), "Page.enable", json!({}));
    tools.call(
        Some(s),
        "Page.navigate",
        json!({ "url": server.join_url() }),
    );
    // Who are you: the participants by name.
    tools.wait_for(
        s,
        "!!document.querySelector('button[data-participant=\"2\"]')",
    );
    assert_eq!(tools.eval(s, "document.documentElement.lang"), json!("nl"));
    tools.eval(
        s,
        "document.querySelector('button[data-participant=\"2\"]').click()",
    );
    tools.wait_for(s, "!!document.querySelector('#lot')");
    assert_eq!(
        tools.eval(s, "document.querySelector('#lot').textContent"),
        json!("Dyslexie")
    );
    for (criterion, score) in [("impact", 2), ("scarcity", 3), ("switching", 1)] {
        let button = format!(
            "document.querySelector('button[data-criterion=\"{criterion}\"][data-score=\"{score}\"]')"
        );
        tools.wait_for(s, &format!("!!{button}"));
        tools.eval(s, &format!("{button}.click()"));
    }
    tools.eval(s, "document.querySelector('#send').click()");
    tools.wait_for(
        s,
        "document.querySelector('#status').textContent.indexOf('\u{2713}') >= 0",
    );
    let shot = tools.call(
        Some(s),
        "Page.captureScreenshot",
        json!({ "format": "png" }),
    );
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().expect("data"))
        .expect("base64");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/phone-390x844.png");
    std::fs::write(&out, &png).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG"));
    let votes = server.round().take_votes();
    assert_eq!(votes.len(), 1, "{votes:?}");
    let vote = votes[0];
    assert_eq!((vote.participant, vote.lot), (ParticipantId(2), LotId(5)));
    assert_eq!(vote.scores.get(Criterion::Impact), Level::from_number(2));
    assert_eq!(vote.scores.get(Criterion::Scarcity), Level::from_number(3));
    assert_eq!(vote.scores.get(Criterion::Switching), Level::from_number(1));
}
