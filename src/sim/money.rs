//! Exact splits of money: no cent created or lost.

use rust_decimal::Decimal;

/// Splits `total` (rounded to the cent) into parts proportional to `weights`, by largest
/// remainder in integer cents; ties go to the earlier part. The parts always sum to `total`
/// rounded to the cent. With no positive weight, everything goes to the first part (or nowhere
/// when there is no part).
pub fn split(total: Decimal, weights: &[u64]) -> Vec<Decimal> {
    let cents = (total.round_dp(2) * Decimal::ONE_HUNDRED).trunc();
    let cents: i128 = cents.mantissa() / 10i128.pow(cents.scale());
    let mut parts = vec![0i128; weights.len()];
    let sum: u128 = weights.iter().map(|&w| w as u128).sum();
    if weights.is_empty() {
        return Vec::new();
    }
    if sum == 0 {
        parts[0] = cents;
    } else {
        let sign = if cents < 0 { -1 } else { 1 };
        let abs = cents.unsigned_abs();
        let mut given: u128 = 0;
        let mut rema: Vec<(u128, usize)> = Vec::with_capacity(weights.len());
        for (i, &w) in weights.iter().enumerate() {
            let num = abs * w as u128;
            let q = num / sum;
            given += q;
            parts[i] = q as i128 * sign;
            rema.push((num % sum, i));
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
    parts.into_iter().map(|c| Decimal::from_i128_with_scale(c, 2)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
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
    }
}
