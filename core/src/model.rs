//! The dataset's types, exactly as `DATA.md` documents them. Deserialised with serde; unknown fields are refused
//! so a misspelt field name is reported instead of silently ignored.

use serde::{Deserialize, Serialize};

use crate::date::{Date, Moment};

/// The dataset's own name for an enum value, as the JSON writes it (`at_least`, `protester_deaths`…): the one
/// place wire names come from, for the address, the CSV and the page's attributes.
pub fn wire_name<T: Serialize>(v: &T) -> String {
    v.serialize(VariantName).unwrap_or_default()
}

/// A serializer that only reads a unit enum variant's name (a few lines instead of building a JSON value, which
/// would pull serde_json's value serializer into the WebAssembly).
struct VariantName;

#[derive(Debug)]
struct NotAVariant;

impl std::fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a unit variant")
    }
}

impl std::error::Error for NotAVariant {}

impl serde::ser::Error for NotAVariant {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        NotAVariant
    }
}

macro_rules! refuse {
    ($($name:ident($($t:ty),*)),*) => {
        $(fn $name(self, $(_: $t),*) -> Result<String, NotAVariant> { Err(NotAVariant) })*
    };
}

impl serde::Serializer for VariantName {
    type Ok = String;
    type Error = NotAVariant;
    type SerializeSeq = serde::ser::Impossible<String, NotAVariant>;
    type SerializeTuple = serde::ser::Impossible<String, NotAVariant>;
    type SerializeTupleStruct = serde::ser::Impossible<String, NotAVariant>;
    type SerializeTupleVariant = serde::ser::Impossible<String, NotAVariant>;
    type SerializeMap = serde::ser::Impossible<String, NotAVariant>;
    type SerializeStruct = serde::ser::Impossible<String, NotAVariant>;
    type SerializeStructVariant = serde::ser::Impossible<String, NotAVariant>;

    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<String, NotAVariant> {
        Ok(variant.to_string())
    }

    refuse!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str)
    );

    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<String, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, _: &T) -> Result<String, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, NotAVariant> {
        Err(NotAVariant)
    }
}

pub use crate::limits::SCHEMA_VERSION;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub schema_version: u32,
    pub meta: Meta,
    pub claimants: Vec<Claimant>,
    pub sources: Vec<Source>,
    pub claims: Vec<Claim>,
    pub blackout_events: Vec<BlackoutEvent>,
    pub connectivity: Vec<Observation>,
    pub metrics: Vec<Metric>,
    pub notes: Vec<Note>,
    pub history: Vec<HistoricalFigure>,
    pub disagreements: Vec<Disagreement>,
    /// Figures that share one origin (optional).
    #[serde(default)]
    pub shared_origins: Vec<SharedOrigin>,
    /// Labelled markers for key events on the chart (optional).
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// The guided story, in order (optional).
    #[serde(default)]
    pub story: Vec<StoryStep>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub title: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub lede: String,
    pub updated: Date,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub timezone: String,
    pub period: Period,
    pub headline: Headline,
    /// Corrections made to the dataset after publication, newest last (optional).
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub date: Date,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub start: Date,
    pub end: Date,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Headline {
    /// Claimant id of the official side of the summary.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub official: String,
    /// Claimant id of the independent count in the summary.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub independent: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClaimantKind {
    Government,
    Ngo,
    Media,
    Un,
    ForeignGovernment,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claimant {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub name: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub short_name: String,
    pub kind: ClaimantKind,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::AnyName>"))]
    pub based_in: Option<String>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub description: String,
    /// What and how it counts, in plain words (optional; shown in "What each number counts").
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::AnyProse>"))]
    pub method: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Url"))]
    pub url: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub publisher: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Language"))]
    pub language: String,
    pub date: Option<Date>,
}

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    Deaths,
    ProtesterDeaths,
    NamedVictims,
}

/// On what basis the claimant gives the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    Confirmed,
    AtLeast,
    Official,
    Estimate,
    Range,
}

impl Basis {
    pub const ALL: [Basis; 5] = [Basis::Confirmed, Basis::AtLeast, Basis::Official, Basis::Estimate, Basis::Range];

    /// Documented counts (step lines join them); estimates and ranges stand alone.
    pub fn is_count(self) -> bool {
        matches!(self, Basis::Confirmed | Basis::AtLeast | Basis::Official)
    }
}

/// How a figure was arrived at, whatever its wording (`basis`): documented case by case, stated on the record by
/// the state, or asserted in a way nobody could check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Method {
    /// Deaths documented one by one (names, identities or cases checked) by the claimant.
    Documented,
    /// Stated on the record by the state or its institutions.
    Official,
    /// Asserted or estimated from sources nobody could check: unnamed officials, unpublished documents,
    /// hospital compilations, extrapolations.
    Unverified,
}

impl Method {
    pub const ALL: [Method; 3] = [Method::Documented, Method::Official, Method::Unverified];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Reliability {
    Low,
    Medium,
    High,
}

/// The claimant's own hedge on a figure ("about 2,000", "more than 36,500").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    About,
    MoreThan,
    AsManyAs,
    UpTo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub label: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Count"))]
    pub value: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    pub dossier_id: Option<String>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub claimant: String,
    pub published: Option<Date>,
    pub as_of: Option<Date>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::AnyProse>"))]
    pub date_note: Option<String>,
    pub counts: Counts,
    /// What the figure counts in the claimant's own terms, when the generic `counts` wording is not enough
    /// (optional; shown instead of it).
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Prose>"))]
    pub counts_note: Option<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::AnyName>"))]
    pub scope: Option<String>,
    pub basis: Basis,
    /// How the figure was arrived at (documented, official, unverified), separate from its wording.
    pub method: Method,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub value: Option<u64>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub low: Option<u64>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub high: Option<u64>,
    pub qualifier: Option<Hedge>,
    pub breakdown: Vec<Part>,
    /// The breakdown lists every part of the figure (so it should add up to it), rather than a few of them.
    pub breakdown_complete: bool,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub under_investigation: Option<u64>,
    pub other_figures: Vec<Part>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub summary: String,
    pub reliability: Reliability,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub reliability_note: String,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

impl Claim {
    /// The day the claim is placed on the time axis: when it was published, or its as-of date when the publication
    /// day is not known (the tooltip says so).
    pub fn plot_date(&self) -> Date {
        self.published.or(self.as_of).expect("validated: published or as_of is set")
    }

    /// The date the figure describes: as-of when given, else the publication date.
    pub fn data_date(&self) -> Date {
        self.as_of.or(self.published).expect("validated: published or as_of is set")
    }

    /// Lowest and highest number the claim states (equal unless a range).
    pub fn bounds(&self) -> (u64, u64) {
        match (self.value, self.low, self.high) {
            (Some(v), _, _) => (v, v),
            (None, Some(l), Some(h)) => (l, h),
            _ => (0, 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Internet,
    Mobile,
    InternationalCalls,
    Sms,
    Landline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EndKind {
    Full,
    Partial,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct BlackoutEvent {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    pub services: Vec<Service>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub scope: String,
    pub start: Moment,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::AnyProse>"))]
    pub start_note: Option<String>,
    pub end: Option<Moment>,
    pub end_kind: Option<EndKind>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::AnyProse>"))]
    pub end_note: Option<String>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub summary: String,
    pub reliability: Reliability,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub reliability_note: String,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    About,
    LessThan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Observation {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    pub dossier_id: Option<String>,
    pub date: Moment,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub metric: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Percent"))]
    pub value: f64,
    pub qualifier: Option<Qualifier>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub summary: String,
    pub reliability: Reliability,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub reliability_note: String,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Metric {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub measured_by: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub label: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub description: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The blackout: cuts, restorations, measurements, costs.
    Blackout,
    /// Who said they could or could not verify figures, and why.
    Verification,
    /// Statements about the toll without a number ("several thousand", "hundreds").
    Statement,
    /// Dated events that frame the story (protests begin, mourning declared, talks).
    Context,
    /// Earlier crackdowns and shutdowns, for comparison.
    History,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Note {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    pub dossier_id: Option<String>,
    pub date: Date,
    pub topic: Topic,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub text: String,
    pub reliability: Reliability,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub reliability_note: String,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

/// A figure from an earlier crackdown, for comparison (outside the chart's period).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HistoricalFigure {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    pub dossier_id: Option<String>,
    /// Which episode, e.g. `"2019"`, `"2022"`.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub episode: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub claimant: String,
    pub published: Date,
    pub counts: Counts,
    pub basis: Basis,
    /// How the figure was arrived at, as for claims.
    pub method: Method,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub value: Option<u64>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub low: Option<u64>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Count>"))]
    pub high: Option<u64>,
    pub qualifier: Option<Hedge>,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub summary: String,
    pub reliability: Reliability,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub reliability_note: String,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisagreementKind {
    /// Different figures for the same day from the same claimant (snapshots, copies).
    SameDayFigures,
    /// A published breakdown that does not add up to its total.
    BreakdownSum,
    /// Sources give different times or dates for the same event.
    Timing,
    /// Sources give different numbers for the same statement.
    Figure,
}

/// Where sources disagree, recorded as data so the page can show both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Disagreement {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    pub kind: DisagreementKind,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub summary: String,
    /// Claims involved (ids), if any.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>"))]
    pub claims: Vec<String>,
    /// Blackout events involved (ids), if any.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>"))]
    pub events: Vec<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

/// A labelled marker on the chart for a key event; it points at the claim or blackout event it marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Annotation {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    pub date: Moment,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::ShortLabel"))]
    pub label: String,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Id>"))]
    pub claim: Option<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Option<crate::schema::Id>"))]
    pub event: Option<String>,
}

/// Figures that look independent but trace back to the same origin (one person, network or document), recorded
/// so the page never presents them as corroborating each other.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SharedOrigin {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    /// Who or what the figures trace to, in plain words (e.g. "the ophthalmologist Amir Parasta's network").
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub origin: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub summary: String,
    /// The claims that share it (ids, at least two).
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 2)))]
    pub claims: Vec<String>,
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>", length(min = 1)))]
    pub sources: Vec<String>,
}

/// One step of the guided story: a passage (numbers as placeholders, filled from the data) and a chart state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StoryStep {
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Id"))]
    pub id: String,
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Name"))]
    pub title: String,
    /// Text with placeholders such as `{figure:CLAIM}`; see `story.rs` and DATA.md.
    #[cfg_attr(feature = "schema", schemars(with = "crate::schema::Prose"))]
    pub text: String,
    pub window: Period,
    /// Claimants drawn in full; the others are faded.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>"))]
    pub highlight: Vec<String>,
    /// Annotations shown in this step.
    #[cfg_attr(feature = "schema", schemars(with = "Vec<crate::schema::Id>"))]
    pub annotations: Vec<String>,
}

impl Dataset {
    /// Calls `f` on every text of the dataset a reader may see but the story's (the fields a translation may
    /// replace, and the publishers), for passes over all its prose: filling its dates (`prose::in_edition`), checking them. A visitor
    /// rather than a list of references: one call per field is the smallest code in the wasm.
    pub fn each_text_mut(&mut self, f: &mut dyn FnMut(&mut String)) {
        let opt = |o: &mut Option<String>, f: &mut dyn FnMut(&mut String)| {
            if let Some(t) = o {
                f(t)
            }
        };
        f(&mut self.meta.title);
        f(&mut self.meta.lede);
        self.meta.corrections.iter_mut().for_each(|c| f(&mut c.text));
        for c in &mut self.claimants {
            f(&mut c.name);
            f(&mut c.short_name);
            f(&mut c.description);
            opt(&mut c.based_in, f);
            opt(&mut c.method, f);
        }
        self.sources.iter_mut().for_each(|s| f(&mut s.publisher));
        for c in &mut self.claims {
            f(&mut c.summary);
            f(&mut c.reliability_note);
            opt(&mut c.date_note, f);
            opt(&mut c.counts_note, f);
            opt(&mut c.scope, f);
            c.breakdown.iter_mut().chain(c.other_figures.iter_mut()).for_each(|p| f(&mut p.label));
        }
        for e in &mut self.blackout_events {
            f(&mut e.scope);
            f(&mut e.summary);
            f(&mut e.reliability_note);
            opt(&mut e.start_note, f);
            opt(&mut e.end_note, f);
        }
        for o in &mut self.connectivity {
            f(&mut o.summary);
            f(&mut o.reliability_note);
        }
        for m in &mut self.metrics {
            f(&mut m.measured_by);
            f(&mut m.label);
            f(&mut m.description);
        }
        for n in &mut self.notes {
            f(&mut n.text);
            f(&mut n.reliability_note);
        }
        for h in &mut self.history {
            f(&mut h.episode);
            f(&mut h.summary);
            f(&mut h.reliability_note);
        }
        self.disagreements.iter_mut().for_each(|x| f(&mut x.summary));
        for o in &mut self.shared_origins {
            f(&mut o.origin);
            f(&mut o.summary);
        }
        self.annotations.iter_mut().for_each(|a| f(&mut a.label));
        // The story's text keeps its placeholders: the story fills them itself, each a reference on the page
        // (`story::render`), its dates included.
        self.story.iter_mut().for_each(|st| f(&mut st.title));
    }

    pub fn claimant(&self, id: &str) -> Option<&Claimant> {
        self.claimants.iter().find(|c| c.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn metric(&self, id: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.id == id)
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The shared origins a claim belongs to.
    pub fn origins_of<'a>(&'a self, claim: &'a str) -> impl Iterator<Item = &'a SharedOrigin> + 'a {
        self.shared_origins.iter().filter(move |o| o.claims.iter().any(|c| c == claim))
    }

    /// Claimants that have at least one claim, in dataset order: the chart's series.
    pub fn plotted_claimants(&self) -> Vec<&Claimant> {
        self.claimants.iter().filter(|c| self.claims.iter().any(|k| k.claimant == c.id)).collect()
    }
}

/// The unit enums are read by one shared visitor instead of serde's derive, which would instantiate serde_json's
/// enum reading once per enum (smaller WebAssembly). It does what the derive does, step for step: the same calls,
/// the same messages ("unknown variant `x`, expected one of …", the `{"variant": null}` form included).
fn unit_variant<'de, D: serde::Deserializer<'de>>(d: D, name: &'static str, variants: &'static [&'static str]) -> Result<usize, D::Error> {
    d.deserialize_enum(name, variants, UnitEnum { name, variants })
}

struct UnitEnum {
    name: &'static str,
    variants: &'static [&'static str],
}

impl<'de> serde::de::Visitor<'de> for UnitEnum {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "enum {}", self.name)
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<usize, A::Error> {
        let (i, variant) = data.variant_seed(VariantIndex(self.variants))?;
        serde::de::VariantAccess::unit_variant(variant)?;
        Ok(i)
    }
}

/// A variant's name (or index) as its position in the enum's list.
struct VariantIndex(&'static [&'static str]);

impl<'de> serde::de::DeserializeSeed<'de> for VariantIndex {
    type Value = usize;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> serde::de::Visitor<'de> for VariantIndex {
    type Value = usize;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("variant identifier")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<usize, E> {
        match usize::try_from(v) {
            Ok(i) if i < self.0.len() => Ok(i),
            _ => Err(E::invalid_value(serde::de::Unexpected::Unsigned(v), &format!("variant index 0 <= i < {}", self.0.len()).as_str())),
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<usize, E> {
        self.0.iter().position(|n| *n == v).ok_or_else(|| E::unknown_variant(v, self.0))
    }

    fn visit_bytes<E: serde::de::Error>(self, v: &[u8]) -> Result<usize, E> {
        self.0.iter().position(|n| n.as_bytes() == v).ok_or_else(|| E::unknown_variant(&String::from_utf8_lossy(v), self.0))
    }
}

/// `Deserialize` for a unit enum: its wire names (as `rename_all = "snake_case"` writes them, in declaration
/// order; a test checks them against `Serialize`) and its values in the same order.
macro_rules! unit_enum {
    ($($t:ident { $($v:ident = $s:literal),* $(,)? })*) => {$(
        impl $t {
            #[cfg(test)]
            const WIRE: &'static [(&'static str, $t)] = &[$(($s, $t::$v)),*];
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                const VARIANTS: &[&str] = &[$($s),*];
                const VALUES: &[$t] = &[$($t::$v),*];
                unit_variant(d, stringify!($t), VARIANTS).map(|i| VALUES[i])
            }
        }
    )*};
}

unit_enum! {
    ClaimantKind { Government = "government", Ngo = "ngo", Media = "media", Un = "un", ForeignGovernment = "foreign_government" }
    Counts { Deaths = "deaths", ProtesterDeaths = "protester_deaths", NamedVictims = "named_victims" }
    Basis { Confirmed = "confirmed", AtLeast = "at_least", Official = "official", Estimate = "estimate", Range = "range" }
    Method { Documented = "documented", Official = "official", Unverified = "unverified" }
    Reliability { Low = "low", Medium = "medium", High = "high" }
    Hedge { About = "about", MoreThan = "more_than", AsManyAs = "as_many_as", UpTo = "up_to" }
    Service { Internet = "internet", Mobile = "mobile", InternationalCalls = "international_calls", Sms = "sms", Landline = "landline" }
    EndKind { Full = "full", Partial = "partial" }
    Qualifier { About = "about", LessThan = "less_than" }
    Topic { Blackout = "blackout", Verification = "verification", Statement = "statement", Context = "context", History = "history" }
    DisagreementKind { SameDayFigures = "same_day_figures", BreakdownSum = "breakdown_sum", Timing = "timing", Figure = "figure" }
}

#[cfg(test)]
mod unit_enum_tests {
    use super::*;

    /// Every variant of every unit enum is listed, under the name `Serialize` writes, and reads back as itself.
    fn check<T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug + Copy>(wire: &[(&str, T)], count: usize) {
        assert_eq!(wire.len(), count, "every variant is listed");
        for (name, v) in wire {
            assert_eq!(wire_name(v), *name);
            assert_eq!(serde_json::from_str::<T>(&format!("\"{name}\"")).unwrap(), *v);
            assert_eq!(serde_json::from_str::<T>(&format!("{{\"{name}\": null}}")).unwrap(), *v);
        }
    }

    #[test]
    fn unit_enums_read_their_wire_names() {
        check(ClaimantKind::WIRE, 5);
        check(Counts::WIRE, 3);
        check(Basis::WIRE, Basis::ALL.len());
        check(Method::WIRE, Method::ALL.len());
        check(Reliability::WIRE, 3);
        check(Hedge::WIRE, 4);
        check(Service::WIRE, 5);
        check(EndKind::WIRE, 2);
        check(Qualifier::WIRE, 2);
        check(Topic::WIRE, 5);
        check(DisagreementKind::WIRE, 4);
    }

    /// The same enum with serde's derive, to compare with.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Derived {
        Confirmed,
        AtLeast,
        Official,
        Estimate,
        Range,
    }

    #[test]
    fn unit_enums_read_and_refuse_as_the_derive_does() {
        let inputs = [
            "\"range\"",
            "\"guess\"",
            "\"Range\"",
            "\"\"",
            "\"at\\u005fleast\"",
            "{\"range\": null}",
            "{\"range\": 1}",
            "{\"guess\": null}",
            "{\"range\": null, \"x\": 1}",
            "{}",
            "{\"range\"}",
            "3",
            "null",
            "[\"range\"]",
            "true",
            "\"range",
            "",
        ];
        for input in inputs {
            let ours = serde_json::from_str::<Basis>(input).map(|b| wire_name(&b)).map_err(|e| e.to_string());
            let derived = serde_json::from_str::<Derived>(input).map(|d| format!("{d:?}")).map_err(|e| e.to_string());
            match (ours, derived) {
                (Ok(a), Ok(b)) => assert_eq!(a.replace('_', ""), b.to_lowercase(), "{input}"),
                (a, b) => assert_eq!(a.err(), b.err(), "{input}"),
            }
        }
        let e = serde_json::from_str::<Basis>("\"guess\"").unwrap_err().to_string();
        assert_eq!(
            e,
            "unknown variant `guess`, expected one of `confirmed`, `at_least`, `official`, `estimate`, `range` at line 1 column 7"
        );
    }
}
