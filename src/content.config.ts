/** Content collections. The schemas and their field documentation live in src/record/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { aboutSchema } from './record/about-schema.ts';
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

/** The about page's prose, one MDX file per language (about-schema.ts). */
const about = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/about' }),
  schema: aboutSchema,
});

export const collections = { rounds, subjects, about };
