/** The site built for a sub-path (BASE_PATH=/archive/), served there: search and its results carry the base. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroEnv, buildSite } from '../support/build-site.ts';
import { openSite, type BrowserSite } from '../support/browser.ts';

let dir: string;
let site: BrowserSite;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hr-archive-subpath-'));
  buildSite(dir, { env: astroEnv({ BASE_PATH: '/archive/' }) });
  site = await openSite(dir, '/archive/');
}, 120_000);
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('search works under /archive/ and its results link inside it', async () => {
  const page = await site.browser.newPage();
  const outside: string[] = [];
  page.on('request', (r) => !new URL(r.url()).pathname.startsWith('/archive/') && outside.push(r.url()));
  await page.goto(`${site.url}search/?q=Magnitsky`);
  const first = page.locator('.hits a').first();
  await first.waitFor();
  expect(await first.getAttribute('href')).toBe('/archive/rounds/18/?highlight=magnitsky#p6');
  await first.click();
  await expect.poll(() => page.locator('#p6 mark.search-term').count()).toBe(1);
  expect(outside).toEqual([]);
  await page.close();
});

test('the header search loads its code and index under /archive/', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.url}rounds/17/`);
  await page.locator('#site-search-q').fill('GOLOS');
  await expect.poll(() => page.locator('#site-search-results [role="option"]').count()).toBeGreaterThan(1);
  await page.close();
});
