import type { APIRoute } from 'astro';
import { roundsSchemaFile, toResponse } from '../../views/open-data-files.ts';

/** /data/rounds.schema.json (views/open-data-files.ts). */
export const GET: APIRoute = ({ locals: { language } }) => toResponse(roundsSchemaFile(language));
