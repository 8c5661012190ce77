/**
 * Turns the header's search form into an ARIA 1.2 combobox: results appear as you type,
 * ArrowUp/ArrowDown move through them, Enter opens one (or submits to /search/), Escape closes,
 * and result counts are announced. Loaded on first focus by search-boot.ts.
 */
import { browserWords } from '../i18n/browser-words.ts';
import { parseSearchState, toQueryString } from './search-state.ts';
import { runSearch, SearchUnavailableError } from './pagefind-client.ts';
import { appendHitContent } from './render-hit.ts';

const MAX_OPTIONS = 6;

export function enhanceHeaderSearch(input: HTMLInputElement): void {
  const words = browserWords();
  const form = input.form!;
  const popup = document.getElementById('site-search-popup')!;
  const list = document.getElementById('site-search-results')!;
  const status = document.getElementById('site-search-status')!;
  let active = -1;
  let urls: string[] = [];

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];

  function setOpen(open: boolean) {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function setActive(index: number) {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    if (index === -1) active = -1;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function option(id: string, url: string, build: (el: HTMLElement) => void) {
    const li = document.createElement('li');
    li.id = id;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.className = 'site-search__option';
    build(li);
    li.addEventListener('click', () => location.assign(url));
    urls.push(url);
    return li;
  }

  async function update() {
    const q = input.value.trim();
    if (!q) {
      list.replaceChildren();
      urls = [];
      status.textContent = '';
      setOpen(false);
      return;
    }
    try {
      const outcome = await runSearch(parseSearchState(new URLSearchParams({ q })), { debounce: 250 });
      if (!outcome || input.value.trim() !== q) return; // a newer search is on its way
      // Only the results shown are fetched: one option per result, its best paragraph.
      const pages = await outcome.load(0, MAX_OPTIONS);
      if (input.value.trim() !== q) return;
      urls = [];
      const items = pages
        .flatMap((hits) => hits.slice(0, 1))
        .map((hit, i) => option(`site-search-option-${i}`, hit.url, (li) => appendHitContent(li, hit)));
      const allUrl = `${form.action}${toQueryString({ q, year: undefined, round: undefined, sort: 'relevance' })}`;
      items.push(
        option('site-search-option-all', allUrl, (li) => {
          li.classList.add('site-search__option--all');
          li.textContent = outcome.total ? words.allResults(outcome.total) : words.noResultsOpen(q);
        }),
      );
      list.replaceChildren(...items);
      status.textContent = words.results(outcome.total, q);
      setOpen(true);
      setActive(-1);
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      status.textContent = words.headerUnavailable;
    }
  }

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    const open = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        if (options().length) setOpen(true);
        return;
      }
      event.preventDefault();
      setActive(
        active === -1 && event.key === 'ArrowUp' ? options().length - 1 : active + (event.key === 'ArrowDown' ? 1 : -1),
      );
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      location.assign(urls[active]!);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else {
        input.value = '';
      }
    }
  });
  // Keep focus in the input when a result is clicked, so the click lands on the option.
  popup.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('focus', () => {
    if (options().length && input.value.trim()) setOpen(true);
  });
  if (input.value.trim()) void update();
}
