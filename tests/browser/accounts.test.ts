/**
 * The accounts view of the matrix filters without a script: choosing an account leaves only the
 * marks and rows it reports, choosing a kind only that kind's subjects. Every choice is tried, so
 * an account or a kind without its CSS rule fails here.
 */
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openSite, type BrowserSite } from '../support/browser.ts';

let site: BrowserSite;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(async () => site?.close());

test('every account and every kind filters the table, with JavaScript off', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}subjects/matrix/accounts/`);
  const visible = () =>
    page.evaluate(() => {
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
      return {
        marks: [...document.querySelectorAll('.matrix td > a')]
          .filter(shown)
          .map((a) => a.parentElement!.dataset.accounts!),
        rows: [...document.querySelectorAll('.matrix tbody tr:has(th[scope="row"])')].filter(shown).map((tr) => ({
          kind: (tr.closest('tbody') as HTMLElement).dataset.kind!,
          accounts: [...tr.querySelectorAll('td[data-accounts]')].map((td) => (td as HTMLElement).dataset.accounts!),
        })),
      };
    });
  const all = await visible();
  expect(all.marks.length).toBeGreaterThan(0);
  for (const account of await page
    .locator('input[name="account"]')
    .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value))) {
    await page.locator(`input[name="account"][value="${account}"]`).check();
    const now = await visible();
    const reporting = all.rows.filter((r) => !account || r.accounts.some((a) => a.split(' ').includes(account)));
    expect(now.rows, account || 'any').toEqual(reporting);
    expect(
      now.marks.every((m) => !account || m.split(' ').includes(account)),
      account,
    ).toBe(true);
  }
  await page.locator('input[name="account"][value=""]').check();
  for (const kind of await page
    .locator('input[name="kind"]')
    .evaluateAll((i) => i.map((x) => (x as HTMLInputElement).value))) {
    await page.locator(`input[name="kind"][value="${kind}"]`).check();
    expect((await visible()).rows, kind || 'every kind').toEqual(all.rows.filter((r) => !kind || r.kind === kind));
  }
  await context.close();
});
