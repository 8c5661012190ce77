import type { APIRoute } from 'astro';
import { getRounds, getSubjects } from '../../record/rounds.ts';
import { accountsCsvFile, toResponse } from '../../views/open-data-files.ts';

/** /subjects/accounts.csv (views/open-data-files.ts). */
export const GET: APIRoute = async () => toResponse(accountsCsvFile(await getSubjects(), await getRounds()));
