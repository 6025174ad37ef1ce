//! Moving between data points with the keyboard: left and right go back and forth in time, up and down to the
//! nearest point above or below, Home and End to the first and last.

use super::geometry::HitPoint;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Left,
    Right,
    Up,
    Down,
    First,
    Last,
}

impl Step {
    /// The step for a keyboard key, if it is one.
    pub fn from_key(key: &str) -> Option<Step> {
        Some(match key {
            "ArrowLeft" => Step::Left,
            "ArrowRight" => Step::Right,
            "ArrowUp" => Step::Up,
            "ArrowDown" => Step::Down,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return None,
        })
    }
}

/// Index (into `points`) of the point a step leads to from `current`; from nowhere, any step starts at the first.
pub fn step(points: &[HitPoint], current: Option<usize>, s: Step) -> Option<usize> {
    if points.is_empty() {
        return None;
    }
    // Time order: by x, then from the top down.
    let mut order: Vec<usize> = (0..points.len()).collect();
    crate::date::sort_indices(&mut order, &|a, b| (points[a].x, points[a].y).cmp(&(points[b].x, points[b].y)));
    let Some(cur) = current.filter(|&c| c < points.len()) else {
        return Some(order[0]);
    };
    let pos = order.iter().position(|&i| i == cur).unwrap_or(0);
    let p = points[cur];
    match s {
        Step::First => Some(order[0]),
        Step::Last => Some(order[order.len() - 1]),
        Step::Left => Some(order[pos.saturating_sub(1)]),
        Step::Right => Some(order[(pos + 1).min(order.len() - 1)]),
        Step::Up | Step::Down => {
            let above = s == Step::Up;
            (0..points.len())
                .filter(|&i| if above { points[i].y < p.y } else { points[i].y > p.y })
                .min_by_key(|&i| 3 * (points[i].x - p.x).abs() + (points[i].y - p.y).abs())
                .or(Some(cur))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Target;

    fn pt(i: usize, x: i32, y: i32) -> HitPoint {
        HitPoint { target: Target::Claim(i), x, y }
    }

    #[test]
    fn arrows_move_in_time_and_value() {
        let ps = vec![pt(0, 10, 100), pt(1, 30, 90), pt(2, 30, 20), pt(3, 60, 80)];
        assert_eq!(step(&ps, None, Step::Right), Some(0));
        assert_eq!(step(&ps, Some(0), Step::Right), Some(2)); // x=30, the upper one first
        assert_eq!(step(&ps, Some(2), Step::Right), Some(1));
        assert_eq!(step(&ps, Some(1), Step::Left), Some(2));
        assert_eq!(step(&ps, Some(3), Step::Right), Some(3)); // stays at the end
        assert_eq!(step(&ps, Some(1), Step::Up), Some(2));
        assert_eq!(step(&ps, Some(2), Step::Down), Some(1));
        assert_eq!(step(&ps, Some(0), Step::Down), Some(0)); // nothing below
        assert_eq!(step(&ps, Some(1), Step::First), Some(0));
        assert_eq!(step(&ps, Some(1), Step::Last), Some(3));
        assert_eq!(step(&[], None, Step::Right), None);
        assert_eq!(Step::from_key("ArrowUp"), Some(Step::Up));
        assert_eq!(Step::from_key("a"), None);
    }
}
