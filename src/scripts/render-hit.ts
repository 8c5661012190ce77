/** Builds the DOM for one search hit, shared by the header dropdown and the search page. */
import { formatHitTitle, type SearchHit } from '../lib/search-results.ts';

/**
 * Copies Pagefind's excerpt into `target` keeping only text and <mark>: the excerpt is HTML,
 * but nothing else from it reaches the page.
 */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  const doc = new DOMParser().parseFromString(`<p>${excerptHtml}</p>`, 'text/html');
  for (const node of doc.body.firstChild?.childNodes ?? []) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/** A hit as a link with its heading and excerpt. */
export function renderHit(hit: SearchHit, { id }: { id?: string } = {}): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'hit';
  link.href = hit.url;
  if (id) link.id = id;
  const title = document.createElement('span');
  title.className = 'hit__title';
  title.textContent = formatHitTitle(hit);
  const excerpt = document.createElement('span');
  excerpt.className = 'hit__excerpt';
  appendExcerpt(excerpt, hit.excerpt);
  link.append(title, excerpt);
  if (!hit.hasText) {
    const status = document.createElement('span');
    status.className = 'hit__status';
    status.textContent = 'Source only: the archive links the official release';
    link.append(status);
  }
  return link;
}
