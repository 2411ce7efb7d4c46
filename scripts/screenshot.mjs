// Screenshots for looking at the demo and the stories (not part of npm test):
//   node scripts/screenshot.mjs /tmp/out 320 http://127.0.0.1:5173/?lang=fr …   → /tmp/out-0.png …
// Prints console errors and warnings and uncaught page errors.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './engines.mjs';
const [, , out, width, ...urls] = process.argv;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let i = 0;
for (const url of urls) {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      console.log('console', m.type(), m.text().slice(0, 200));
  });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}-${i++}.png`, fullPage: true });
  await page.close();
}
await browser.close();
