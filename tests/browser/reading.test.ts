import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { isRussianPath, onePerTemplate } from '../support/dist.ts';
import { openSite, readyState, type BrowserSite } from '../support/browser.ts';
import { browserFacts } from '../support/fixture-site.ts';

const { text, hits } = browserFacts();
const [hit] = hits;

const dist = inject('distDir');
// The Tab walk looks at how each kind of page is built: one page of each kind in English, and
// in Russian (the same templates) the home page and a round with its text, the richest page.
const paths = [
  ...onePerTemplate(dist).filter((p) => !isRussianPath(p) && !p.includes('no-such-page') && !p.includes('?')),
  '/ru/',
  `/ru${text.path}`,
];
let site: BrowserSite;

beforeAll(async () => {
  site = await openSite(dist);
});
afterAll(async () => site?.close());

const at = (path: string) => new URL(path.replace(/^\//, ''), site.url).href;

describe('reading without JavaScript', () => {
  test('a round’s text is all there and visible', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at(text.path));
    await expect.poll(() => page.locator('.release p.para').count()).toBe(text.paragraphs.length);
    for (const p of text.paragraphs) {
      expect(await page.locator(`#${p.id}`).isVisible()).toBe(true);
      expect(await page.locator(`#${p.id}`).innerText()).toContain(p.text);
    }
    await context.close();
  });
});

describe('paragraph links', () => {
  test('a paragraph link (/rounds/<n>/#p<k>) brings the paragraph into view and marks it as the target', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(at(`${text.path}#${hit.id}`));
    // Smooth scrolling may still be moving: wait until the target's top is inside the viewport.
    await page.waitForFunction(() => {
      const top = document.querySelector(':target')?.getBoundingClientRect().top ?? -1;
      return top >= 0 && top < window.innerHeight;
    });
    const state = await page.evaluate(() => {
      const target = document.querySelector(':target');
      const box = target?.getBoundingClientRect();
      return {
        id: target?.id,
        background: target ? getComputedStyle(target).backgroundColor : '',
        inView: box ? box.top >= 0 && box.top < window.innerHeight : false,
      };
    });
    expect(state.id).toBe(hit.id);
    expect(state.inView).toBe(true);
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)'); // :target is highlighted
    await page.close();
  });

  test('copying a paragraph copies its words, not its ¶ number', async () => {
    const page = await site.browser.newPage();
    await page.goto(at(text.path));
    const selected = await page.evaluate((id) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString().trim();
    }, hit.id);
    expect(selected).toBe(hit.text);
    await page.close();
  });
});

/** Tabs through a page until focus comes round again; records whether each stop's focus is visible. */
async function tabThrough(page: Page) {
  const stops: { name: string; visible: boolean }[] = [];
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.dataset.tabSeen) return null;
      el.dataset.tabSeen = 'yes';
      const style = getComputedStyle(el);
      const visible =
        (style.outlineStyle !== 'none' &&
          parseFloat(style.outlineWidth) > 0 &&
          style.outlineColor !== 'rgba(0, 0, 0, 0)') ||
        style.boxShadow !== 'none' ||
        style.backgroundColor !== 'rgba(0, 0, 0, 0)';
      return { name: `${el.tagName} ${el.getAttribute('href') ?? ''} ${el.textContent?.trim().slice(0, 40)}`, visible };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard', () => {
  test.each(paths.map((p) => [p]))('%s: Tab reaches every link, each with a visible focus indicator', async (path) => {
    const page = await site.browser.newPage();
    await page.goto(at(path), { waitUntil: readyState(path) }); // the search page renders its examples
    // Every rendered link (the skip link is rendered off-screen), form control and scrollable
    // region; a group of radio buttons is one stop (the arrow keys move within it).
    const radioGroups = await page
      .locator('input[type="radio"]:visible')
      .evaluateAll((radios) => new Set(radios.map((r) => (r as HTMLInputElement).name)).size);
    const focusable =
      (await page
        .locator(
          'a[href]:visible, input:not([type="radio"]):visible, button:visible, select:visible, [tabindex="0"]:visible',
        )
        .count()) + radioGroups;
    const focused = await tabThrough(page);
    expect(focusable).toBeGreaterThan(3);
    expect(focused.length).toBe(focusable);
    expect(focused.filter((f) => !f.visible)).toEqual([]);
    await page.close();
  });

  test('the skip link is the first stop and moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(at(text.path));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

// Console errors and failed requests on every page: tests/browser/every-page.test.ts.
