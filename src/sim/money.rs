//! Exact splits of money: no cent created or lost.

use rust_decimal::Decimal;

/// Splits `total` (rounded to the cent) into parts proportional to `weights`, by largest
/// remainder in integer cents; ties go to the earlier part. The parts always sum to `total`
/// rounded to the cent. With no positive weight, everything goes to the first part (or nowhere
/// when there is no part).
///
/// Exact for any amount up to about 7.9 × 10²⁶ (far beyond any amount validation lets in);
/// above, the parts still never panic but may differ from the total by a unit of rounding.
pub fn split(total: Decimal, weights: &[u64]) -> Vec<Decimal> {
    if weights.is_empty() {
        return Vec::new();
    }
    let rounded = total.round_dp(2);
    let cents: i128 = rounded.mantissa() * 10i128.pow(2 - rounded.scale().min(2));
    let weights: Vec<u128> = weights.iter().map(|&w| w as u128).collect();
    let mut parts = vec![0i128; weights.len()];
    match std::num::NonZeroU128::new(weights.iter().sum()) {
        None => parts[0] = cents,
        Some(sum) => {
            let sign = if cents < 0 { -1 } else { 1 };
            let abs = cents.unsigned_abs();
            let mut given: u128 = 0;
            let mut rema: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
            for (i, &w) in weights.iter().enumerate() {
                let (q, r) = mul_div_rem(abs, w, sum.get());
                given += q;
                parts[i] = q as i128 * sign;
                rema.push((r, i));
            }
            let mut left = abs - given;
            // Largest remainder first; the earlier part wins a tie.
            rema.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            for &(_, i) in rema.iter() {
                if left == 0 {
                    break;
                }
                parts[i] += sign;
                left -= 1;
            }
        }
    }
    parts.into_iter().map(cents_to_decimal).collect()
}

/// A unit price times a number of units, rounded to the cent: the amount of a contract.
/// Prices in cents (or coarser) multiply exactly in integers, with the same digits and scale as
/// `(price * units).round_dp(2)`, which is the path for anything else.
///
/// (`price.mantissa()` is at most 96 bits: the product always fits in an i128.)
pub fn times(price: Decimal, units: u16) -> Decimal {
    let cents = price.mantissa() * units as i128;
    // (A zero product comes out of the decimal product without scale: left to it.)
    if price.scale() <= 2
        && cents != 0
        && let Ok(d) = Decimal::try_from_i128_with_scale(cents, price.scale())
    {
        return d;
    }
    (price * Decimal::from(units)).round_dp(2)
}

/// (a × b / d, a × b mod d) for b ≤ d, exact even when a × b does not fit in 128 bits.
fn mul_div_rem(a: u128, b: u128, d: u128) -> (u128, u128) {
    if let Some(p) = a.checked_mul(b) {
        return (p / d, p % d);
    }
    // The 256-bit product, then long division bit by bit (rare: amounts beyond any CJS).
    let (a1, a0) = (a >> 64, a & u64::MAX as u128);
    let (b1, b0) = (b >> 64, b & u64::MAX as u128);
    let (lo_lo, mid1, mid2, hi_hi) = (a0 * b0, a1 * b0, a0 * b1, a1 * b1);
    let (mid, carry_mid) = mid1.overflowing_add(mid2);
    let (lo, carry_lo) = lo_lo.overflowing_add(mid << 64);
    let hi = hi_hi + (mid >> 64) + ((carry_mid as u128) << 64) + carry_lo as u128;
    let (mut q, mut r) = (0u128, 0u128);
    for i in (0..256).rev() {
        let bit = if i >= 128 { (hi >> (i - 128)) & 1 } else { (lo >> i) & 1 };
        r = (r << 1) | bit;
        if r >= d {
            r -= d;
            if i < 128 {
                q |= 1 << i;
            }
        }
    }
    (q, r)
}

/// Cents as a decimal amount; beyond what a 96-bit mantissa with two decimals holds (amounts
/// no CJS will see), whole units and cents are added.
fn cents_to_decimal(c: i128) -> Decimal {
    Decimal::try_from_i128_with_scale(c, 2)
        .unwrap_or_else(|_| Decimal::from_i128_with_scale(c / 100, 0) + Decimal::new((c % 100) as i64, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn a_contract_amount_has_the_digits_of_the_decimal_product() {
        for price in ["0", "0.00", "12", "12.5", "12.50", "0.01", "7.99", "1234567.89", "0.005", "3.14159", "-2.30"] {
            for units in [0u16, 1, 2, 3, 7, 40, 999, u16::MAX] {
                let p = d(price);
                let slow = (p * Decimal::from(units)).round_dp(2);
                let fast = times(p, units);
                assert_eq!(fast.to_string(), slow.to_string(), "{price} × {units}");
            }
        }
        let big = Decimal::MAX / Decimal::from(1000);
        assert_eq!(times(big.round_dp(2), 1).to_string(), big.round_dp(2).to_string());
    }

    #[test]
    fn thirds_add_up() {
        let p = split(d("100.00"), &[1, 1, 1]);
        assert_eq!(p, vec![d("33.34"), d("33.33"), d("33.33")]);
        assert_eq!(p.iter().sum::<Decimal>(), d("100.00"));
    }

    #[test]
    fn zero_weights_and_negative_totals() {
        assert_eq!(split(d("10.00"), &[0, 0]), vec![d("10.00"), d("0.00")]);
        let p = split(d("-10.00"), &[1, 2]);
        assert_eq!(p.iter().sum::<Decimal>(), d("-10.00"));
        assert!(split(d("5"), &[]).is_empty());
        let big: Decimal = "12345678901234567890123456.78".parse().unwrap();
        let p = split(big, &[u64::MAX, 1, u64::MAX / 3]);
        assert_eq!(p.iter().sum::<Decimal>(), big);
        // The largest decimal does not panic.
        assert_eq!(split(Decimal::MAX, &[1, 1]).len(), 2);
        assert_eq!(
            mul_div_rem(u128::MAX, 6, 7),
            ((u128::MAX / 7) * 6 + (u128::MAX % 7) * 6 / 7, (u128::MAX % 7) * 6 % 7)
        );
    }
}
