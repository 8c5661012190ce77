/**
 * <subject-filter>: the filter box above the subjects list (shown wherever scripts run, see
 * `needs-js` in base.css) hides the subjects whose names and other names do not contain what is
 * typed (accents and case ignored), and the kinds left empty. When nothing contains it, the
 * subjects whose names are close to it are shown instead ("Politkovskaia" keeps Anna
 * Politkovskaya), matched by src/search/fuzzy-subjects.ts, which is loaded only then.
 * Loaded by enhance-page.ts only on the subjects page.
 */
import { browserWords } from '../i18n/browser-words.ts';
import fuzzySubjectsUrl from '../search/fuzzy-subjects.ts?lazy-module';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function enhanceSubjectFilter(root: HTMLElement): void {
  const box = root.querySelector<HTMLElement>('.subject-filter');
  const input = root.querySelector<HTMLInputElement>('input');
  const status = root.querySelector<HTMLElement>('.subject-filter__status');
  if (!box || !input || !status) return;
  const items = [...root.querySelectorAll<HTMLElement>('li[data-names]')];
  let closeTo: Promise<(query: string) => HTMLElement[]> | undefined;
  const update = async () => {
    const query = fold(input.value.trim());
    let matches = items.filter((item) => !query || fold(item.dataset.names ?? '').includes(query));
    if (!matches.length && query.length >= 3) {
      closeTo ??= (
        import(/* @vite-ignore */ fuzzySubjectsUrl) as Promise<typeof import('../search/fuzzy-subjects.ts')>
      ).then(({ createSubjectMatcher }) => {
        const match = createSubjectMatcher(
          items.map((item) => ({ item, id: '', names: (item.dataset.names ?? '').split('|') })),
        );
        return (q: string) => match(q, 3).map((s) => s.item);
      });
      const close = await closeTo;
      // A newer keystroke has filtered the list meanwhile.
      if (fold(input.value.trim()) !== query) return;
      matches = close(query);
    }
    for (const item of items) item.hidden = !matches.includes(item);
    const shown = matches.length;
    for (const group of root.querySelectorAll<HTMLElement>('.subject-group')) {
      group.hidden = !group.querySelector('li:not([hidden])');
    }
    status.textContent = query ? browserWords().subjectsShown(shown, items.length) : '';
  };
  input.addEventListener('input', () => void update());
  // What was typed before this code arrived is filtered too.
  if (input.value) void update();
}
