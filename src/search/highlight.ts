/**
 * On a round page reached from a search result (`?highlight=magnitsky#p6`), marks the searched
 * words in the release text and keeps the linked paragraph in view.
 */
import { findTermRanges } from './highlight-terms.ts';
import { searchTerms } from './search-state.ts';

const terms = searchTerms(new URLSearchParams(location.search).getAll('highlight').join(' '));
const scope = document.querySelector('.round');

if (scope && terms.length) {
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.para-link, mark, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const textNodes: Text[] = [];
  while (walker.nextNode()) textNodes.push(walker.currentNode as Text);
  for (const node of textNodes) {
    const ranges = findTermRanges(node.data, terms);
    // Wrap from the end so earlier offsets stay valid.
    for (const [start, end] of ranges.reverse()) {
      const word = node.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      word.replaceWith(mark);
      mark.append(word);
    }
  }
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const box = target?.getBoundingClientRect();
  if (target && box && (box.top < 0 || box.top > innerHeight)) target.scrollIntoView({ block: 'start' });
}
