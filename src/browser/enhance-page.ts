/**
 * The only JavaScript a reading page runs before interaction (budget: 1 KB brotli). It shows the
 * theme button and otherwise waits for the reader: focusing the header search (or Ctrl/Cmd+K)
 * loads the search code, activating a ¶ link loads the copy actions, and arriving from a search
 * result (?highlight=…) loads the term highlighter. Copy buttons (hidden without JavaScript)
 * are shown and wired here, since they are a few lines.
 */
import './theme-switch.ts';
import headerSearchUrl from '../search/header-search.ts?lazy-module';
import highlightUrl from '../search/highlight.ts?lazy-module';
import paragraphActionsUrl from './paragraph-actions.ts?lazy-module';
import subjectFilterUrl from './subject-filter.ts?lazy-module';

const input = document.getElementById('site-search-q') as HTMLInputElement | null;

if (input) {
  const enhance = () => import(/* @vite-ignore */ headerSearchUrl).then((m) => m.enhanceHeaderSearch(input));
  input.addEventListener('focus', enhance, { once: true });
}

addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k' && input) {
    event.preventDefault();
    input.focus();
  }
});

const paragraphActions = () => import(/* @vite-ignore */ paragraphActionsUrl);
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.para-link');
  if (link) paragraphActions().then((m) => m.showParagraphActions(link));
});
// Words selected inside one paragraph get a "Copy link to selected text" offer.
const onSelect = () => {
  const selection = getSelection();
  const text = selection?.toString().trim();
  const paragraph = selection?.anchorNode?.parentElement?.closest<HTMLElement>('p.para');
  if (text && paragraph && paragraph.contains(selection!.focusNode))
    paragraphActions().then((m) => m.showSelectionAction(paragraph, text));
};
document.addEventListener('mouseup', onSelect);
document.addEventListener('keyup', (event) => event.shiftKey && onSelect());

// The day of printing, beside the archive's name on paper: set now and again at each print.
const printDate = document.querySelector<HTMLElement>('[data-print-date]');
const stampPrintDate = () => {
  const { printDate: label, locale } = printDate!.dataset;
  const day = new Date().toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  printDate!.textContent = ` · ${label} ${day}`;
};
if (printDate) {
  stampPrintDate();
  addEventListener('beforeprint', stampPrintDate);
}

const status = document.getElementById('page-status');
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy-target]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copyTarget!)?.textContent ?? '';
    const copied = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    // The page says what to announce, in its language: data-copied and data-copy-failed.
    if (status) status.textContent = (copied ? button.dataset.copied : button.dataset.copyFailed) ?? '';
  });
}

if (new URLSearchParams(location.search).has('highlight')) import(/* @vite-ignore */ highlightUrl);

const subjectFilter = document.querySelector<HTMLElement>('subject-filter');
if (subjectFilter) import(/* @vite-ignore */ subjectFilterUrl).then((m) => m.enhanceSubjectFilter(subjectFilter));

// The language switch keeps the reader's place: the paragraph (#p6) and the search (?q=…).
document.querySelector<HTMLAnchorElement>('[data-language-switch]')?.addEventListener('click', (event) => {
  const link = event.currentTarget as HTMLAnchorElement;
  link.href = `${link.href.split(/[?#]/)[0]}${location.search}${location.hash}`;
});
