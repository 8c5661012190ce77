/**
 * Text fragments (WICG "URL Fragment Text Directives"): links that open a page scrolled to, and
 * highlighting, given words: `https://example.org/page#:~:text=the%20rule%20of%20law`. Pure.
 */

/**
 * Percent-encodes a text directive value, including the characters the syntax reserves (-, & and
 * ,). With `keepLetters`, characters beyond ASCII (letters, quotation marks; not spaces or
 * invisible ones) stay as they are ("«Голос»", "Muižnieks"): the URL
 * parser encodes them itself when the link is followed, so it is the same link, and a page
 * carries far fewer bytes (a Cyrillic letter percent-encoded is six): "свобода собраний" ->
 * "свобода%20собраний". Links people copy (selection links) keep the strict form, which survives
 * any mail or chat program.
 */
export function encodeTextDirective(text: string, { keepLetters = false } = {}): string {
  const encoded = keepLetters
    ? [...text].map((c) => (c.codePointAt(0)! > 0x7f && !/[\s\p{C}]/u.test(c) ? c : encodeURIComponent(c))).join('')
    : encodeURIComponent(text);
  return encoded.replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The directive text of the archive's own links (pages and data): letters kept, see above. */
const encodeKeepingLetters = (text: string) => encodeTextDirective(text, { keepLetters: true });

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
  if (words.length <= EDGE_WORDS * 2) return encodeKeepingLetters(words.join(' '));
  return `${encodeKeepingLetters(words.slice(0, EDGE_WORDS).join(' '))},${encodeKeepingLetters(words.slice(-EDGE_WORDS).join(' '))}`;
}

/**
 * One `text=` directive per phrase, the first with its prefix and suffix:
 * { phrases: ['a-b'], prefix: 'x' } -> "text=x-,a%2Db".
 */
export function textDirectives({ phrases, prefix, suffix }: TextTarget): string {
  return phrases
    .map((phrase, i) => {
      const start = i === 0 && prefix ? `${encodeKeepingLetters(prefix)}-,` : '';
      const end = i === 0 && suffix ? `,-${encodeKeepingLetters(suffix)}` : '';
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
