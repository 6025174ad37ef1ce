//! Reducing a dense series to the pixel resolution it is drawn at: for each pixel column, only the lowest and the
//! highest point survive. The drawing looks the same (marks overlap within a column anyway) and its cost no longer
//! grows with the number of points.

/// `points` are pixel positions `(x, y)`. Returns at most two per distinct `x` (the min and max `y`), in the order
/// of their columns. Columns are kept in first-seen order, so an ordered series stays ordered.
pub fn to_pixel_columns(points: &[(i32, i32)]) -> Vec<(i32, i32)> {
    let mut cols: Vec<(i32, i32, i32)> = Vec::new(); // (x, min y, max y)
    let mut index: std::collections::HashMap<i32, usize> = std::collections::HashMap::new();
    for &(x, y) in points {
        match index.get(&x) {
            Some(&i) => {
                let c = &mut cols[i];
                c.1 = c.1.min(y);
                c.2 = c.2.max(y);
            }
            None => {
                index.insert(x, cols.len());
                cols.push((x, y, y));
            }
        }
    }
    let mut out = Vec::with_capacity(cols.len() * 2);
    for (x, lo, hi) in cols {
        out.push((x, lo));
        if hi != lo {
            out.push((x, hi));
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
