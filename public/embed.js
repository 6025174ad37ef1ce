/*! Toll explainer embed script (message version 1). Include once on a host page:
 *    <script src="https://…/embed.js" async></script>
 *  It sizes every <iframe data-toll-explainer> to its content. It accepts a message only from the iframe it
 *  names (matched by event.source) and only from that iframe's own origin ("null" only for an iframe sandboxed
 *  without allow-same-origin), reads only a height, and sets only that iframe's height. On start and whenever
 *  such an iframe loads it asks the page for its height (a message carrying nothing else), so it may load late.
 *  No inline script is needed on the host page. */
(function () {
  'use strict';
  if (window.__tollExplainerEmbed) return;
  window.__tollExplainerEmbed = 1;
  var TYPE = 'toll-explainer:height', SEL = 'iframe[data-toll-explainer]';
  function originOf(frame) {
    var sandbox = frame.getAttribute('sandbox');
    if (sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox)) return 'null';
    try { return new URL(frame.getAttribute('src'), document.baseURI).origin; } catch (e) { return null; }
  }
  function ask(frame) {
    try { frame.contentWindow.postMessage({ type: 'toll-explainer:ask', version: 1 }, '*'); } catch (e) { /* gone */ }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE || data.version !== 1) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.querySelectorAll(SEL);
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame)) return;
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('scrolling', 'no');
      return;
    }
  });
  document.addEventListener('load', function (event) {
    if (event.target.matches && event.target.matches(SEL)) ask(event.target);
  }, true);
  Array.prototype.forEach.call(document.querySelectorAll(SEL), ask);
})();
