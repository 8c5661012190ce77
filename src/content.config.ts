/** Content collections. The schema and its field documentation live in src/record/round-schema.ts. */
import { defineCollection } from 'astro:content';
import { roundSchema } from './record/round-schema.ts';
import { roundsLoader } from './record/rounds-loader.ts';

const rounds = defineCollection({
  loader: roundsLoader({ base: './content/rounds' }),
  schema: roundSchema,
});

export const collections = { rounds };
