/**
 * The contract for a subject file (`content/subjects/<id>.yaml`): one person, organisation,
 * law or policy, case, theme or place of the cross-round index. The file name is the id that
 * rounds' `raised[].subject.id` names. Every field says what is expected when it fails.
 */
import { z } from 'astro/zod';
import { SUBJECT_KINDS } from './subject-kinds.ts';

const expected = (what: string) => ({ error: `expected ${what}` });
const OUR_WORDS = 'a phrase in the archive’s own words';

export { SUBJECT_KINDS };

/** A subject of the index. */
export const subjectSchema = z.strictObject(
  {
    /** The name readers know it by, in its usual English spelling: "Sergei Magnitsky". */
    name: z.string(expected('the subject’s name')).trim().min(1, expected('the subject’s name')),
    /** What it is: a person, an organisation, a law or policy, a case, a theme or a place. */
    kind: z.enum(SUBJECT_KINDS, expected('one of person, organisation, law, case, theme, place')),
    /**
     * Other names it is searched and written by: spellings and transliterations ("Magnitskiy"),
     * names in Russian Cyrillic ("Магнитский"), common names ("foreign agents law"). Unique across
     * all subjects; matched in the releases' paragraphs without regard to case or accents.
     */
    aliases: z
      .array(z.string(expected('a name')).trim().min(1, expected('a name')), expected('a list of names'))
      .default([]),
    /** Ids of related subjects: Nadezhda Tolokonnikova and the Bolotnaya case, GOLOS and the foreign agents law. */
    related: z.array(z.string(expected('a subject id')), expected('a list of subject ids')).default([]),
    /** One sentence in our own words saying what or who it is. */
    description: z.string(expected(OUR_WORDS)).trim().min(1, expected(OUR_WORDS)),
    /** The subject for the Russian pages: its usual Russian name and the description in Russian. */
    ru: z.strictObject(
      {
        /** The name as Russian writes it: "Сергей Магнитский", "закон об «иностранных агентах»". */
        name: z.string(expected('the name in Russian')).trim().min(1, expected('the name in Russian')),
        description: z
          .string(expected(`${OUR_WORDS}, in Russian`))
          .trim()
          .min(1, expected(`${OUR_WORDS}, in Russian`)),
      },
      expected('an object with the fields name and description, in Russian'),
    ),
  },
  expected('only the fields name, kind, aliases, related, description and ru'),
);

export type SubjectData = z.infer<typeof subjectSchema>;

/** A subject with its id (its file name). */
export interface SubjectRecord {
  id: string;
  data: SubjectData;
}

/** Every name a subject is written by in English texts, its own first: [name, ...aliases]. The one list the mentions, checks and index use. */
export const subjectNames = (subject: Pick<SubjectRecord, 'data'>): string[] => [
  subject.data.name,
  ...subject.data.aliases,
];
