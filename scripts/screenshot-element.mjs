// Screenshot of one element (not part of npm test), optionally after some page actions:
//   node scripts/screenshot-element.mjs /tmp/a.png 320 "http://127.0.0.1:5173/?lang=fr" uzl-ai-publications "await page.locator('input').fill('x')"
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './engines.mjs';
const [, , out, width, url, sel = 'uzl-ai-publications', action = ''] = process.argv;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    console.log('console', m.type(), m.text().slice(0, 300));
});
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(600);
if (action) {
  await eval(`(async () => { ${action} })()`);
  await page.waitForTimeout(500);
}
await page.locator(sel).first().screenshot({ path: out });
await browser.close();
