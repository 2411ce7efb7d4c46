// The built Storybook as a designer opens it: the manager shows the language, theme, brand and
// viewport toolbars and the Accessibility panel, and choosing a brand recomputes the Tokens
// page's contrast. Run once by the screenshot lane (scripts/test-visual.mjs), in Chromium.

/**
 * Checks the manager in a page of `browser` (playwright's Chromium); returns the problems.
 * @param {import('playwright-core').Browser} browser @param {string} base
 * @param {{ id: string, title: string }[]} stories
 */
export async function checkManager(browser, base, stories) {
  const problems = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const tokens = stories.find((s) => s.title === 'Design/Tokens');
    if (!tokens) return ['index.json has no Design/Tokens story'];
    await page.goto(`${base}/?path=/story/${tokens.id}`, { waitUntil: 'load' });
    const preview = page.frameLocator('#storybook-preview-iframe');
    await preview.locator('#storybook-root > *').first().waitFor({ timeout: 60_000 });
    for (const [what, selector] of [
      ['the language toolbar', 'button[aria-label^="Language of the widgets"]'],
      ['the theme toolbar', 'button[aria-label^="Colour scheme of the page"]'],
      ['the brand toolbar', 'button[aria-label^="A partner hospital"]'],
      ['the viewport toolbar', 'button[aria-label="Viewport size"]'],
      ['the Accessibility panel', '[role="tab"]:has-text("Accessibility")'],
    ])
      if (
        !(await page
          .locator(selector)
          .first()
          .waitFor({ timeout: 10_000 })
          .then(
            () => true,
            () => false,
          ))
      )
        problems.push(`manager: ${what} is missing (${selector})`);
    // Choosing a brand re-renders the Tokens page with the brand's contrast.
    await page.locator('button[aria-label^="A partner hospital"]').click();
    await page.getByText('Clinique du Val-Perdu').first().click();
    const heading = preview.locator('h2', { hasText: 'Contrast of the colour pairs' });
    if (!(await heading.textContent({ timeout: 10_000 }))?.includes('Clinique du Val-Perdu'))
      problems.push('manager: choosing a brand did not recompute the Tokens page');
  } finally {
    await context.close();
  }
  return problems;
}
