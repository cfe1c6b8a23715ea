//! The proxy every browser is given: it forwards nothing, and records what
//! reached it.

use super::server::Listening;
use std::io::{Read, Write};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

/// A proxy that forwards nothing: whatever a browser sends anywhere but
/// loopback (the page's requests, and the browser's own background chatter)
/// is refused here, so nothing leaves the machine even on a networked one.
/// It records the first line of each request (`GET http://host/…`,
/// `CONNECT host:443`): in engines without Chromium's network log, that is
/// how a request the page sent elsewhere is seen.
pub struct RequestSink {
    listening: Listening,
    seen: Arc<Mutex<Vec<String>>>,
}

impl RequestSink {
    pub fn start() -> Self {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorder = seen.clone();
        let listening = Listening::start(move |mut stream| {
            let mut buffer = [0_u8; 2048];
            let read = stream.read(&mut buffer).unwrap_or(0);
            let request = String::from_utf8_lossy(&buffer[..read]);
            if let Some(line) = request.lines().next().filter(|line| !line.is_empty()) {
                recorder.lock().expect("sink lock").push(line.to_owned());
            }
            let _ = stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        });
        Self { listening, seen }
    }

    /// Where the browser is told to send everything not for loopback.
    pub fn addr(&self) -> SocketAddr {
        self.listening.addr
    }

    /// The requests that reached the sink so far.
    pub fn seen(&self) -> Vec<String> {
        self.seen.lock().expect("sink lock").clone()
    }
}
