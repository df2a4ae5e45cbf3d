// Drives headless Chromium over a running `eventwire serve` and checks the map's confidence filter.
//
//   node tests/browser/confidence_check.mjs --url http://127.0.0.1:8123/ --chromium /usr/bin/chromium \
//        --value 0.3
//
// Picks "≥ value" in the Confidence select (#f-conf), reads how many events the map then holds and the
// events request the page sent, then presses Reset. Prints one JSON object with what it saw; exits 1
// (with "errors") when a check failed. Requests to other hosts are blocked and counted.
import { arg, finish, offlinePage } from './browserkit.mjs';

const url = arg('url');
const exe = arg('chromium', '/usr/bin/chromium');
const value = arg('value', '0.3');
const out = { errors: [], console_errors: [], external_requests: [], event_requests: [] };
const check = (ok, msg) => { if (!ok) out.errors.push(msg); return ok; };

const { browser, page } = await offlinePage(exe, url, out, (path) => { if (path.includes('/api/events?')) out.event_requests.push(path); });
let failure = null;
try {
  const layers = () => page.evaluate(() => window.eventwire.clusters.getLayers().length);
  async function waitForEvents(action) {
    await page.evaluate(() => document.body.removeAttribute('data-loaded'));
    await action();
    await page.waitForSelector('body[data-loaded="events"]', { state: 'attached', timeout: 10000 });
  }

  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-loaded="events"]', { state: 'attached', timeout: 20000 });
  out.layers = await layers();
  out.options = await page.locator('#f-conf option').evaluateAll((os) => os.map((o) => o.value));
  out.label = (await page.locator('label:has(#f-conf)').textContent()).trim();
  check(out.options[0] === '' && out.options.includes(value), `no "${value}" option in #f-conf`);

  await waitForEvents(() => page.selectOption('#f-conf', value));
  out.filtered_layers = await layers();
  out.filtered_status = await page.textContent('#status');
  out.filtered_request = out.event_requests[out.event_requests.length - 1] || null;
  await page.waitForFunction(() => /matching the filters/.test(document.getElementById('tl-title').textContent),
    null, { timeout: 10000 }).catch(() => check(false, 'the timeline did not re-count for the filter'));
  out.timeline_title = await page.textContent('#tl-title');
  check(out.filtered_layers < out.layers, 'the confidence filter did not narrow the events');

  await waitForEvents(() => page.click('#f-reset'));
  out.reset_value = await page.inputValue('#f-conf');
  out.reset_layers = await layers();
  out.reset_request = out.event_requests[out.event_requests.length - 1] || null;
  check(out.reset_value === '' && out.reset_layers === out.layers, 'Reset did not clear the confidence filter');
} catch (e) {
  failure = e;
}
await finish(browser, out, failure);
