import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { getRounds } from '../../../../record/rounds.ts';
import { toRoundSummary } from '../../../../views/round-summary.ts';
import { pathsInEveryLanguage } from '../../../../site.ts';
import type { SocialCardText } from '../../../../publish/social-card.ts';
import { ensureSocialImages } from '../../../../publish/social-images.ts';
// The code that shapes the picture, as text: a change to it changes every image's cache key.
import cardSource from '../../../../publish/social-card.ts?raw';
import drawSource from '../../../../publish/social-images.ts?raw';

/**
 * /rounds/<n>/og.png (and /ru/rounds/<n>/og.png): the round's social preview in the page's
 * language, drawn at build time with fonts from npm packages (Latin and Cyrillic subsets).
 */
const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
const FONTS = ['latin', 'cyrillic'].flatMap((subset) => [
  {
    name: 'Noto Sans',
    data: font('@fontsource/noto-sans', `noto-sans-${subset}-400-normal.woff`),
    weight: 400 as const,
  },
  {
    name: 'Noto Sans',
    data: font('@fontsource/noto-sans', `noto-sans-${subset}-700-normal.woff`),
    weight: 700 as const,
  },
  {
    name: 'Source Serif 4',
    data: font('@fontsource/source-serif-4', `source-serif-4-${subset}-700-normal.woff`),
    weight: 700 as const,
  },
]);
const version = (pkg: string) =>
  (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/**
 * Where images are kept between builds: node_modules/.cache, which hosts' build caches keep and
 * `git clean` leaves alone; SOCIAL_IMAGE_CACHE moves it (the benchmark keeps its own).
 */
const CACHE_DIR = resolve(process.env.SOCIAL_IMAGE_CACHE ?? 'node_modules/.cache/hr-archive/social-images');

export async function getStaticPaths() {
  const rounds = await getRounds();
  const pages = pathsInEveryLanguage((language) => {
    const { t } = language;
    return rounds.map((round) => {
      const summary = toRoundSummary(round, language);
      const card: SocialCardText = {
        siteName: t.siteName,
        heading: t.consultations,
        label: summary.label,
        details: t.social.details(summary.displayDate, summary.place),
        status: summary.hasText ? t.social.withText : t.social.withoutText,
      };
      return { params: { round: String(round.data.round) }, props: { card } };
    });
  });
  const cards = pages.map((page) => page.props.card);
  const start = performance.now();
  const { files, drawn } = await ensureSocialImages(cards, {
    fonts: FONTS,
    cacheDir: CACHE_DIR,
    codeVersion: [cardSource, drawSource, `satori@${version('satori')}`, `resvg@${version('@resvg/resvg-js')}`].join(
      '\0',
    ),
    parallel: availableParallelism() + 1,
  });
  // One line the benchmark reads: how many images this build drew and how many it reused.
  console.log(
    `[social-images] drawn ${drawn}, reused ${files.length - drawn} in ${Math.round(performance.now() - start)} ms`,
  );
  return pages.map((page, i) => ({ params: page.params, props: { file: files[i]! } }));
}

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(props.file)), { headers: { 'Content-Type': 'image/png' } });
