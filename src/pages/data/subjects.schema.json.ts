import type { APIRoute } from 'astro';
import { subjectsSchemaFile, toResponse } from '../../views/open-data-files.ts';

/** /data/subjects.schema.json (views/open-data-files.ts). */
export const GET: APIRoute = ({ locals: { language } }) => toResponse(subjectsSchemaFile(language));
