// Drives headless Chromium over a running `eventwire serve` and checks the map page.
//
//   node tests/browser/map_check.mjs --url http://127.0.0.1:8123/ --chromium /usr/bin/chromium \
//        --screenshot artifacts/map.png --spec spec.json
//
// spec.json: {"click": {"id", "lat", "lon", "evidence"}, "xss": {"id", "lat", "lon", "title"},
//             "filter_type": "Battles"}
// Prints one JSON object with what it saw; exits 1 (with "errors") when a check failed.
// Every request to a host other than the server's is blocked and counted: the page must work offline.
import { readFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { arg, finish, offlinePage } from './browserkit.mjs';

const url = arg('url');
const exe = arg('chromium', '/usr/bin/chromium');
const shot = arg('screenshot', 'artifacts/map.png');
const spec = JSON.parse(readFileSync(arg('spec'), 'utf8'));
const out = { errors: [], console_errors: [], external_requests: [] };
const check = (ok, msg) => { if (!ok) out.errors.push(msg); return ok; };

const { browser, page } = await offlinePage(exe, url, out);
let failure = null;
try {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-loaded="events"]', { state: 'attached', timeout: 20000 });
  out.status = await page.textContent('#status');
  out.markers = await page.locator('path.ew-marker').count();
  out.clusters = await page.locator('.ew-cluster-icon').count();
  out.layers = await page.evaluate(() => window.eventwire.clusters.getLayers().length);
  out.basemap_countries = await page.evaluate(() => {
    let n = 0; window.eventwire.map.eachLayer((l) => { if (l.feature && l.feature.properties.iso3) n += 1; }); return n;
  });
  out.type_options = await page.locator('#f-type option').count();
  out.timeline_bars = await page.locator('#tl-bars .bar').count();
  check(out.markers + out.clusters > 0, 'no markers or clusters on the map');
  check(out.basemap_countries > 100, 'the Natural Earth basemap is not drawn');

  // Zoom onto one event, click its marker with the mouse, read the side panel.
  async function clickEvent(target) {
    await page.evaluate(([lat, lon]) => { window.eventwire.map.setView([lat, lon], 12, { animate: false }); }, [target.lat, target.lon]);
    const sel = `path.ew-marker[data-event-id="${target.id}"]`;
    await page.waitForSelector(sel, { timeout: 10000 });
    await page.locator(sel).first().click({ force: true });
    await page.waitForSelector(`#panel-body[data-event-id="${target.id}"]`, { timeout: 10000 });
    return page.textContent('#panel-body');
  }

  const panelText = await clickEvent(spec.click);
  out.panel_text = panelText;
  out.evidence_marked = await page.locator('#panel-body .evidence mark').allTextContents();
  check(out.evidence_marked.includes(spec.click.evidence), 'the evidence sentence is not highlighted in the panel');

  await page.evaluate(() => { window.eventwire.map.setZoom(6, { animate: false }); });
  await page.waitForTimeout(400);
  if (shot) { mkdirSync(dirname(shot), { recursive: true }); await page.screenshot({ path: shot }); }

  // The article with <script> in its title and text: shown as text, never run.
  if (spec.xss) {
    const xssText = await clickEvent(spec.xss);
    out.xss_panel_has_title_text = xssText.includes(spec.xss.title);
    const btn = page.locator('#panel-body .report button', { hasText: 'Show in article' }).first();
    if (await btn.count()) { await btn.click(); await page.waitForSelector('#panel-body .article-text'); }
    out.xss_article_shown = await page.locator('#panel-body .article-text').count();
    out.xss_elements = await page.evaluate(() => document.querySelectorAll('#panel script, #panel img, #panel b, #panel i, #panel [onerror], #panel [onmouseover]').length);
    await page.waitForTimeout(300);
    out.xss_fired = await page.evaluate(() => window.__xss === undefined ? null : window.__xss);
    check(out.xss_panel_has_title_text, 'the <script> title is not shown as text');
    check(out.xss_elements === 0, 'article markup became elements in the panel');
    check(out.xss_fired === null, `injected script ran (window.__xss = ${out.xss_fired})`);
  }

  // A filter narrows the events (the API's total, read from the status line).
  if (spec.filter_type) {
    await page.evaluate(() => document.body.removeAttribute('data-loaded'));
    await page.selectOption('#f-type', spec.filter_type);
    await page.waitForSelector('body[data-loaded="events"]', { state: 'attached', timeout: 10000 });
    out.filtered_status = await page.textContent('#status');
    out.filtered_layers = await page.evaluate(() => window.eventwire.clusters.getLayers().length);
    check(out.filtered_layers > 0 && out.filtered_layers < out.layers, 'the type filter did not narrow the events');
  }
  // The timeline: pick the first bar (one time bin) -> only events of those days.
  if (out.timeline_bars > 1) {
    await page.evaluate(() => document.body.removeAttribute('data-loaded'));
    await page.locator('#tl-bars .bar').first().click();
    await page.waitForSelector('body[data-loaded="events"]', { state: 'attached', timeout: 10000 });
    out.timeline_range = await page.textContent('#tl-range');
    out.timeline_status = await page.textContent('#status');
  }
} catch (e) {
  failure = e;
}
await finish(browser, out, failure);
