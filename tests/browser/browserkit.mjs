// What the browser checks share: their command-line options, and headless Chromium on a page that may
// reach only the server under test (every other request is blocked and counted in out.external_requests;
// console and page errors are collected in out.console_errors).
import { chromium } from 'playwright-core';

export function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

// Launches Chromium (`exe`) and opens a page kept to `url`'s origin; `onLocal(path)` sees each request
// to it. Returns { browser, page }; the caller closes the browser.
export async function offlinePage(exe, url, out, onLocal = () => {}) {
  const browser = await chromium.launch({
    executablePath: exe,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const origin = new URL(url).origin;
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith(origin) || u.startsWith('data:')) {
        if (u.startsWith(origin)) onLocal(u.slice(origin.length));
        return route.continue();
      }
      out.external_requests.push(u);
      return route.abort();
    });
    page.on('console', (m) => { if (m.type() === 'error') out.console_errors.push(m.text()); });
    page.on('pageerror', (e) => out.console_errors.push(String(e)));
    return { browser, page };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

// Ends a check: unless it failed with `failure`, the page must have asked for nothing on other hosts and
// logged no error; the browser is closed, `out` written as one JSON line, and the exit status is 1 when
// any check failed.
export async function finish(browser, out, failure) {
  if (failure) {
    out.errors.push(`exception: ${failure.stack ? failure.stack : failure}`);
  } else {
    if (out.external_requests.length !== 0) out.errors.push('the page asked for files on other hosts');
    if (out.console_errors.length !== 0) out.errors.push('errors in the browser console');
  }
  await browser.close();
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(out.errors.length ? 1 : 0);
}
