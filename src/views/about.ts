/** Page data of /about/: what the archive holds, how rounds are numbered, and a worked citation. */
import type { RoundParagraph } from '../record/paragraphs.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { formatRoundDate } from '../format/dates.ts';
import { roundDataPath, roundPath } from '../format/urls.ts';
import { formatCitation } from '../publish/citation.ts';
import { getRoundListing, type RoundSummary } from './round-summary.ts';
import type { PageLanguage } from '../i18n/index.ts';

interface AboutInput extends RoundRecord {
  paragraphs: readonly RoundParagraph[];
}

/**
 * Rounds of one holding as the page names them: each by name while they are few (`limit`), else
 * their number and the first and last. Newest first.
 */
export interface RoundGroup {
  count: number;
  /** Every round of the group, or none when there are more than the limit. */
  named: RoundSummary[];
  newest: RoundSummary | undefined;
  oldest: RoundSummary | undefined;
}

const toGroup = (rounds: RoundSummary[], limit: number): RoundGroup => ({
  count: rounds.length,
  named: rounds.length <= limit ? rounds : [],
  newest: rounds[0],
  oldest: rounds.at(-1),
});

export interface AboutPageData {
  withText: RoundGroup;
  /** Rounds whose official release is known but whose text the archive does not hold. */
  withRelease: RoundGroup;
  /** Rounds known only from public sources, newest first. */
  recordOnly: RoundGroup;
  /** How the archive numbers rounds that a release lists by date only, shown on the newest such release. */
  numberingExample: { release: RoundSummary; listedDates: string; listedRounds: string } | undefined;
  /** What the record spans: how many rounds, the oldest and the newest, the places it names (oldest first). */
  extent: { count: number; oldest: RoundSummary; newest: RoundSummary; places: string } | undefined;
  /** The round the release of the newest round expected next, in the release's words: "spring 2014". */
  nextExpected: string | undefined;
  /** A paragraph citation of the newest round with text, and that round's data file. */
  citationExample: string | undefined;
  dataFileExample: { href: string; label: string } | undefined;
}

/** Everything /about/ shows, from all rounds (oldest first or in any order). */
export function getAboutPageData(
  rounds: readonly AboutInput[],
  {
    limit,
    language,
    citationUrlFor,
  }: {
    limit: number;
    language: PageLanguage;
    /** Absolute links as citations give them: to the English page, which a citation names. */
    citationUrlFor: (path: string) => string;
  },
): AboutPageData {
  const list = new Intl.ListFormat(language.intl, { type: 'conjunction' });
  const listing = getRoundListing(rounds, language);
  const newestFirst = [...rounds].sort((a, b) => b.data.round - a.data.round);
  const example = newestFirst.find((r) => r.hasText);
  const lister = newestFirst.find((r) => r.data.previous.length > 0);
  const dataPath = example ? roundDataPath(example.data.round) : undefined;
  const places = [...new Set([...listing].reverse().flatMap((r) => r.place ?? []))];
  return {
    extent: listing.length
      ? { count: listing.length, oldest: listing.at(-1)!, newest: listing[0]!, places: list.format(places) }
      : undefined,
    nextExpected: newestFirst[0]?.data.nextExpected,
    withText: toGroup(
      listing.filter((r) => r.holding === 'text'),
      limit,
    ),
    withRelease: toGroup(
      listing.filter((r) => r.holding === 'release'),
      limit,
    ),
    recordOnly: toGroup(
      listing.filter((r) => r.holding === 'record'),
      limit,
    ),
    numberingExample: lister && {
      release: listing.find((r) => r.round === lister.data.round)!,
      listedDates: list.format(lister.data.previous.map((p) => formatRoundDate(p.date, language))),
      listedRounds: list.format(lister.data.previous.map((p) => language.t.round.ordinal(p.round))),
    },
    citationExample:
      example &&
      formatCitation(example.data, citationUrlFor(roundPath(example.data.round)), {
        paragraph: Math.min(6, example.paragraphs.length),
      }),
    dataFileExample: dataPath ? { href: language.urlFor(dataPath), label: dataPath } : undefined,
  };
}
