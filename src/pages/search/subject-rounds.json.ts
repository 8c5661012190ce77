import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { getSubjectRounds } from '../../views/search.ts';

/** /search/subject-rounds.json: the rounds about each subject, for the search's subject filter (views/search.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(getSubjectRounds(await getSubjects(), await getRounds())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
