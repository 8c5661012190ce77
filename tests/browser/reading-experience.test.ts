import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts } from '../support/fixture-site.ts';
import { writtenDate } from '../support/expect-text.ts';
import { overlappingMarks, timelineMarkBoxes } from '../support/timeline-check.ts';
import { FIXTURE_SITE } from '../support/build-site.ts';
import { en } from '../../src/i18n/en.ts';
import { extractPdfText } from '../../tools/lib/pdf-text.ts';
import { ru } from '../../src/i18n/ru.ts';

const { text, hits, sourceOnly, rounds } = browserFacts();
const [hit] = hits;
const SITE = FIXTURE_SITE;

const dist = inject('distDir');
let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());
const at = (path: string) => new URL(path.slice(1), site.url).href;

// Sideways scrolling at 320 px on every page: tests/browser/every-page.test.ts.

test('the rounds table fits a 320 px screen without scrolling inside its region', async () => {
  const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
  await page.goto(at('/rounds/'));
  const [scrollWidth, clientWidth] = await page
    .locator('.table-scroll')
    .evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth!);
  await page.close();
});

describe('theme', () => {
  test('the switch remembers dark across pages and reloads, applied before first paint', async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(at(text.path));
    const button = page.locator('[data-theme-switch]');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe('rgb(255, 255, 255)');

    // On the next page, record the theme as the body is first parsed, before any script of ours runs.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme: string }).firstTheme =
            `${document.documentElement.dataset.theme} ${getComputedStyle(document.body).backgroundColor}`;
        }
      });
    });
    for (const next of ['/about/', '/about/']) {
      await page.goto(at(next)); // a new page, then a reload of it
      expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe(`dark ${dark}`);
    }
    await button.click();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  test('without a choice the site follows the system scheme', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(at('/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await page.locator('[data-theme-switch]').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});

describe('paragraph permalinks', () => {
  test('by keyboard, a ¶ link updates the URL, copies the paragraph link and says so', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await page.goto(at(text.path));
    await page.locator(`a[href="#${hit.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#${hit.id}$`));
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}${text.path}#${hit.id}`);
    await expect.poll(() => page.locator('#page-status').innerText()).toBe(`Link to paragraph ${hit.number} copied.`);
    expect(await page.locator(`#${hit.id}:target`).count()).toBe(1);
    await context.close();
  });
});

describe('print', () => {
  test.each([sourceOnly.path, `/ru${sourceOnly.path}`])(
    'printing %s hides navigation and shows the page’s address and the official source’s',
    async (path) => {
      const page = await site.browser.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(at(path));
      for (const selector of ['.site-header', '.breadcrumbs', '.pagination', '.site-footer']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      // The page's address, after a label in the page's language.
      const address = page.locator('main .print-only');
      expect(await address.isVisible()).toBe(true);
      expect(await address.innerText()).toMatch(new RegExp(`^\\S.*: ${SITE}${path}$`));
      const after = await page.evaluate(
        () => getComputedStyle(document.querySelector('.round-facts a')!, '::after').content,
      );
      expect(after).toContain(sourceOnly.url);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
      await page.close();
    },
  );

  test.each([text.path, sourceOnly.path, `/ru${sourceOnly.path}`])(
    'printing %s prints the archive’s name, margins, no button or hint, and each address once',
    async (path) => {
      const page = await site.browser.newPage();
      await page.clock.setFixedTime(new Date('2026-03-05T10:00:00Z'));
      await page.emulateMedia({ media: 'print' });
      await page.goto(at(path));
      const t = path.startsWith('/ru/') ? ru : en;
      const printedOn = path.startsWith('/ru/') ? '5 марта 2026 г.' : '5 March 2026';
      expect(await page.locator('body > .print-only').innerText()).toBe(
        `${t.siteName} · ${t.layout.printedOn} ${printedOn}`,
      );
      // On paper too: the PDF Chromium prints has the archive's name and the day.
      expect((await extractPdfText(new Uint8Array(await page.pdf()))).replace(/\s+/g, ' ')).toContain(
        `${t.layout.printedOn} ${printedOn}`,
      );
      const shown = (selector: string) =>
        page
          .locator(selector)
          .evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      for (const selector of ['button', '.cite__hint', '.cite__actions', '.skip-link'])
        expect(await shown(selector), selector).toBe(0);
      // A link whose words are its address gets no second copy of it.
      const doubled = await page.evaluate(
        () =>
          [...document.querySelectorAll('main a.record__link, main a.provenance__url')].filter(
            (a) => getComputedStyle(a, '::after').content !== 'none',
          ).length,
      );
      expect(doubled).toBe(0);
      // The official release's address is one such link.
      if (path.endsWith(sourceOnly.path))
        expect(await page.locator('main a.provenance__url').count()).toBeGreaterThan(0);
      const margins = await page.evaluate(() =>
        [...document.styleSheets].some((sheet) =>
          [...sheet.cssRules].some((rule) => rule instanceof CSSPageRule && rule.style.margin !== ''),
        ),
      );
      expect(margins).toBe(true);
      await page.close();
    },
  );
});

describe('timeline picture', () => {
  test.each(['/', '/rounds/'])(
    '%s: one link per round, each named, with a caption saying what it shows',
    async (path) => {
      const page = await site.browser.newPage();
      await page.goto(at(path));
      const marks = page.locator('.timeline-svg a');
      const [first, last] = [rounds[0]!, rounds.at(-1)!];
      expect(await marks.count()).toBe(rounds.length);
      const firstDate = writtenDate(first.data.date);
      const markDate = first.data.scheduled ? `${firstDate} (scheduled)` : firstDate;
      expect(await marks.first().getAttribute('aria-label')).toBe(
        `Round ${first.data.round}, ${markDate}, ${first.hasText ? 'full text' : first.data.source ? 'official release known' : 'public record only'}`,
      );
      expect(await marks.last().getAttribute('href')).toBe(`/rounds/${last.data.round}/`);
      expect(await page.locator('.timeline-figure figcaption').innerText()).toContain(
        `${rounds.length} rounds from ${firstDate}`,
      );
      const box = await marks.first().boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(24);
      await page.close();
    },
  );
});

describe('timeline on a phone and on a wide screen', () => {
  /** Where each mark sits against the scrolling region: whole inside it or not. */
  const marksInView = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const region = document.querySelector('.timeline-figure__scroll')!.getBoundingClientRect();
      return [...document.querySelectorAll('.timeline-svg a .timeline-svg__hit')].map((mark) => {
        const box = mark.getBoundingClientRect();
        return box.left >= region.left - 0.5 && box.right <= region.right + 0.5;
      });
    });

  test.each([true, false])(
    'at 360 px (JavaScript on: %s) it opens at the latest round, says in words that it scrolls, and scrolls to the first',
    async (javaScriptEnabled) => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(at('/'));
      const cue = page.locator('.timeline-figure__cue');
      // Which ends of the picture the region shows, to the pixel.
      const ends = () =>
        page.evaluate(() => {
          const region = document.querySelector('.timeline-figure__scroll')!.getBoundingClientRect();
          const picture = document.querySelector('.timeline-svg')!.getBoundingClientRect();
          return { start: picture.left >= region.left - 0.5, end: picture.right <= region.right + 0.5 };
        });
      expect(await ends()).toEqual({ start: false, end: true });
      expect((await marksInView(page)).at(-1)).toBe(true);
      expect(await cue.isVisible()).toBe(true);
      expect(await cue.innerText()).toBe(en.timeline.scrollCue);
      await page.locator('.timeline-figure__scroll').evaluate((region) => region.scrollBy({ left: -10_000 }));
      await expect.poll(() => cue.isVisible()).toBe(false);
      expect(await ends()).toEqual({ start: true, end: false });
      expect((await marksInView(page))[0]).toBe(true);
      await context.close();
    },
  );

  test('at 1280 px every mark shows from the start, with no scroll cue, and the key names each kind of mark', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(at('/'));
    expect(await marksInView(page)).toEqual(rounds.map(() => true));
    expect(await page.locator('.timeline-figure__cue').isVisible()).toBe(false);
    // Each entry's words, after its symbol (a drawing hidden from assistive technology).
    const key = await page
      .locator('.timeline-key li')
      .evaluateAll((items) => items.map((li) => li.lastChild!.textContent!));
    const expected = [
      ...(['text', 'release', 'record'] as const)
        .filter((h) => rounds.some((r) => (r.hasText ? 'text' : r.data.source ? 'release' : 'record') === h))
        .map((h) => en.round.holding[h]),
      ...(rounds.some((r) => r.data.date.precision !== 'day') ? [en.timeline.key.range] : []),
      ...(rounds.some((r) => r.data.date.uncertain) ? [en.timeline.key.uncertain] : []),
      ...(rounds.some((r) => r.data.scheduled) ? [en.timeline.key.scheduled] : []),
    ];
    expect(key.map((k) => k.trim())).toEqual(expected);
    await page.close();
  });
});

test.each(['/', '/rounds/'])(
  '%s at 320 px: every timeline mark is at least 24 px wide and none overlaps; the picture scrolls on its own',
  async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(at(path));
    const boxes = await timelineMarkBoxes(page);
    expect(boxes).toHaveLength(rounds.length);
    for (const box of boxes) expect(box.width).toBeGreaterThanOrEqual(24);
    expect(overlappingMarks(boxes)).toEqual([]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.close();
  },
);
