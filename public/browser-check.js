/*
 * Run as a module by every browser with ES modules (index.html loads it so). A browser that has
 * modules but a core older than the build targets (no String.prototype.replaceAll: Chrome 85,
 * Firefox 77, Safari 13.1 and before; older 360 极速模式 releases run Chromium 78) would fail on the
 * app's scripts and show nothing: for it alone this adds the notice (unsupported-browser.js), so a
 * current browser never downloads the notice's text before the first map.
 *
 * ES5 only, no inline script (the CSP allows scripts of the site itself), no HTML from text.
 */
if (!('replaceAll' in String.prototype)) {
  var notice = document.createElement('script');
  // Relative to the page, so it works under any sub-path the site is served from.
  notice.src = 'unsupported-browser.js';
  document.body.appendChild(notice);
}
