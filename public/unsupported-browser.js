/*
 * The notice for a browser too old to run the dashboard, instead of a blank page.
 *
 * Two ways run it, and each browser at most one:
 *  - index.html's classic `nomodule` script: only browsers without ES modules run it (IE11, the "e"
 *    mode of 360安全浏览器 and 奇安信可信浏览器, which is IE's engine);
 *  - browser-check.js, the module every browser with ES modules runs, adds it as a classic script
 *    when the browser lacks String.prototype.replaceAll (Chrome 85, Firefox 77, Safari 13.1, the
 *    releases just before the oldest the build targets): an older Chromium core (older releases of
 *    360's 极速模式 are on Chromium 78 or before) would otherwise fail on the app's scripts and show
 *    nothing. It stays silent in any browser that has both.
 *
 * ES5 only (checked by `npm run check:browsers`), no inline script (the CSP forbids it), text through
 * textContent only.
 */
(function () {
  'use strict';

  var supportsModules = 'noModule' in document.createElement('script');
  if (supportsModules && 'replaceAll' in String.prototype) return;
  // Some browsers run both scripts (Safari 10.1): one notice is enough.
  if (document.getElementById('unsupported-browser')) return;

  var NOTICE = [
    {
      lang: 'zh-CN',
      title: '您的浏览器版本过旧，无法正常显示制造业指标看板。',
      intro: '请使用以下浏览器之一打开本页：',
      browsers: [
        'Chrome、Edge，或内核为 Chromium 86 及以上的浏览器（如 360安全浏览器、奇安信可信浏览器的极速模式，统信 UOS 浏览器）',
        'Firefox 78 及以上（包括银河麒麟等系统自带的 Firefox ESR 78）',
        'Safari 14.1 及以上（iPhone、iPad 需 iOS 14.5 及以上）',
      ],
      switchMode:
        '使用 360安全浏览器或奇安信可信浏览器时：点击地址栏右端的内核图标（兼容模式下显示为“e”），选择“极速模式”。切换后仍看到本提示，请将浏览器升级到最新版本。',
    },
    {
      lang: 'en',
      title: 'This browser is too old to show the manufacturing indicators dashboard.',
      intro: 'Please open this page in one of these browsers:',
      browsers: [
        'Chrome, Edge, or a browser built on Chromium 86 or later (such as 360 Secure Browser and Qi-AnXin Trusted Browser in 极速模式, speed mode, or the UOS browser)',
        'Firefox 78 or later (including the Firefox ESR 78 that comes with Kylin)',
        'Safari 14.1 or later (iOS 14.5 or later on iPhone and iPad)',
      ],
      switchMode:
        'In 360 Secure Browser or Qi-AnXin Trusted Browser: click the engine icon at the right end of the address bar (an “e” in compatibility mode) and choose “极速模式” (speed mode). If this notice is still shown afterwards, update the browser to its latest version.',
    },
  ];

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    return node;
  }

  function section(notice) {
    var part = element('div');
    part.setAttribute('lang', notice.lang);
    part.style.marginBottom = '16px';
    var title = element('p');
    title.appendChild(element('strong', notice.title));
    part.appendChild(title);
    part.appendChild(element('p', notice.intro));
    var list = element('ul');
    for (var i = 0; i < notice.browsers.length; i++) list.appendChild(element('li', notice.browsers[i]));
    part.appendChild(list);
    part.appendChild(element('p', notice.switchMode));
    return part;
  }

  var box = element('div');
  box.id = 'unsupported-browser';
  box.setAttribute('role', 'alert');
  box.style.maxWidth = '48em';
  box.style.margin = '24px auto';
  box.style.padding = '16px 24px';
  box.style.border = '2px solid #8a4b00';
  box.style.background = '#fff4e5';
  box.style.color = '#1f2933';
  box.style.fontFamily = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
  box.style.lineHeight = '1.6';
  for (var i = 0; i < NOTICE.length; i++) box.appendChild(section(NOTICE[i]));
  document.body.insertBefore(box, document.body.firstChild);
})();
