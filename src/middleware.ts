/**
 * Route data computed once per page, as Starlight does (`Astro.locals.starlightRoute`): the page's
 * language, with its words, formats and links. Pages and components read `Astro.locals.language`
 * and never derive it again.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageLanguage } from './site.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.language = pageLanguage(context.currentLocale);
  return next();
});
