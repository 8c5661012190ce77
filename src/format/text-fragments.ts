/**
 * Text fragments (WICG "URL Fragment Text Directives"): links that open a page scrolled to, and
 * highlighting, given words: `https://example.org/page#:~:text=the%20rule%20of%20law`. Pure.
 */

/** Percent-encodes a text directive value, including the characters the syntax reserves (-, & and ,). */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** What a text fragment points at: one or more phrases, and words around the first where it is not unique. */
export interface TextTarget {
  phrases: readonly string[];
  prefix?: string | undefined;
  suffix?: string | undefined;
}

/** Words kept at each end of a longer phrase, which is linked as a range (textStart,textEnd). */
const EDGE_WORDS = 2;

/**
 * A phrase as a directive’s text: whole when short, else as the range from its first two to
 * its last two words, which matches the same words with a link half as long:
 * "one two three four five" -> "one%20two,four%20five".
 */
function phraseDirective(phrase: string): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length <= EDGE_WORDS * 2) return encodeTextDirective(words.join(' '));
  return `${encodeTextDirective(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextDirective(words.slice(-EDGE_WORDS).join(' '))}`;
}

/**
 * One `text=` directive per phrase, the first with its prefix and suffix:
 * { phrases: ['a-b'], prefix: 'x' } -> "text=x-,a%2Db".
 */
export function textDirectives({ phrases, prefix, suffix }: TextTarget): string {
  return phrases
    .map((phrase, i) => {
      const start = i === 0 && prefix ? `${encodeTextDirective(prefix)}-,` : '';
      const end = i === 0 && suffix ? `,-${encodeTextDirective(suffix)}` : '';
      return `text=${start}${phraseDirective(phrase)}${end}`;
    })
    .join('&');
}

/**
 * A link to `url` at the given words, keeping any fragment it already has:
 * ('https://x.org/a', { phrases: ['rule of law'] }) -> "https://x.org/a#:~:text=rule%20of%20law";
 * ('/rounds/18/#p6', …) -> "/rounds/18/#p6:~:text=…".
 */
export function textFragmentUrl(url: string, target: TextTarget): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash + 1).split(':~:')[0];
  return `${base}#${fragment}:~:${textDirectives(target)}`;
}

/**
 * The Internet Archive's list of saved copies of an address: "https://web.archive.org/web/*\/<url>".
 * The address goes in as published; the Wayback Machine reads it from the path.
 */
export function savedCopiesUrl(url: string): string {
  return `https://web.archive.org/web/*/${url}`;
}
