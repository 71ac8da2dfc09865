//! A small HTTP/1.1 client for the tests of the phone round's server, over 127.0.0.1 only. It is
//! the test's own, so that it can send what a browser never would (a wrong Host, no header).

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// An answer: status, headers (lower-case names) and body.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        (self.headers.iter())
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The device cookie it sets, as `name=value`.
    pub fn cookie(&self) -> String {
        let set = self.header("set-cookie").expect("a cookie");
        set.split(';').next().expect("pair").to_string()
    }
}

/// One request, retried while the server says "too many" (all the test's requests come from
/// one address, and the limits are per address).
pub fn send(
    server: SocketAddr,
    method: &str,
    path: &str,
    host: Option<&str>,
    headers: &[(&str, &str)],
    body: &str,
) -> Answer {
    for _ in 0..100 {
        let answer = send_once(server, method, path, host, headers, body);
        // 429: too many requests; 0: the connection was closed at once, because this address
        // (all the tests' phones share 127.0.0.1) held its most connections already.
        if answer.status != 429 && answer.status != 0 {
            return answer;
        }
        std::thread::sleep(Duration::from_millis(150));
    }
    panic!("still too many requests");
}

/// One request on a connection of its own. `host` is the Host header (the server's own when
/// `None`).
pub fn send_once(
    server: SocketAddr,
    method: &str,
    path: &str,
    host: Option<&str>,
    headers: &[(&str, &str)],
    body: &str,
) -> Answer {
    let mut stream = TcpStream::connect(server).expect("connect to 127.0.0.1");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let host = host.map_or_else(|| server.to_string(), str::to_string);
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).expect("write");
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Answer {
        status,
        headers,
        body: body.to_string(),
    }
}

/// A phone's request as the page sends it, retried while the server says "too many".
pub fn phone(server: SocketAddr, method: &str, path: &str, cookie: &str, body: &str) -> Answer {
    let headers = [
        ("Cookie", cookie),
        ("Content-Type", "application/json"),
        ("X-Kraljic-Vote", "1"),
        ("Accept-Language", "nl-NL,nl;q=0.9"),
    ];
    send(server, method, path, None, &headers, body)
}

/// Joins with the join address's token and picks `participant`: the device's cookie.
pub fn join_as(server: SocketAddr, join_url: &str, participant: u32) -> String {
    let path = join_url
        .split_once(&server.to_string())
        .expect("the join address names the server")
        .1
        .to_string();
    let answer = phone(server, "GET", &path, "", "");
    assert_eq!(answer.status, 303, "{}", answer.body);
    let cookie = answer.cookie();
    let body = format!("{{\"participant\": {participant}}}");
    let picked = phone(server, "POST", "/api/participant", &cookie, &body);
    assert_eq!(picked.status, 200, "{}", picked.body);
    cookie
}

/// A vote as the page sends it.
pub fn vote_body(participant: u32, lot: u32, scores: [i64; 3]) -> String {
    format!(
        "{{\"participant\": {participant}, \"lot\": {lot}, \"impact\": {}, \"scarcity\": {}, \"switching\": {}}}",
        scores[0], scores[1], scores[2]
    )
}
