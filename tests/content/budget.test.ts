/** Every page of the real archive arrives in one round trip: at most 14 KB brotli with its CSS and JS. */
import { expect, inject, test } from 'vitest';
import { listPages } from '../support/dist.ts';
import { PAGE_BUDGET, pageWeight } from '../../tools/lib/page-weight.ts';

const dist = inject('contentDistDir');

test.each(listPages(dist).map((p) => [p.path, p.file]))('%s fits in 14 KB brotli (the HTML with its inline code, and the files it links)', (_path, file) => {
  const w = pageWeight(dist, file);
  expect(w.total).toBeLessThanOrEqual(PAGE_BUDGET);
});
