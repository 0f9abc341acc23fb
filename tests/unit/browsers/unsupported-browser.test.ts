import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

/**
 * public/unsupported-browser.js on its own, in a page of its own (jsdom has no ES modules, like IE11):
 * the notice an old browser shows instead of a blank page.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const source = readFileSync(join(root, 'public', 'unsupported-browser.js'), 'utf8');

interface PageOptions {
  /** Has `noModule` on script elements, as every browser with ES modules. */
  modules?: boolean;
  /** Has String.prototype.replaceAll (Chrome 85, Firefox 77, Safari 13.1 and later). */
  replaceAll?: boolean;
}

function runNotice({ modules = false, replaceAll = true }: PageOptions = {}, runs = 1) {
  const dom = new JSDOM('<!doctype html><html><body><div id="root">app</div></body></html>', {
    runScripts: 'outside-only',
  });
  const { window } = dom;
  if (modules) Object.defineProperty(window.HTMLScriptElement.prototype, 'noModule', { value: false });
  if (!replaceAll) window.eval('delete String.prototype.replaceAll');
  for (let i = 0; i < runs; i++) window.eval(source);
  return window.document;
}

const noticeText = (document: Document, lang: string) =>
  document.querySelector(`#unsupported-browser [lang="${lang}"]`)?.textContent ?? '';

describe('the notice for old browsers', () => {
  it('in a browser without ES modules (IE11, 360 compatibility mode), says in Chinese which browsers work and how to switch to 极速模式', () => {
    const document = runNotice();
    const zh = noticeText(document, 'zh-CN');
    expect(zh).toContain('您的浏览器版本过旧，无法正常显示制造业指标看板。');
    expect(zh).toContain('Chrome、Edge，或内核为 Chromium 86 及以上的浏览器');
    expect(zh).toContain('Firefox 78 及以上（包括银河麒麟等系统自带的 Firefox ESR 78）');
    expect(zh).toContain('Safari 14.1 及以上');
    expect(zh).toContain(
      '使用 360安全浏览器或奇安信可信浏览器时：点击地址栏右端的内核图标（兼容模式下显示为“e”），选择“极速模式”。',
    );
  });

  it('says the same in English', () => {
    const en = noticeText(runNotice(), 'en');
    expect(en).toContain('This browser is too old to show the manufacturing indicators dashboard.');
    expect(en).toContain('Chrome, Edge, or a browser built on Chromium 86 or later');
    expect(en).toContain('Firefox 78 or later (including the Firefox ESR 78 that comes with Kylin)');
    expect(en).toContain('Safari 14.1 or later');
    expect(en).toContain('choose “极速模式” (speed mode)');
  });

  it('stands first in the page, one item per browser, and leaves the app root alone', () => {
    const document = runNotice();
    const notice = document.getElementById('unsupported-browser');
    expect(document.body.firstElementChild).toBe(notice);
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.querySelectorAll('[lang="zh-CN"] li')).toHaveLength(3);
    expect(notice?.querySelectorAll('[lang="en"] li')).toHaveLength(3);
    expect(document.getElementById('root')?.textContent).toBe('app');
  });

  it('stays silent in a browser with ES modules and a current core', () => {
    const document = runNotice({ modules: true });
    expect(document.getElementById('unsupported-browser')).toBeNull();
    expect(document.body.children).toHaveLength(1);
  });

  it('shows in a browser with ES modules but an old core (no String.prototype.replaceAll)', () => {
    const document = runNotice({ modules: true, replaceAll: false });
    expect(noticeText(document, 'zh-CN')).toContain('您的浏览器版本过旧');
    expect(noticeText(document, 'en')).toContain('This browser is too old');
  });

  it('shows once when a browser runs both of its script tags', () => {
    expect(runNotice({}, 2).querySelectorAll('#unsupported-browser')).toHaveLength(1);
  });

  it('writes text only, through DOM methods', () => {
    expect(source).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('is loaded from index.html as a classic nomodule script, and by the module check', () => {
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    expect(html).toContain('<script nomodule src="/unsupported-browser.js"></script>');
    expect(html).toContain('<script type="module" src="/browser-check.js"></script>');
  });
});
