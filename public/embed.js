/*! Toll explainer embed script (message version 1). Include once on a host page:
 *    <script src="https://…/embed.js" async></script>
 *  It sizes every <iframe data-toll-explainer> to its content. It accepts a message only from the iframe it
 *  names (matched by event.source) and only from that iframe's own origin, reads only a height, and sets only
 *  that iframe's height. No inline script is needed on the host page. */
(function () {
  'use strict';
  if (window.__tollExplainerEmbed) return;
  window.__tollExplainerEmbed = 1;
  var TYPE = 'toll-explainer:height';
  function originOf(frame) {
    try { return new URL(frame.getAttribute('src'), document.baseURI).origin; } catch (e) { return null; }
  }
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE || data.version !== 1) return;
    var height = Number(data.height);
    if (!isFinite(height) || height <= 0 || height > 100000) return;
    var frames = document.querySelectorAll('iframe[data-toll-explainer]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame)) return;
      frame.style.height = Math.ceil(height) + 'px';
      frame.setAttribute('scrolling', 'no');
      return;
    }
  });
})();
