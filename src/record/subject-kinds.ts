/**
 * The kinds of subject in the cross-round index and what lists call them. No dependencies: the
 * browser's search code reads the kinds too.
 */

export const SUBJECT_KINDS = ['person', 'organisation', 'law', 'case', 'theme', 'place'] as const;

export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** What a group of subjects of one kind is called: person -> "People". */
export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  law: 'Laws and policies',
  case: 'Cases',
  theme: 'Themes',
  place: 'Places',
};
