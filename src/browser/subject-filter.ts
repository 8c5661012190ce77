/**
 * <subject-filter>: the filter box above the subjects list (shown wherever scripts run, see
 * `needs-js` in base.css) hides the subjects whose names and other names do not contain what is
 * typed (accents and case ignored), and the kinds left empty. Loaded by enhance-page.ts only on the subjects page.
 */
import { browserWords } from '../i18n/browser-words.ts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function enhanceSubjectFilter(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('.subject-filter');
  const input = root.querySelector<HTMLInputElement>('input');
  const status = root.querySelector<HTMLElement>('.subject-filter__status');
  if (!box || !input || !status) return;
  const items = [...root.querySelectorAll<HTMLElement>('li[data-names]')];
  const update = () => {
    const query = fold(input.value.trim());
    let shown = 0;
    for (const item of items) {
      const match = !query || fold(item.dataset.names ?? '').includes(query);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of root.querySelectorAll<HTMLElement>('.subject-group')) {
      group.hidden = !group.querySelector('li:not([hidden])');
    }
    status.textContent = query ? browserWords().subjectsShown(shown, items.length) : '';
  };
  input.addEventListener('input', update);
  // What was typed before this code arrived is filtered too.
  if (input.value) update();
}
