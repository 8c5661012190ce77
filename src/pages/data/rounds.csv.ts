import type { APIRoute } from 'astro';
import { getRounds } from '../../record/rounds.ts';
import { roundsCsvFile, toResponse } from '../../views/open-data-files.ts';

/** /data/rounds.csv (views/open-data-files.ts). */
export const GET: APIRoute = async ({ locals: { language } }) => toResponse(roundsCsvFile(await getRounds(), language));
