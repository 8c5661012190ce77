import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { subjectsJsonFile, toResponse } from '../../views/open-data-files.ts';

/** /data/subjects.json (views/open-data-files.ts). */
export const GET: APIRoute = async ({ locals: { language } }) =>
  toResponse(subjectsJsonFile(await getSubjects(), await getRounds(), language));
