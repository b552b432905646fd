//! Named random streams. One seed, one stream per part of the engine, so that drawing more in
//! one part (one more event) never shifts the draws of another (the market).
//!
//! Two generators exist. Every new summer draws from xoshiro256++ (`rand_xoshiro`), faster than
//! ChaCha8 for the same quality of draws (the figure is in docs/performance.md). ChaCha8
//! (`rand_chacha`) drew the summers of journals and saves of version 2; it stays so that those
//! files replay the very summer they recorded.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

/// The parts of the engine that draw random numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Market = 1,
    Work = 2,
    Events = 3,
    Agents = 4,
    Accounts = 5,
    Policy = 6,
    /// What the group shows at a decision (its own stream, so that the cues never shift
    /// another draw).
    Cues = 7,
}

/// The generator a summer draws from. A journal or a save names it through its version
/// (`save::generator_of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Generator {
    /// ChaCha8 with one stream number per part: the summers of files of version 2.
    ChaCha8,
    /// xoshiro256++, each part's state drawn by SplitMix64 from the seed and the part: every
    /// summer since version 3.
    #[default]
    Xoshiro,
}

/// A portable, seedable random source with the few draws the engine needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draw(Source);

#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    // Boxed: the old generator carries a 256-byte buffer, and the season clones the cues'
    // stream at every decision.
    ChaCha8(Box<ChaCha8Rng>),
    Xoshiro(Xoshiro256PlusPlus),
}

impl Draw {
    pub fn new(seed: u64, stream: Stream) -> Draw {
        Draw::with(Generator::default(), seed, stream)
    }

    pub fn with(generator: Generator, seed: u64, stream: Stream) -> Draw {
        match generator {
            Generator::ChaCha8 => {
                let mut r = ChaCha8Rng::seed_from_u64(seed);
                r.set_stream(stream as u64);
                Draw(Source::ChaCha8(Box::new(r)))
            }
            Generator::Xoshiro => {
                // The four words of the state are the SplitMix64 outputs 4k..4k+3 of the seed
                // (k the part's number): distinct for every part of a seed.
                let mut mix = rand_xoshiro::SplitMix64::seed_from_u64(seed);
                for _ in 0..4 * (stream as u32) {
                    mix.next_u64();
                }
                let mut state = [0u8; 32];
                for word in state.chunks_exact_mut(8) {
                    word.copy_from_slice(&mix.next_u64().to_le_bytes());
                }
                Draw(Source::Xoshiro(Xoshiro256PlusPlus::from_seed(state)))
            }
        }
    }

    /// The generator this stream draws from.
    pub fn generator(&self) -> Generator {
        match self.0 {
            Source::ChaCha8(_) => Generator::ChaCha8,
            Source::Xoshiro(_) => Generator::Xoshiro,
        }
    }

    #[inline]
    fn next_u64(&mut self) -> u64 {
        match &mut self.0 {
            Source::Xoshiro(r) => r.next_u64(),
            Source::ChaCha8(r) => r.next_u64(),
        }
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// Uniform integer in `lo..=hi`.
    pub fn between(&mut self, lo: u32, hi: u32) -> u32 {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo) as u64 + 1;
        // Multiply-shift: unbiased enough for spans this small, and portable.
        lo + (((self.next_u64() >> 32) * span) >> 32) as u32
    }

    /// Symmetric noise in [-a, a).
    pub fn noise(&mut self, a: f64) -> f64 {
        (self.unit() * 2.0 - 1.0) * a
    }

    /// Fills `out` with symmetric noise in [-a, a), as `noise` would one value after another.
    /// xoshiro256++ makes two values of each number it draws (32 bits each, far finer than the
    /// noise needs); ChaCha8, the generator of files of version 2, one value of each, as those
    /// summers were drawn.
    #[inline]
    pub fn noises(&mut self, a: f64, out: &mut [f64]) {
        const HALF: f64 = 1.0 / (1u64 << 32) as f64;
        match &mut self.0 {
            Source::Xoshiro(r) => {
                let mut pairs = out.chunks_exact_mut(2);
                for pair in &mut pairs {
                    let x = r.next_u64();
                    pair[0] = ((x >> 32) as f64 * HALF * 2.0 - 1.0) * a;
                    pair[1] = ((x & 0xffff_ffff) as f64 * HALF * 2.0 - 1.0) * a;
                }
                if let [last] = pairs.into_remainder() {
                    *last = ((r.next_u64() >> 32) as f64 * HALF * 2.0 - 1.0) * a;
                }
            }
            Source::ChaCha8(_) => out.iter_mut().for_each(|x| *x = self.noise(a)),
        }
    }

    /// A Poisson draw of mean `lambda` (Knuth's method, split for large means).
    pub fn poisson(&mut self, lambda: f64) -> u32 {
        self.poisson_of(&Mean::new(lambda))
    }

    /// A Poisson draw of a mean prepared once for several draws.
    pub fn poisson_of(&mut self, mean: &Mean) -> u32 {
        let mut n = 0;
        for step in 0..mean.steps {
            let limit = if step + 1 == mean.steps { mean.last } else { mean.full };
            let mut p = self.unit();
            while p > limit {
                n += 1;
                p *= self.unit();
            }
        }
        n
    }
}

/// A Poisson mean ready for Knuth's method: means above 20 are drawn in steps of 20 (capped at
/// 500), each step with its own limit e^−step; the exponentials are computed once per mean.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mean {
    steps: u32,
    /// e^−20, the limit of every step but the last.
    full: f64,
    /// The limit of the last step.
    last: f64,
}

impl Mean {
    pub fn new(lambda: f64) -> Mean {
        if lambda.is_nan() || lambda <= 0.0 {
            return Mean { steps: 0, full: 0.0, last: 0.0 };
        }
        // Take 20 at a time from what is left: every step but the last is 20.
        let (mut steps, mut rest, mut last) = (0u32, lambda.min(500.0), 0.0);
        while rest > 0.0 {
            last = rest.min(20.0);
            rest -= last;
            steps += 1;
        }
        Mean { steps, full: if steps > 1 { libm::exp(-20.0) } else { 0.0 }, last: libm::exp(-last) }
    }
}

/// All the streams of one season.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Streams {
    pub market: Draw,
    pub work: Draw,
    pub events: Draw,
    pub agents: Draw,
    pub accounts: Draw,
    /// What the group shows at each decision: looked at (cloned) before a decision, drawn for
    /// good when it settles, so that looking changes nothing.
    pub cues: Draw,
}

impl Streams {
    pub fn new(generator: Generator, seed: u64) -> Streams {
        let draw = |stream| Draw::with(generator, seed, stream);
        Streams {
            market: draw(Stream::Market),
            work: draw(Stream::Work),
            events: draw(Stream::Events),
            agents: draw(Stream::Agents),
            accounts: draw(Stream::Accounts),
            cues: draw(Stream::Cues),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_independent_and_reproducible() {
        let mut a = Draw::new(7, Stream::Market);
        let mut b = Draw::new(7, Stream::Market);
        let mut c = Draw::new(7, Stream::Events);
        let xa: Vec<u32> = (0..20).map(|_| a.between(0, 1000)).collect();
        let xb: Vec<u32> = (0..20).map(|_| b.between(0, 1000)).collect();
        let xc: Vec<u32> = (0..20).map(|_| c.between(0, 1000)).collect();
        assert_eq!(xa, xb);
        assert_ne!(xa, xc);
    }

    /// Knuth's method step by step, as first written: `poisson_of` must draw the same numbers.
    fn poisson_reference(d: &mut Draw, lambda: f64) -> u32 {
        if lambda.is_nan() || lambda <= 0.0 {
            return 0;
        }
        let mut left = lambda.min(500.0);
        let mut n = 0;
        while left > 0.0 {
            let step = left.min(20.0);
            left -= step;
            let limit = libm::exp(-step);
            let mut p = d.unit();
            while p > limit {
                n += 1;
                p *= d.unit();
            }
        }
        n
    }

    #[test]
    fn a_prepared_mean_draws_as_the_step_by_step_method() {
        let mut a = Draw::new(3, Stream::Market);
        let mut b = Draw::new(3, Stream::Market);
        for lambda in [0.0, -1.0, f64::NAN, 0.3, 1.0, 7.7, 19.99, 20.0, 20.01, 45.3, 60.0, 499.9, 800.0, f64::INFINITY]
        {
            let mean = Mean::new(lambda);
            for _ in 0..20 {
                assert_eq!(a.poisson_of(&mean), poisson_reference(&mut b, lambda), "mean {lambda}");
            }
        }
        assert_eq!(a, b);
    }

    #[test]
    fn noises_are_in_range_centred_and_as_version_2_drew_them_with_chacha8() {
        // Version 2: one value per number, the very values `noise` gives in turn.
        let (mut a, mut b) =
            (Draw::with(Generator::ChaCha8, 9, Stream::Agents), Draw::with(Generator::ChaCha8, 9, Stream::Agents));
        let mut row = [0.0; 7];
        a.noises(0.3, &mut row);
        let one_by_one: Vec<f64> = (0..7).map(|_| b.noise(0.3)).collect();
        assert_eq!(row.to_vec(), one_by_one);
        assert_eq!(a, b);
        // Version 3: in [-a, a), centred, spread as a uniform is (sd a/√3), odd rows included.
        let mut d = Draw::new(9, Stream::Agents);
        let mut all = Vec::new();
        for n in [1usize, 2, 3, 5, 8] {
            for _ in 0..4000 {
                let mut row = [0.0; 8];
                d.noises(0.3, &mut row[..n]);
                all.extend_from_slice(&row[..n]);
            }
        }
        assert!(all.iter().all(|x| (-0.3..0.3).contains(x)));
        let mean = all.iter().sum::<f64>() / all.len() as f64;
        let sd = (all.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / all.len() as f64).sqrt();
        assert!(mean.abs() < 0.005, "{mean}");
        assert!((sd - 0.3 / 3f64.sqrt()).abs() < 0.005, "{sd}");
    }

    #[test]
    fn poisson_mean_is_close() {
        let mut d = Draw::new(1, Stream::Market);
        let n = 20_000;
        let sum: u64 = (0..n).map(|_| d.poisson(3.5) as u64).sum();
        let mean = sum as f64 / n as f64;
        assert!((mean - 3.5).abs() < 0.1, "{mean}");
        let big: u64 = (0..2000).map(|_| d.poisson(45.0) as u64).sum();
        assert!((big as f64 / 2000.0 - 45.0).abs() < 1.0);
    }
}
