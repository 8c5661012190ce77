/** Round records for unit tests, built through the real schema from frontmatter as a file would hold it. */
import { roundSchema, type RoundData, type RoundRecord } from '../../src/record/round-schema.ts';

/** A source every test round can cite. */
export const FIXTURE_SOURCE = {
  id: 'fixture-release',
  kind: 'council',
  publisher: 'Fixture Council',
  description: 'The fixture release',
  language: 'en',
};

/**
 * Parses a round's frontmatter with the schema: a date written as in YAML ('2001-03-01',
 * '2008-10', '2007-10-03?'), an official release and one source by default; `extra` overrides.
 */
export function makeRoundData(round: number, date: string, extra: Record<string, unknown> = {}): RoundData {
  return roundSchema.parse({
    round,
    date,
    summary: `Summary ${round}.`,
    source: { issuer: 'Fixture Council', url: `http://example.org/${round}.pdf`, format: 'PDF' },
    sources: [FIXTURE_SOURCE],
    attested: { date: ['fixture-release'], ...('place' in extra ? { place: ['fixture-release'] } : {}) },
    ru: { summary: `Описание ${round}.`, issuer: 'Тестовый совет', sources: { 'fixture-release': 'Тестовый релиз' } },
    ...extra,
  });
}

/** A round record (data and whether the archive holds its text). */
export function makeRound(
  round: number,
  date: string,
  extra: Record<string, unknown> = {},
  hasText = false,
): RoundRecord {
  return { hasText, data: makeRoundData(round, date, extra) };
}

/**
 * Two rounds for page-data tests: the 1st (public record only) and the 2nd, whose release text
 * the archive holds, with a place, a title, the next round's timing and the 1st in its list.
 */
export function twoRounds() {
  const first = makeRound(1, '2001-03-01');
  const second = makeRound(
    2,
    '2001-09-08',
    {
      place: 'Lisbon',
      title: 'Fixture title',
      nextExpected: 'spring 2002',
      previous: [{ round: 1, date: new Date('2001-03-01T00:00:00Z'), url: 'http://example.org/1.pdf' }],
    },
    true,
  );
  return [first, second] as const;
}
