/**
 * <archive-search>: the /search/ page. Its state lives in the URL (?q=&year=&round=&sort=):
 * typing replaces the history entry, changing a filter or submitting adds one, and Back/Forward
 * restore the search. Every state is designed: loading, empty query, results, no results, and
 * an index that cannot load (file://, dev server without a build).
 */
import { browserWords } from '../i18n/browser-words.ts';

const words = browserWords();
import { parseSearchState, toQueryString, type SearchState } from './search-state.ts';
import { runSearch, SearchUnavailableError, type FilterCounts, type SearchOutcome } from './pagefind-client.ts';
import { renderHit } from './render-hit.ts';
import { subjectSuggestion } from './search-results.ts';
import subjectSuggestUrl from './subject-suggest.ts?lazy-module';

class ArchiveSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #help!: HTMLElement;
  #results!: HTMLElement;
  #more!: HTMLButtonElement;
  #suggestion!: HTMLElement;
  /** The excerpts of the first results shown, to tell whether the engine found the query's own words. */
  #excerpts: string[] = [];
  #outcome: SearchOutcome | undefined;
  #shown = 0;
  /** Counts calls of #show: a search that finishes after a newer state was shown is dropped. */
  #generation = 0;
  #baseTitle = document.title;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#results = this.querySelector('.search-results')!;
    this.#status = this.querySelector('.search-results__status')!;
    this.#list = this.querySelector('.hits')!;
    this.#help = this.querySelector('.search-results__help')!;
    this.#more = this.querySelector('.search-results__more')!;
    this.#suggestion = this.querySelector('.search-results__suggestion')!;
    this.#more.addEventListener('click', () => void this.#showMore(true));

    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#go('push');
    });
    this.#field('q').addEventListener('input', () => void this.#go('replace', 200));
    for (const name of ['year', 'round', 'kind', 'subject', 'sort'])
      this.#field(name).addEventListener('change', () => void this.#go('push'));
    addEventListener('popstate', () => void this.#show(parseSearchState(new URLSearchParams(location.search))));
    // The header search is not on this page; Ctrl/Cmd+K brings the reader to this form instead.
    addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        this.#field('q').focus();
      }
    });

    void this.#show(parseSearchState(new URLSearchParams(location.search)));
  }

  /** The rounds about each subject (views/search.ts getSubjectRounds), fetched once, with the first search. */
  #subjectRounds: Promise<Record<string, string[]>> | undefined;
  #roundsBySubject() {
    this.#subjectRounds ??= fetch(this.dataset.subjectRoundsUrl ?? '').then((response) => {
      if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
      return response.json() as Promise<Record<string, string[]>>;
    });
    return this.#subjectRounds;
  }

  #field(name: string) {
    return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  #readForm(): SearchState {
    return parseSearchState(new URLSearchParams(new FormData(this.#form) as unknown as Record<string, string>));
  }

  /** Puts the form's state in the URL, then shows it. */
  async #go(history: 'push' | 'replace', debounce = 0) {
    const state = this.#readForm();
    const url = `${location.pathname}${toQueryString(state)}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    await this.#show(state, debounce);
  }

  /** Fills the form from a state and shows its results. */
  async #show(state: SearchState, debounce = 0) {
    const q = this.#field('q');
    if (q.value.trim() !== state.q) q.value = state.q;
    this.#field('year').value = state.year ?? '';
    this.#field('round').value = state.round ?? '';
    this.#field('kind').value = state.kind ?? '';
    this.#field('subject').value = state.subject ?? '';
    this.#field('sort').value = state.sort;
    document.title = state.q ? words.pageTitle(state.q, this.#baseTitle) : this.#baseTitle;

    const generation = ++this.#generation;
    this.#outcome = undefined;
    this.#more.hidden = true;
    this.#suggestion.hidden = true;
    if (!state.q && !state.year && !state.round && !state.kind && !state.subject) {
      // Nothing to search for: the engine is not loaded and no search runs.
      this.#list.replaceChildren();
      this.#showCounts(undefined);
      this.#setState('empty', words.empty);
      this.#suggest(words.examples);
      return;
    }
    this.#setState('loading', words.searching);
    try {
      const outcome = await runSearch(state, { debounce, roundsBySubject: await this.#roundsBySubject() });
      if (!outcome || generation !== this.#generation) return;
      this.#outcome = outcome;
      this.#shown = 0;
      this.#showCounts(outcome.filters);
      this.#list.replaceChildren();
      await this.#showMore(false);
      if (this.#outcome !== outcome) return;
      if (!outcome.total) {
        this.#setState('none', words.results(0, state.q));
        this.#suggest(
          state.year || state.round || state.kind || state.subject ? words.noResultsFiltered : words.noResults,
          state.year || state.round || state.kind || state.subject
            ? { ...state, year: undefined, round: undefined, kind: undefined, subject: undefined }
            : undefined,
        );
      } else {
        this.#setState('results', words.results(outcome.total, state.q));
        this.#help.replaceChildren();
      }
      const foundSubject = this.#list.querySelector('a.hit[data-kind="subject"]') !== null;
      const closeness = state.q && subjectSuggestion(outcome.total, this.#excerpts, state.q, foundSubject);
      if (closeness) await this.#suggestSubject(state.q, closeness, generation);
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      this.#list.replaceChildren();
      this.#setState('unavailable', words.unavailable);
      const p = document.createElement('p');
      p.textContent = words.unavailableHelp;
      const link = document.createElement('a');
      link.href = this.dataset.roundsUrl ?? '';
      link.textContent = words.browseAll;
      this.#help.replaceChildren(p, link);
    }
  }

  /**
   * For a query that found little: "Did you mean Anna Politkovskaya?", and that subject as the
   * first result (moved there if it was further down), unless it is the first result already. The matcher and the subjects' names are
   * loaded only now (src/search/subject-suggest.ts); if they cannot load, the results stay as they are.
   */
  async #suggestSubject(query: string, closeness: 'close' | 'very close', generation: number) {
    let suggestion;
    try {
      const { suggestSubjects } = (await import(
        /* @vite-ignore */ subjectSuggestUrl
      )) as typeof import('./subject-suggest.ts');
      [suggestion] = await suggestSubjects(this.dataset.subjectsUrl ?? '', query, closeness);
    } catch {
      return;
    }
    if (!suggestion || generation !== this.#generation) return;
    const path = (href: string) => new URL(href, location.href).pathname;
    const shown = [...this.#list.querySelectorAll<HTMLAnchorElement>('a.hit')];
    const same = shown.filter((a) => path(a.href) === path(suggestion.href));
    if (same[0] && same[0] === shown[0]) return;
    for (const a of same) a.closest('li')?.remove();
    const link = document.createElement('a');
    link.href = suggestion.href;
    link.textContent = suggestion.name;
    this.#suggestion.replaceChildren(words.didYouMean.before, link, words.didYouMean.after);
    this.#suggestion.hidden = false;
    const item = document.createElement('li');
    const escaped = document.createElement('span');
    escaped.textContent = suggestion.description;
    item.append(
      renderHit({
        kind: 'subject',
        round: suggestion.name,
        date: '',
        paragraph: undefined,
        url: suggestion.href,
        excerpt: escaped.innerHTML,
        hasText: false,
        status: undefined,
      }),
    );
    this.#list.prepend(item);
  }

  /**
   * Shows the next page of results, fetching only their data; with `focus`, moves focus to the
   * first new result, so a keyboard reader continues where the list grew.
   */
  async #showMore(focus: boolean) {
    const outcome = this.#outcome;
    if (!outcome) return;
    // How many results (rounds or subjects) to show at first and add at each "Show more" (site.ts).
    const pageSize = Number(this.dataset.pageSize) || 10;
    const pages = await outcome.load(this.#shown, pageSize);
    if (this.#outcome !== outcome) return;
    if (this.#shown === 0) this.#excerpts = pages.flat().map((hit) => hit.excerpt);
    const items = pages.flat().map((hit) => {
      const li = document.createElement('li');
      li.append(renderHit(hit));
      return li;
    });
    this.#list.append(...items);
    this.#shown += pages.length;
    const left = outcome.total - this.#shown;
    this.#more.hidden = left <= 0;
    this.#more.textContent = words.showMore(Math.min(left, pageSize), this.#shown, outcome.total);
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  #setState(state: string, message: string) {
    this.#results.dataset.state = state;
    this.#status.textContent = message;
  }

  /** Example searches as links, and a way out of filters that hide everything. */
  #suggest(lead: string, unfiltered?: SearchState) {
    const p = document.createElement('p');
    p.textContent = lead;
    const ul = document.createElement('ul');
    ul.className = 'search-examples';
    const examples: string[] = JSON.parse(this.dataset.examples ?? '[]');
    for (const example of examples) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `${location.pathname}${toQueryString({ q: example, year: undefined, round: undefined, sort: 'relevance' })}`;
      a.textContent = example;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        window.history.pushState(null, '', a.href);
        void this.#show(parseSearchState(new URL(a.href).searchParams));
      });
      li.append(a);
      ul.append(li);
    }
    const parts: Node[] = [p, ul];
    if (unfiltered) {
      const clear = document.createElement('a');
      clear.href = `${location.pathname}${toQueryString(unfiltered)}`;
      clear.textContent = words.searchEverywhere(unfiltered.q);
      const wrap = document.createElement('p');
      wrap.append(clear);
      parts.unshift(wrap);
    }
    this.#help.replaceChildren(...parts);
  }

  /** Shows beside each filter value how many results it would give (without counts: the plain labels). */
  #showCounts(counts: FilterCounts | undefined) {
    for (const name of ['year', 'round', 'kind', 'subject'] as const) {
      const select = this.#field(name);
      // A number field (the round filter of a large archive) has no options to count.
      if (!(select instanceof HTMLSelectElement)) continue;
      for (const option of select.options) {
        if (!option.value) continue;
        option.dataset.label ??= option.textContent ?? '';
        if (!counts) {
          option.textContent = option.dataset.label;
          continue;
        }
        const count = counts[name]?.[option.value] ?? 0;
        option.textContent = words.optionCount(option.dataset.label, count);
      }
    }
  }
}

customElements.define('archive-search', ArchiveSearch);
