/**
 * A synthetic archive of N rounds for the benchmark: a week apart from January 2005, about seven
 * paragraphs each, every round with its own rare word and the common word "rights", raising two
 * of the archive's subjects and naming them in its text. Deterministic: the same N gives the same
 * files, so two benchmark runs compare like with like. Never written into the real content/.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readSubjectFolder } from '../../src/record/subject-folder.ts';
import { toIsoDate } from '../../src/format/dates.ts';

const WEEK = 7 * 86_400_000;
const START = Date.UTC(2005, 0, 7);

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'vas', 'zel', 'dor', 'pia', 'quen', 'shu', 'bri'];
const FILLER = [
  'The delegations discussed the protection of human rights defenders and the independence of the courts.',
  'Both sides reviewed the rights of persons belonging to minorities and the situation of civil society.',
  'The European Union raised its concern about freedom of expression, of assembly and of association.',
  'The Russian side presented recent legislation and its view of the rights of migrants in the Union.',
  'The parties agreed to continue the consultations and to hold the next round in the coming months.',
  'They exchanged views on cooperation within the Council of Europe and the United Nations.',
];

/** A made-up word only round `n` contains ("kalomi…"): what a rare-word search finds. */
export function rareWordOf(n: number): string {
  let word = 'zy';
  for (let rest = n; word.length < 4 || rest > 0; rest = Math.floor(rest / SYLLABLES.length))
    word += SYLLABLES[rest % SYLLABLES.length];
  return word;
}

/** The word every synthetic round contains, many times. */
export const COMMON_WORD = 'rights';

/**
 * Replaces `<root>/content/rounds` with `count` synthetic rounds that use the subjects in
 * `<root>/content/subjects`. Needs at least as many rounds as half the subjects, so each appears.
 */
export function writeSyntheticRounds(root: string, count: number): void {
  const subjectsDir = join(root, 'content/subjects');
  const { subjects } = readSubjectFolder(subjectsDir, root);
  if (count * 2 < subjects.length)
    throw new Error(
      `synthetic archive: ${count} rounds cannot raise all ${subjects.length} subjects (need ≥ ${Math.ceil(subjects.length / 2)})`,
    );
  const dir = join(root, 'content/rounds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= count; n++) {
    const date = toIsoDate(new Date(START + (n - 1) * WEEK));
    const raised = [subjects[(2 * n) % subjects.length]!, subjects[(2 * n + 1) % subjects.length]!];
    const frontmatter = {
      round: n,
      date,
      place: n % 2 ? 'Brussels' : 'Moscow',
      title: `Synthetic release of round ${n}`,
      summary: `Synthetic round ${n} of the benchmark archive, held on ${date}.`,
      source: { issuer: 'Benchmark Council', url: `https://example.org/releases/${n}.pdf`, format: 'PDF' },
      sources: [
        {
          id: 'release',
          kind: 'council',
          publisher: 'Benchmark Council',
          description: 'The synthetic release',
          url: `https://example.org/releases/${n}.pdf`,
          language: 'en',
          textInArchive: true,
        },
      ],
      attested: { date: ['release'], place: ['release'] },
      // Every release looks ahead, so the ledger of announcements has an entry per round.
      nextExpected: 'the coming months',
      raised: raised.map((s) => ({
        label: s.data.name,
        subjects: [s.id],
        by: 'eu',
        sources: [{ source: 'release', paragraph: FILLER.slice(0, 3 + (n % 4)).length + 2, words: s.data.name }],
      })),
      ru: {
        summary: `Синтетический раунд ${n} архива для замеров, ${date}.`,
        issuer: 'Совет для замеров',
        place: n % 2 ? 'Брюссель' : 'Москва',
        sources: { release: 'Синтетический релиз' },
        raised: raised.map((s) => s.data.ru.name),
      },
    };
    const paragraphs = [
      `On ${date}, the parties held round ${n} of their consultations on human rights, a meeting the release calls ${rareWordOf(n)}.`,
      ...FILLER.slice(0, 3 + (n % 4)),
      `The European Union raised the cases of ${raised[0]!.data.name} and ${raised[1]!.data.name}.`,
    ];
    writeFileSync(
      join(dir, `${n}.mdx`),
      `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  const written = readdirSync(dir).length;
  if (written !== count) throw new Error(`synthetic archive: wrote ${written} files, expected ${count}`);
}
