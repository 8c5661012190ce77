/** Builds the DOM for search hits, shared by the header dropdown and the search page. */
import { formatHitTitle, type SearchHit } from './search-results.ts';

/**
 * Copies Pagefind's excerpt into `target` keeping only text and <mark>: the excerpt is HTML,
 * but nothing else from it reaches the page.
 */
function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
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

/** Adds a hit's heading ("18th round · 28 November 2013 · ¶6"), excerpt and, if need be, status to `target`. */
export function appendHitContent(target: HTMLElement, hit: SearchHit): void {
  const title = document.createElement('span');
  title.className = 'hit__title';
  title.textContent = formatHitTitle(hit);
  const excerpt = document.createElement('span');
  excerpt.className = 'hit__excerpt';
  appendExcerpt(excerpt, hit.excerpt);
  target.append(title, excerpt);
  if (hit.status) {
    const status = document.createElement('span');
    status.className = 'hit__status';
    status.textContent = hit.status;
    target.append(status);
  }
}

/** A hit as a link, for the search page's result list. */
export function renderHit(hit: SearchHit): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = 'hit';
  link.dataset.kind = hit.kind ?? 'round';
  link.href = hit.url;
  appendHitContent(link, hit);
  return link;
}
