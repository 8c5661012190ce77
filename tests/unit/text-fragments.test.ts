import { expect, test } from 'vitest';
import { savedCopiesUrl, textFragmentUrl } from '../../src/format/text-fragments.ts';

test.each([
  // one phrase, spaces encoded
  ['https://x.org/a', { phrases: ['rule of law'] }, 'https://x.org/a#:~:text=rule%20of%20law'],
  // the reserved "-" and "," inside a phrase are encoded, so they cannot start a suffix or a range
  ['https://x.org/a', { phrases: ['co-operation, UN'] }, 'https://x.org/a#:~:text=co%2Doperation%2C%20UN'],
  // several phrases are several directives, joined by "&"
  ['https://x.org/a', { phrases: ['a b', 'c'] }, 'https://x.org/a#:~:text=a%20b&text=c'],
  // a phrase that is not unique on its page gets the words around it
  [
    'https://x.org/a',
    { phrases: ['GOLOS'], prefix: 'such as', suffix: 'Side' },
    'https://x.org/a#:~:text=such%20as-,GOLOS,-Side',
  ],
  // an address with its own fragment keeps it, and the directive follows it
  ['/rounds/18/#p6', { phrases: ['Magnitsky'] }, '/rounds/18/#p6:~:text=Magnitsky'],
  // an address with a query string is kept byte for byte; letters beyond ASCII stay letters
  [
    'http://e.org/getDoc.do?type=TA&reference=P6',
    { phrases: ['sedmé kolo'] },
    'http://e.org/getDoc.do?type=TA&reference=P6#:~:text=sedmé%20kolo',
  ],
  // Cyrillic and quotation marks beyond ASCII stay as they are; spaces are encoded
  ['https://x.org/a', { phrases: ['«Голос» закрыт'] }, 'https://x.org/a#:~:text=«Голос»%20закрыт'],
])('links %s at %j', (url, target, expected) => {
  expect(textFragmentUrl(url, target)).toBe(expected);
});

test('a longer phrase is linked by its first and last two words, a range that matches the same words', () => {
  expect(textFragmentUrl('https://x.org/a', { phrases: ['the freedom of association, expression and assembly'] })).toBe(
    'https://x.org/a#:~:text=the%20freedom,and%20assembly',
  );
});

test('every built fragment reads back, by the URL parser, as the phrases it was built from', () => {
  const phrases = ['the “foreign agents” law', 'obligations, and co-operation'];
  const link = new URL(textFragmentUrl('https://x.org/page?q=1', { phrases }));
  expect(link.search).toBe('?q=1');
  const directives = link.hash.slice('#:~:'.length).split('&');
  expect(directives.map((d) => decodeURIComponent(d.replace(/^text=/, '')))).toEqual(phrases);
});

test('lists the Internet Archive’s saved copies of an address as published', () => {
  expect(savedCopiesUrl('http://memorial.de/index.php/6940-nachricht111')).toBe(
    'https://web.archive.org/web/*/http://memorial.de/index.php/6940-nachricht111',
  );
});
