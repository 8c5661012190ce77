import { expect, test } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../tools/lib/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: frame-ancestors 'none'; base-uri 'none'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

test('reads path blocks and their headers, keeping colons inside values', () => {
  expect(parseHeadersFile(file)).toEqual([
    {
      pattern: '/*',
      headers: [
        ['X-Content-Type-Options', 'nosniff'],
        ['Content-Security-Policy', "frame-ancestors 'none'; base-uri 'none'"],
      ],
    },
    { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ]);
});

test.each([
  ['/rounds/18/', 2], // only the catch-all
  ['/_astro/search.js', 3], // the catch-all and the assets rule
])('applies every matching block to %s (%i headers)', (path, count) => {
  expect(headersForPath(parseHeadersFile(file), path)).toHaveLength(count);
});

test('refuses a header line before any path, naming it', () => {
  expect(() => parseHeadersFile('  X-Test: 1')).toThrow(
    '_headers: expected "Name: value" under a path, got "X-Test: 1"',
  );
});
