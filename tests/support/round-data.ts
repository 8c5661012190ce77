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
