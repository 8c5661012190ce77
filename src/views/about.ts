/** Page data of /about/: what the archive holds, how rounds are numbered, and a worked citation. */
import type { RoundParagraph } from '../record/paragraphs.ts';
import type { RoundRecord } from '../record/round-schema.ts';
import { formatRoundDate } from '../format/dates.ts';
import { formatOrdinal } from '../format/ordinals.ts';
import { roundPath } from '../format/urls.ts';
import { formatCitation } from '../publish/citation.ts';
import { getRoundListing, type RoundSummary } from './round-page.ts';

const list = new Intl.ListFormat('en-GB', { type: 'conjunction' });

interface AboutInput extends RoundRecord {
  paragraphs: readonly RoundParagraph[];
}

export interface AboutPageData {
  withText: RoundSummary[];
  /** Rounds whose official release is known but whose text the archive does not hold. */
  withRelease: RoundSummary[];
  /** Rounds known only from public sources, newest first. */
  recordOnly: RoundSummary[];
  /** How the archive numbers rounds that a release lists by date only, shown on the newest such release. */
  numberingExample: { release: RoundSummary; listedDates: string; listedRounds: string } | undefined;
  /** A paragraph citation of the newest round with text, and that round's data file. */
  citationExample: string | undefined;
  dataFileExample: { href: string; label: string } | undefined;
}

/** Everything /about/ shows, from all rounds (oldest first or in any order). */
export function getAboutPageData(
  rounds: readonly AboutInput[],
  urlFor: (path: string) => string,
  absoluteUrlFor: (path: string) => string,
): AboutPageData {
  const listing = getRoundListing(rounds, urlFor);
  const newestFirst = [...rounds].sort((a, b) => b.data.round - a.data.round);
  const example = newestFirst.find((r) => r.hasText);
  const lister = newestFirst.find((r) => r.data.previous.length > 0);
  const dataPath = example ? `/rounds/${example.data.round}.json` : undefined;
  return {
    withText: listing.filter((r) => r.holding === 'text'),
    withRelease: listing.filter((r) => r.holding === 'release'),
    recordOnly: listing.filter((r) => r.holding === 'record'),
    numberingExample: lister && {
      release: listing.find((r) => r.round === lister.data.round)!,
      listedDates: list.format(lister.data.previous.map((p) => formatRoundDate(p.date))),
      listedRounds: list.format(lister.data.previous.map((p) => formatOrdinal(p.round))),
    },
    citationExample:
      example &&
      formatCitation(example.data, absoluteUrlFor(roundPath(example.data.round)), {
        paragraph: Math.min(6, example.paragraphs.length),
      }),
    dataFileExample: dataPath ? { href: urlFor(dataPath), label: dataPath } : undefined,
  };
}
