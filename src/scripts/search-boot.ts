/**
 * The only JavaScript a reading page loads before interaction (budget: 1 KB). It waits for the
 * reader: focusing the header search (or Ctrl/Cmd+K) loads the search code, and arriving from a
 * search result (?highlight=…) loads the term highlighter.
 */
import headerSearchUrl from './header-search.ts?lazy-module';
import highlightUrl from './highlight.ts?lazy-module';

const input = document.getElementById('site-search-q') as HTMLInputElement | null;

if (input) {
  const enhance = () => import(/* @vite-ignore */ headerSearchUrl).then((m) => m.enhanceHeaderSearch(input));
  input.addEventListener('focus', enhance, { once: true });
  addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      input.focus();
    }
  });
}

if (new URLSearchParams(location.search).has('highlight')) import(/* @vite-ignore */ highlightUrl);
