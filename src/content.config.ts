/** Content collections. The schema and its field documentation live in src/lib/round-schema.ts. */
import { defineCollection } from 'astro:content';
import { roundSchema } from './lib/round-schema.ts';
import { roundsLoader } from './lib/rounds-loader.ts';

const rounds = defineCollection({
  loader: roundsLoader({ base: './content/rounds' }),
  schema: roundSchema,
});

export const collections = { rounds };
