//! The toll chart with its blackout strip: layout and mappings in [`geometry`], SVG drawing in [`draw`].

pub mod draw;
pub mod geometry;
pub mod navigate;
pub mod reduce;
pub mod view;

pub use draw::{draw, Drawn};
pub use geometry::{hit_points, nearest, Frame, HitPoint, Target};
pub use view::{ChartView, Theme};
