import { expect, test } from 'vitest';
import { createUrlFor, roundPath, toAbsoluteUrl } from '../../src/format/urls.ts';

test('gives each round one permanent path', () => {
  expect(roundPath(18)).toBe('/rounds/18/');
});

test.each([
  ['/', '/rounds/18/', '/rounds/18/'], // served from the domain root
  ['/archive/', '/rounds/18/', '/archive/rounds/18/'], // a GitHub Pages project site
  ['/archive', '/about/', '/archive/about/'], // base given without its trailing slash
  ['/archive/', 'about/', '/archive/about/'], // path given without its leading slash
  ['/archive/', '/', '/archive/'], // the home page
])('with base %s, links %s as %s', (base, path, expected) => {
  expect(createUrlFor({ base })(path)).toBe(expected);
});

test('makes absolute URLs for canonical links and citations', () => {
  expect(toAbsoluteUrl('/archive/rounds/18/', 'https://example.org')).toBe('https://example.org/archive/rounds/18/');
});
