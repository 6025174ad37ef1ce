//! Reducing a dense series to the pixel resolution it is drawn at: for each pixel column, only the lowest and the
//! highest point survive. The drawing looks the same (marks overlap within a column anyway) and its cost no longer
//! grows with the number of points.

/// `points` are pixel positions `(x, y)`. Returns at most two per distinct `x` (the min and max `y`), in the order
/// of their columns. Columns are kept in first-seen order, so an ordered series stays ordered.
pub fn to_pixel_columns(points: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let (Some(lo), Some(hi)) = (points.iter().map(|p| p.0).min(), points.iter().map(|p| p.0).max()) else {
        return Vec::new();
    };
    // One slot per pixel column between the extremes: (min y, max y, order of first appearance).
    let mut cols: Vec<Option<(i32, i32, usize)>> = vec![None; (hi as i64 - lo as i64 + 1).min(1 << 20) as usize];
    let mut seen = 0;
    for &(x, y) in points {
        let Some(slot) = cols.get_mut((x as i64 - lo as i64) as usize) else { continue };
        match slot {
            Some((a, b, _)) => {
                *a = (*a).min(y);
                *b = (*b).max(y);
            }
            None => {
                *slot = Some((y, y, seen));
                seen += 1;
            }
        }
    }
    // Each column's place in first-seen order is its slot: no sort needed.
    let mut kept: Vec<(i32, i32, i32)> = vec![(0, 0, 0); seen];
    for (i, c) in cols.iter().enumerate() {
        if let Some((a, b, k)) = *c {
            kept[k] = (lo + i as i32, a, b);
        }
    }
    let mut out = Vec::with_capacity(kept.len() * 2);
    for (x, a, b) in kept {
        out.push((x, a));
        if b != a {
            out.push((x, b));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_envelope_of_each_column() {
        let pts = vec![(1, 5), (1, 9), (1, 7), (2, 3), (3, 4), (3, 4)];
        assert_eq!(to_pixel_columns(&pts), vec![(1, 5), (1, 9), (2, 3), (3, 4)]);
        assert!(to_pixel_columns(&[]).is_empty());
    }

    #[test]
    fn a_hundred_thousand_points_become_two_per_column() {
        let pts: Vec<(i32, i32)> = (0..100_000).map(|i| (i % 600, (i * 7919) % 64)).collect();
        let r = to_pixel_columns(&pts);
        assert!(r.len() <= 1200, "{}", r.len());
        assert!(r.iter().all(|&(x, _)| (0..600).contains(&x)));
    }
}
