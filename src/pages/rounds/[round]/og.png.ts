import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { getRounds, type Round } from '../../../record/rounds.ts';
import { toRoundSummary } from '../../../views/round-page.ts';
import { SITE_NAME, urlFor } from '../../../site.ts';
import { SOCIAL_CARD, socialCardTree } from '../../../publish/social-card.ts';

/** /rounds/<n>/og.png: the round's social preview, drawn at build time with fonts from npm packages. */
const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
const FONTS = [
  { name: 'Noto Sans', data: font('@fontsource/noto-sans', 'noto-sans-latin-400-normal.woff'), weight: 400 as const },
  { name: 'Noto Sans', data: font('@fontsource/noto-sans', 'noto-sans-latin-700-normal.woff'), weight: 700 as const },
  {
    name: 'Source Serif 4',
    data: font('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff'),
    weight: 700 as const,
  },
];

export async function getStaticPaths() {
  return (await getRounds()).map((round) => ({ params: { round: String(round.data.round) }, props: { round } }));
}

export const GET: APIRoute<{ round: Round }> = async ({ props }) => {
  const summary = toRoundSummary(props.round, urlFor);
  const tree = socialCardTree({
    siteName: SITE_NAME,
    heading: 'EU–Russian Federation human rights consultations',
    label: summary.label,
    details: [summary.displayDate, summary.place].filter(Boolean).join(' · '),
    status: summary.hasText ? 'Full text, with numbered paragraphs' : 'Date and official source',
  });
  // satori takes React-like element objects; ours are plain data with the same shape.
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SOCIAL_CARD, fonts: FONTS });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_CARD.width } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
