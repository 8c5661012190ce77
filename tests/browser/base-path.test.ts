/** The site built for a sub-path (BASE_PATH=/archive/), served there: search and its results carry the base. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { astroEnv, buildSite } from '../support/build-site.ts';
import { openSite, type BrowserSite } from '../support/browser.ts';
import { browserFacts, FIXTURE_CONTENT } from '../support/fixture-site.ts';
import { copyProject } from '../support/project-copy.ts';

const { text, hits, sourceOnly, rounds } = browserFacts();
const [hit] = hits;
/** A word in more than one paragraph, so that the header search offers several results. */
const common = (() => {
  const counts = new Map<string, number>();
  for (const p of rounds.flatMap((r) => r.paragraphs))
    for (const w of new Set(p.text.toLowerCase().match(/\p{L}{7,}/gu))) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
})();

let copy: ReturnType<typeof copyProject>;
let site: BrowserSite;

beforeAll(async () => {
  copy = copyProject({ content: FIXTURE_CONTENT });
  const dir = join(copy.root, 'dist');
  buildSite(dir, { root: copy.root, env: astroEnv({ BASE_PATH: '/archive/' }) });
  site = await openSite(dir, '/archive/');
}, 120_000);
afterAll(async () => {
  await site?.close();
  copy?.remove();
});

test('search works under /archive/ and its results link inside it', async () => {
  const page = await site.browser.newPage();
  const outside: string[] = [];
  page.on('request', (r) => !new URL(r.url()).pathname.startsWith('/archive/') && outside.push(r.url()));
  await page.goto(`${site.url}search/?q=${encodeURIComponent(hit.written)}`);
  const first = page.locator('.hits a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toBe(
    `/archive${text.path}?highlight=${encodeURIComponent(hit.highlight)}#${hit.id}`,
  );
  await first.click();
  await expect.poll(() => page.locator(`#${hit.id} mark.search-term`).count()).toBe(1);
  expect(outside).toEqual([]);
  await page.close();
});

test('the header search loads its code and index under /archive/', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}${sourceOnly.path.slice(1)}`);
  await page.locator('#site-search-q').fill(common);
  await expect.poll(() => page.locator('#site-search-results [role="option"]').count()).toBeGreaterThan(1);
  await page.close();
});
