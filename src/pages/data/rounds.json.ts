import type { APIRoute } from 'astro';
import { getRounds } from '../../record/rounds.ts';
import { roundsJsonFile, toResponse } from '../../views/open-data-files.ts';

/** /data/rounds.json (views/open-data-files.ts). */
export const GET: APIRoute = async ({ locals: { language } }) =>
  toResponse(roundsJsonFile(await getRounds(), language));
