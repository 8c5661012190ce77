/**
 * Actions on one paragraph, loaded on first use by enhance-page.ts:
 * - after a reader activates its ¶ link (the URL is now …#p6): copy the paragraph's permanent
 *   link, say so politely, and offer "Copy citation" for that paragraph;
 * - after a reader selects words in it: offer "Copy link to selected text" (a text fragment).
 */
import { formatCitation, type CitableRound } from '../publish/citation.ts';
import { browserWords } from '../i18n/browser-words.ts';
import { selectionUrl } from './text-fragment.ts';

const words = browserWords();

/** The page's citation data: the round's record as JSON, its date's days written as ISO strings. */
interface CitationData extends Omit<CitableRound, 'date'> {
  date: Omit<CitableRound['date'], 'earliest' | 'latest'> & { earliest: string; latest: string };
  pageUrl: string;
}

const status = document.getElementById('page-status');

function announce(message: string) {
  if (!status) return;
  status.textContent = '';
  // A fresh text node after clearing makes screen readers announce repeated messages too.
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
    return true;
  } catch {
    announce(words.copyUnavailable);
    return false;
  }
}

function citationFor(paragraph: number): string | undefined {
  const raw = document.querySelector<HTMLElement>('[data-citation]')?.dataset.citation;
  if (!raw) return undefined;
  const data = JSON.parse(raw) as CitationData;
  const date = { ...data.date, earliest: new Date(data.date.earliest), latest: new Date(data.date.latest) };
  return formatCitation({ ...data, date }, data.pageUrl, { paragraph });
}

function button(label: string, onClick: (b: HTMLButtonElement) => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'action-button';
  b.textContent = label;
  b.addEventListener('click', () => onClick(b));
  return b;
}

function canonicalUrl(): string {
  const href = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
  return href.split('#')[0]!;
}

/** Replaces any open actions with a group of buttons after `paragraph`; Escape closes it. */
function showActions(paragraph: HTMLElement, buttons: HTMLElement[], returnFocus?: HTMLElement) {
  document.querySelectorAll('.para-actions').forEach((el) => el.remove());
  const actions = document.createElement('div');
  actions.className = 'para-actions';
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', words.paragraph(Number(paragraph.id.slice(1))));
  actions.append(...buttons);
  actions.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      actions.remove();
      returnFocus?.focus();
    }
  });
  paragraph.after(actions);
  // Focus stays with what the reader just opened: its first action; Escape goes back. After the
  // ¶ link's own navigation to the paragraph (a task later), which would take the focus back to
  // the page; a reader who has moved on to a field meanwhile (typing a search) keeps their place.
  if (returnFocus)
    setTimeout(() => {
      const typing = document.activeElement?.matches('input, textarea, select, [contenteditable]');
      if (!typing && actions.isConnected) actions.querySelector<HTMLButtonElement>('button')?.focus();
    });
  return actions;
}

/** Copies the link of the paragraph that `link` numbers and shows its actions below it. */
export async function showParagraphActions(link: HTMLAnchorElement): Promise<void> {
  const paragraph = link.closest<HTMLElement>('p[id]');
  if (!paragraph) return;
  const n = Number(paragraph.id.slice(1));
  const url = `${canonicalUrl()}#${paragraph.id}`;
  const copied = document.createElement('span');
  copied.className = 'para-actions__done';
  showActions(
    paragraph,
    [
      button(words.copyLink, () => void copy(url, words.linkCopied(n))),
      button(words.copyCitation, () => {
        const citation = citationFor(n);
        if (citation) void copy(citation, words.citationCopied(n));
      }),
      copied,
    ],
    link,
  );
  if (await copy(url, words.linkCopied(n))) copied.textContent = words.linkCopiedShort(n);
}

/** Offers a link to the words selected in `paragraph`. */
export function showSelectionAction(paragraph: HTMLElement, selected: string): void {
  const n = Number(paragraph.id.slice(1));
  const supported = 'fragmentDirective' in document;
  const url = selectionUrl(canonicalUrl(), paragraph.id, selected, supported);
  showActions(paragraph, [
    button(
      supported ? words.copySelection : words.copyParagraphLink(n),
      () => void copy(url, supported ? words.selectionCopied : words.linkCopied(n)),
    ),
  ]);
}
