/**
 * The kinds of subject in the cross-round index (their names are in the dictionaries, src/i18n/).
 * No dependencies: the browser's search code reads the kinds too.
 */

export const SUBJECT_KINDS = ['person', 'organisation', 'law', 'case', 'theme', 'place'] as const;

export type SubjectKind = (typeof SUBJECT_KINDS)[number];
