//! The dataset's limits, one value each: the schema version this build reads and the longest text, name, address
//! and count it accepts. The validator enforces them (`validate.rs`) and the JSON Schema states them
//! (`schema.rs`), both from here, so that neither has to name the other.

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 3;

/// Longest text allowed in a summary, note or description (characters).
pub const MAX_TEXT: usize = 2_000;
/// Longest name, label, publisher or id (characters).
pub const MAX_NAME: usize = 200;
/// Longest URL (characters).
pub const MAX_URL: usize = 2_048;

/// The largest count a browser's numbers hold exactly (2^53): larger ones would be shown wrong, so they are refused.
pub const MAX_COUNT: u64 = 1 << 53;
