import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { matrixCsvFile, toResponse } from '../../views/open-data-files.ts';

/** /subjects/matrix.csv (views/open-data-files.ts). */
export const GET: APIRoute = async ({ locals: { language } }) =>
  toResponse(matrixCsvFile(await getSubjects(), await getRounds(), language));
