/**
 * Corrections of the record, as pages show them: on a round's page its own, on /corrections/
 * every one, newest first. Pure: rounds and a language in, page data out.
 */
import type { RoundData } from '../record/round-schema.ts';
import { formatRoundDate, toIsoDate } from '../format/dates.ts';
import { roundPath } from '../format/urls.ts';
import type { PageLanguage } from '../i18n/index.ts';

/** One correction, in the page's language. */
export interface CorrectionEntry {
  /** Its fragment id on the round page: "correction-1" for the round's first. */
  id: string;
  round: number;
  /** "17th round", linked to the correction on the round page. */
  roundLabel: string;
  href: string;
  isoDate: string;
  displayDate: string;
  changed: string;
  why: string;
}

/** A round's corrections, oldest first, each linked at its place on the round page. */
export function getRoundCorrections(data: RoundData, language: PageLanguage): CorrectionEntry[] {
  const { t } = language;
  return data.corrections.map((c, i) => ({
    id: `correction-${i + 1}`,
    round: data.round,
    roundLabel: t.round.label(data.round),
    href: `${language.urlFor(roundPath(data.round))}#correction-${i + 1}`,
    isoDate: toIsoDate(c.date),
    displayDate: formatRoundDate(c.date, language),
    changed: language.locale === 'ru' ? c.ru.changed : c.changed,
    why: language.locale === 'ru' ? c.ru.why : c.why,
  }));
}

/** Every correction of the record, newest first; on one day, by round. */
export function getAllCorrections(rounds: readonly { data: RoundData }[], language: PageLanguage): CorrectionEntry[] {
  return rounds
    .flatMap((r) => getRoundCorrections(r.data, language))
    .sort((a, b) => b.isoDate.localeCompare(a.isoDate) || a.round - b.round || a.id.localeCompare(b.id));
}
