//! Rounding as `f64::round` does it, without its library call.
//!
//! On the baseline x86-64 target (no SSE4.1) `f64::round` is a call into `compiler-builtins`'
//! software rounding, about 2 % of a summer's time at its ~330 calls. This gives the same value
//! for every input (tested against `f64::round`), so the summers stay bit for bit the same.

/// `x.round()`: to the nearest integer, halves away from zero; NaN and infinities unchanged.
#[inline]
pub fn round(x: f64) -> f64 {
    // From 2^52 on, every f64 is an integer; NaN and infinities are returned as they are.
    if x.is_nan() || x.abs() >= 4_503_599_627_370_496.0 {
        return x;
    }
    // |x| < 2^52: the truncation fits an i64 and converts back exactly, and so does x − t.
    let t = (x as i64) as f64;
    let d = x - t;
    // One step up from a half above, one down from a half below, chosen without a branch (the
    // fractions are too varied to predict): t ± 1 is exact, and t + 0 − 0 is t but for the sign
    // of a zero, which the sign of x then sets: −0.3 rounds to −0.0, as `f64::round` gives.
    let up = if d >= 0.5 { 1.0 } else { 0.0 };
    let down = if d <= -0.5 { 1.0 } else { 0.0 };
    (t + up - down).copysign(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(x: f64) {
        let (a, b) = (round(x), x.round());
        assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()), "{x:e}: {a:e} against {b:e}");
    }

    #[test]
    fn rounds_as_f64_round_does() {
        let edges = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            -0.49999999999999994,
            4_503_599_627_370_495.5,
            4_503_599_627_370_496.0,
            9_007_199_254_740_993.0,
            1e300,
            -1e300,
            f64::MIN_POSITIVE,
            f64::EPSILON,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for x in edges {
            same(x);
            same(x.next_up());
            same(x.next_down());
        }
        // Every half and its neighbours up to 2 000, and a spread of bit patterns.
        for k in -4000..=4000 {
            let h = k as f64 / 2.0;
            same(h);
            same(h.next_up());
            same(h.next_down());
        }
        let mut bits = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..200_000 {
            bits = bits.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            same(f64::from_bits(bits));
            same(f64::from_bits(bits >> 12) * 1e-3);
        }
    }
}
