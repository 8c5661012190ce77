/** The words of a round's link-preview image, in the page's language. Pure. */
import type { RoundRecord } from '../record/round-schema.ts';
import type { PageLanguage } from '../i18n/index.ts';
import type { SocialCardText } from '../publish/social-card.ts';
import { toRoundSummary } from './round-summary.ts';

/** "EU–Russia Human Rights Consultations Archive", "18th round", "28 November 2013 · Brussels", … */
export function getSocialCardText(round: RoundRecord, language: PageLanguage): SocialCardText {
  const { t } = language;
  const summary = toRoundSummary(round, language);
  return {
    siteName: t.siteName,
    heading: t.consultations,
    label: summary.label,
    details: t.social.details(summary.displayDate, summary.place),
    status: summary.hasText ? t.social.withText : t.social.withoutText,
  };
}
