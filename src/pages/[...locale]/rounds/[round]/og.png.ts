/**
 * /rounds/<n>/og.png (and /ru/rounds/<n>/og.png): the round's social preview in the page's
 * language, drawn at build time (publish/social-images.ts), reused from the cache when unchanged.
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { getRounds } from '../../../../record/rounds.ts';
import { getSocialCardText } from '../../../../views/social-card.ts';
import { pathsInEveryLanguage, SOCIAL_IMAGE_CACHE } from '../../../../site.ts';
import { ensureSocialImages } from '../../../../publish/social-images.ts';
import { drawingToolVersions, loadSocialCardFonts } from '../../../../publish/social-fonts.ts';
// The code that shapes the picture, as text: a change to it changes every image's cache key.
import cardSource from '../../../../publish/social-card.ts?raw';
import drawSource from '../../../../publish/social-images.ts?raw';

export async function getStaticPaths() {
  const rounds = await getRounds();
  const pages = pathsInEveryLanguage((language) =>
    rounds.map((round) => ({
      params: { round: String(round.data.round) },
      props: { card: getSocialCardText(round, language) },
    })),
  );
  const start = performance.now();
  const { files, drawn } = await ensureSocialImages(
    pages.map((page) => page.props.card),
    {
      fonts: loadSocialCardFonts(),
      cacheDir: resolve(SOCIAL_IMAGE_CACHE),
      codeVersion: [cardSource, drawSource, ...drawingToolVersions()].join('\0'),
      parallel: availableParallelism() + 1,
    },
  );
  // One line the benchmark reads: how many images this build drew and how many it reused.
  console.log(
    `[social-images] drawn ${drawn}, reused ${files.length - drawn} in ${Math.round(performance.now() - start)} ms`,
  );
  return pages.map((page, i) => ({ params: page.params, props: { file: files[i]! } }));
}

export const GET: APIRoute<{ file: string }> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(props.file)), { headers: { 'Content-Type': 'image/png' } });
