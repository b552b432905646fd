//! The room's bounds, which the engine thread is opened with and the server keeps.

/// The room's bounds: memory, threads and connections stay bounded whatever the phones do.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Phones that may join (seats and followers).
    pub max_phones: usize,
    /// Largest request body, in bytes (a join or a vote is under 200).
    pub max_body: usize,
    /// Requests per second allowed from one address, on average...
    pub rate_per_sec: u32,
    /// ...and in a burst.
    pub rate_burst: u32,
    /// Addresses the rate limiter remembers at once.
    pub max_addresses: usize,
    /// Open TCP connections at once; more wait to be accepted.
    pub max_connections: usize,
    /// Open push streams at once.
    pub max_streams: usize,
    /// Requests waiting for the engine thread; more are refused (503) rather than queued.
    pub queue: usize,
    /// Seconds after which a connection with nothing read or written is closed.
    pub idle_secs: u64,
    /// Open connections from one address; more are closed as soon as accepted.
    pub per_address_connections: usize,
    /// Open push streams from one address (a phone needs one, the projector one).
    pub per_address_streams: usize,
    /// Phones joined from one address (a phone and a reload in a private tab, a shared phone).
    pub per_address_phones: usize,
    /// A request's head must arrive whole within this (milliseconds), however slowly its bytes
    /// come: a connection sending a header line now and then is closed.
    pub head_millis: u64,
    /// A request's body must arrive, and its answer be ready, within this (milliseconds): 408.
    pub answer_millis: u64,
}

impl Limits {
    /// The bounds for `--rate N`: requests per second from one address, in bursts of 3 N, and
    /// the per-address caps of connections, push streams and phones, which rise with it (`N`/10
    /// times the default's) for the rare room whose phones all come through one address.
    pub fn for_rate(rate: u32) -> Limits {
        let d = Limits::default();
        let k = (rate as usize / 10).max(1);
        Limits {
            rate_per_sec: rate,
            rate_burst: rate.saturating_mul(3),
            per_address_connections: d.per_address_connections.saturating_mul(k),
            per_address_streams: d.per_address_streams.saturating_mul(k),
            per_address_phones: d.per_address_phones.saturating_mul(k),
            ..d
        }
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_phones: 300,
            max_body: 2048,
            rate_per_sec: 10,
            rate_burst: 30,
            max_addresses: 4096,
            max_connections: 1024,
            max_streams: 700,
            queue: 1024,
            idle_secs: 30,
            per_address_connections: 32,
            per_address_streams: 4,
            per_address_phones: 4,
            head_millis: 10_000,
            answer_millis: 10_000,
        }
    }
}
