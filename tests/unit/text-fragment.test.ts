import { expect, test } from 'vitest';
import { encodeTextDirective, selectionUrl, textDirective } from '../../src/browser/text-fragment.ts';

test.each([
  ['Sergey Magnitsky', 'Sergey%20Magnitsky'],
  ['ill-treatment', 'ill%2Dtreatment'], // "-" would start a suffix
  ['GOLOS, Side by Side', 'GOLOS%2C%20Side%20by%20Side'], // "," would split a range
  ['A & B', 'A%20%26%20B'], // "&" would end the directive
  ['“non-traditional”', '%E2%80%9Cnon%2Dtraditional%E2%80%9D'],
])('encodes %j as %s', (text, expected) => {
  expect(encodeTextDirective(text)).toBe(expected);
});

test('quotes a short selection whole, with its spacing normalised', () => {
  expect(textDirective('  the  Sergey\nMagnitsky case ')).toBe('the%20Sergey%20Magnitsky%20case');
});

test('links a long selection by its first and last four words', () => {
  const long = 'one two three four five six seven eight nine ten eleven twelve thirteen';
  expect(textDirective(long)).toBe('one%20two%20three%20four,ten%20eleven%20twelve%20thirteen');
});

test('builds the selection link on the paragraph, or the paragraph link without text fragment support', () => {
  expect(selectionUrl('https://x.org/rounds/18/#p2', 'p6', 'Magnitsky', true)).toBe(
    'https://x.org/rounds/18/#p6:~:text=Magnitsky',
  );
  expect(selectionUrl('https://x.org/rounds/18/', 'p6', 'Magnitsky', false)).toBe('https://x.org/rounds/18/#p6');
});
