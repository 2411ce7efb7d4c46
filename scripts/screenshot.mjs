// Screenshots for looking at the demo and the stories (not part of npm test):
//   node scripts/screenshot.mjs /tmp/out 320 http://127.0.0.1:5173/?lang=fr …   → /tmp/out-0.png …
// With SCREENSHOT_CSS set, that CSS is added to each page after it loads, as a visitor's own
// style sheet or bookmarklet would be (for instance the WCAG 1.4.12 text spacing override):
//   SCREENSHOT_CSS='* { letter-spacing: .12em !important }' node scripts/screenshot.mjs …
// Prints console errors and warnings and uncaught page errors.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './engines.mjs';
const [, , out, width, ...urls] = process.argv;
const visitorCss = process.env.SCREENSHOT_CSS;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
let i = 0;
for (const url of urls) {
  // A visitor's own style sheet is not the page's: the page's Content-Security-Policy does not apply to it.
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    bypassCSP: Boolean(visitorCss),
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      console.log('console', m.type(), m.text().slice(0, 200));
  });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  if (visitorCss) await page.addStyleTag({ content: visitorCss });
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${out}-${i++}.png`, fullPage: true });
  await page.close();
}
await browser.close();
