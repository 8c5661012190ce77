/** Content collections. The schemas and their field documentation live in src/record/. */
import { defineCollection } from 'astro:content';
import { roundSchema } from './record/round-schema.ts';
import { roundsLoader } from './record/rounds-loader.ts';
import { subjectSchema } from './record/subject-schema.ts';
import { subjectsLoader } from './record/subjects-loader.ts';

const rounds = defineCollection({
  loader: roundsLoader({ base: './content/rounds', subjectsBase: './content/subjects' }),
  schema: roundSchema,
});

const subjects = defineCollection({
  loader: subjectsLoader({ base: './content/subjects', roundsBase: './content/rounds' }),
  schema: subjectSchema,
});

export const collections = { rounds, subjects };
