/**
 * What the page shows around each numbered paragraph of a release, in the page's language: the
 * paragraph's search title, its ¶ link's name, and the subjects it names ("Named here"), linked,
 * with their other names for search only. The release's own words are never touched: they stay
 * English, verbatim. The subjects named are the round's mentions (record/mentions.ts, found in
 * the paragraphs' normalised text), the same the index, the open data and the checks use. Pure.
 */
import type { RoundParagraph } from '../record/paragraphs.ts';
import type { Mention } from '../record/mentions.ts';
import { foldText } from '../record/mentions.ts';
import { subjectNames, type SubjectRecord } from '../record/subject-schema.ts';
import type { RoundDate } from '../record/round-date.ts';
import { formatRoundDate } from '../format/dates.ts';
import { subjectPath } from '../format/urls.ts';
import { groupByScript } from '../i18n/scripts.ts';
import type { PageLanguage } from '../i18n/index.ts';
import { subjectName } from './subject-names.ts';

/** One numbered paragraph's surroundings. */
export interface ReleaseParagraph {
  /** The paragraph's name in search results and citations: "18th round · 28 November 2013 · ¶6". */
  title: string;
  /** The ¶ link's accessible name: "Paragraph 6". */
  linkLabel: string;
  /** The subjects it names, in the page's language, each linked to its page. */
  named: { name: string; href: string }[];
  /** Their other names the paragraph does not already use, by script, for search only. */
  searchNames: { lang: 'en' | 'ru'; text: string }[];
}

/** Everything the paragraphs of a release need on a page, by paragraph number. */
export interface ReleaseText {
  /** The language the words around the release are in, where it is not the release's English. */
  lang: string | undefined;
  namedHere: string;
  paragraphs: ReadonlyMap<number, ReleaseParagraph>;
}

/** The surroundings of every numbered paragraph of a round's release. */
export function getReleaseText(
  round: { round: number; date: RoundDate; paragraphs: readonly RoundParagraph[]; mentions: readonly Mention[] },
  subjects: readonly SubjectRecord[],
  language: PageLanguage,
): ReleaseText {
  const { t, locale, urlFor } = language;
  const byId = new Map(subjects.map((s) => [s.id, s]));
  const date = formatRoundDate(round.date, language);
  return {
    lang: locale === 'en' ? undefined : locale,
    namedHere: t.release.namedHere,
    paragraphs: new Map(
      round.paragraphs.map((paragraph) => {
        const named = round.mentions
          .filter((m) => m.paragraph === paragraph.number)
          .flatMap((m) => byId.get(m.subject) ?? []);
        // Only the names the paragraph does not already use: repeating its own words would weigh them twice in search.
        const folded = foldText(paragraph.text);
        const unused = named
          .flatMap((s) => subjectNames(s).slice(1))
          .filter((name) => !folded.includes(foldText(name)));
        return [
          paragraph.number,
          {
            title: t.release.paragraphTitle(round.round, date, paragraph.number),
            linkLabel: t.release.paragraphLabel(paragraph.number),
            named: named.map((s) => ({ name: subjectName(s, locale), href: urlFor(subjectPath(s.id)) })),
            searchNames: groupByScript(unused).map((group) => ({ lang: group.lang, text: group.names.join(', ') })),
          },
        ];
      }),
    ),
  };
}
