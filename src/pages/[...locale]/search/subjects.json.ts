/**
 * /search/subjects.json (and /ru/search/subjects.json): every subject's names, for the search's
 * "Did you mean …?" and the subjects filter's forgiveness; fetched only when a query needs it.
 */
import type { APIRoute } from 'astro';
import transliterate from '@sindresorhus/transliterate';
import { getSubjects } from '../../../record/rounds.ts';
import { getSubjectSuggestions } from '../../../views/search.ts';
import { localePaths } from '../../../site.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ locals: { language } }) =>
  new Response(JSON.stringify(getSubjectSuggestions(await getSubjects(), language, transliterate)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
