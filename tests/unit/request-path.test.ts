import { expect, test } from 'vitest';
import { decidePath } from '../../tools/lib/request-path.ts';

const folders = new Set(['/rounds/18', '/about', '/name']);
const decide = (path: string, base = '/') => decidePath(path, { base, hasDirectory: (p) => folders.has(p) });

test.each([
  ['/rounds/18/', '/', { action: 'serve', path: '/rounds/18/' }], // a page
  ['/rounds/18.json', '/', { action: 'serve', path: '/rounds/18.json' }], // a file
  ['/rounds/18', '/', { action: 'redirect', location: '/rounds/18/' }], // a folder without its slash
  ['/.//name', '/', { action: 'redirect', location: '/name/' }], // never a protocol-relative "//name/"
  ['//name', '/', { action: 'redirect', location: '/name/' }], // doubled slashes collapse
  ['/%E0%A4%A', '/', { action: 'refuse', status: 400 }], // malformed percent-encoding
  ['/..%2f..%2fpackage.json', '/', { action: 'serve', path: '/package.json' }], // cannot climb above the site
  ['/a%00b', '/', { action: 'refuse', status: 400 }], // a NUL byte
  [`/${'a'.repeat(10_000)}`, '/', { action: 'refuse', status: 414 }], // a 10 KB path
  ['/archive/about', '/archive/', { action: 'redirect', location: '/archive/about/' }], // under a base path
  ['/archive', '/archive/', { action: 'serve', path: '/' }], // the base without its slash
  ['/about/', '/archive/', { action: 'refuse', status: 404 }], // outside the base path
])('%s under %s -> %o', (path, base, expected) => {
  expect(decide(path, base)).toEqual(expected);
});
