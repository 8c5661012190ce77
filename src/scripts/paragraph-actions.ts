/**
 * After a reader activates a paragraph's ¶ link (the URL is now …#p6): copies the paragraph's
 * permanent link, says so politely, and offers "Copy citation" for that paragraph.
 * Loaded on first use by enhance-page.ts.
 */
import { formatCitation, type CitableRound } from '../lib/citation.ts';

interface CitationData extends Omit<CitableRound, 'date'> {
  date: string;
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
    announce('Copying is not available here: copy the address from the address bar.');
    return false;
  }
}

function citationFor(paragraph: number): string | undefined {
  const raw = document.querySelector<HTMLElement>('[data-citation]')?.dataset.citation;
  if (!raw) return undefined;
  const data = JSON.parse(raw) as CitationData;
  return formatCitation({ ...data, date: new Date(data.date) }, data.pageUrl, { paragraph });
}

function button(label: string, onClick: (b: HTMLButtonElement) => void) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'para-actions__button';
  b.textContent = label;
  b.addEventListener('click', () => onClick(b));
  return b;
}

/** Copies the link of the paragraph that `link` numbers and shows its actions below it. */
export async function showParagraphActions(link: HTMLAnchorElement): Promise<void> {
  const paragraph = link.closest<HTMLElement>('p[id]');
  if (!paragraph) return;
  const n = Number(paragraph.id.slice(1));
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
  const url = `${canonical.split('#')[0]}#${paragraph.id}`;

  document.querySelectorAll('.para-actions').forEach((el) => el.remove());
  const actions = document.createElement('div');
  actions.className = 'para-actions';
  actions.setAttribute('role', 'group');
  actions.setAttribute('aria-label', `Paragraph ${n}`);
  const copied = document.createElement('span');
  copied.className = 'para-actions__done';
  actions.append(
    button('Copy link', () => void copy(url, `Link to paragraph ${n} copied.`)),
    button('Copy citation', () => {
      const citation = citationFor(n);
      if (citation) void copy(citation, `Citation of paragraph ${n} copied.`);
    }),
    copied,
  );
  paragraph.after(actions);
  if (await copy(url, `Link to paragraph ${n} copied.`)) copied.textContent = `Link to ¶${n} copied`;
  actions.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      actions.remove();
      link.focus();
    }
  });
}
