/**
 * The about texts: one file per language, content/about/<locale>.mdx (en.mdx, ru.mdx). Unlike a
 * round's body, which is received text and may hold no code (body-check.ts), an about text is
 * the archive's own prose and may use the components of src/components/about/index.ts, which
 * compute from the record every sentence that names what the archive holds today.
 */
import { z } from 'astro/zod';

export const aboutSchema = z
  .object({
    /** The page's title and its one <h1>'s words: "About the archive". */
    title: z.string().min(1),
    /** The page's description for search engines and link previews, one sentence. */
    description: z.string().min(1),
  })
  .strict();
