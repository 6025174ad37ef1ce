//! DATA.md's complete example is a valid dataset, so the documentation cannot drift from the schema.

#[test]
fn the_example_in_data_md_is_valid() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../DATA.md")).unwrap();
    let section = doc.split("## A small complete example").nth(1).expect("DATA.md has a complete example section");
    let block = section.split("```json").nth(1).and_then(|b| b.split("```").next()).expect("a ```json block");
    if let Err(problems) = explainer_core::validate::load(block) {
        panic!("DATA.md's example is invalid:\n{}", problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"));
    }
}
