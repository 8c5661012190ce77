/** A subject's name in a page's language: its usual English spelling, or its Russian name. */
import type { SubjectRecord } from '../record/subject-schema.ts';
import type { Locale } from '../i18n/locales.ts';

/** ("sergei-magnitsky", 'ru') -> "Сергей Магнитский"; ('en') -> "Sergei Magnitsky". */
export function subjectName(subject: Pick<SubjectRecord, 'data'>, locale: Locale): string {
  return locale === 'ru' ? subject.data.ru.name : subject.data.name;
}

/** The description in the page's language. */
export function subjectDescription(subject: Pick<SubjectRecord, 'data'>, locale: Locale): string {
  return locale === 'ru' ? subject.data.ru.description : subject.data.description;
}
