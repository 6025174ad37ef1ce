//! Handing files to the reader: a Blob behind a temporary link, and a PNG rendered from the chart's SVG on a
//! canvas at twice the size. The SVG is loaded as a data: URL, which a strict Content-Security-Policy allows.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn save_blob(blob: &web_sys::Blob, filename: &str) -> Option<()> {
    let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
    let a: web_sys::HtmlAnchorElement = document()?.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Offers `text` as a file.
pub fn save_text(text: &str, mime: &str, filename: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) {
        save_blob(&blob, filename);
    }
}

/// Renders `svg` (width × height CSS pixels) at `scale`× on a canvas and offers it as a PNG.
pub fn save_png(svg: &str, width: u32, height: u32, scale: u32, filename: &str) {
    let Some(doc) = document() else { return };
    let (Ok(img), Ok(canvas)) = (web_sys::HtmlImageElement::new(), doc.create_element("canvas")) else { return };
    let Ok(canvas) = canvas.dyn_into::<web_sys::HtmlCanvasElement>() else { return };
    canvas.set_width(width * scale);
    canvas.set_height(height * scale);
    let filename = filename.to_string();
    let img2 = img.clone();
    let onload = Closure::once_into_js(move || {
        let Some(ctx) = canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()) else {
            return;
        };
        let _ = ctx.scale(scale as f64, scale as f64);
        let _ = ctx.draw_image_with_html_image_element(&img2, 0.0, 0.0);
        let done = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(blob) = blob {
                save_blob(&blob, &filename);
            }
        });
        let _ = canvas.to_blob_with_type(done.unchecked_ref(), "image/png");
    });
    img.set_onload(Some(onload.unchecked_ref()));
    let encoded = String::from(js_sys::encode_uri_component(svg));
    img.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
}
