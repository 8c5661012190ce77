/**
 * What drawing the social images needs besides their text: the fonts (from npm packages, Latin
 * and Cyrillic subsets, so no font is fetched from anywhere) and the versions of the tools that
 * draw, which are part of every image's cache key.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const font = (pkg: string, file: string) => readFileSync(require.resolve(`${pkg}/files/${file}`));
const version = (pkg: string) =>
  (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** Noto Sans 400 and 700 and Source Serif 4 700, each in Latin and Cyrillic. */
export function loadSocialCardFonts() {
  return ['latin', 'cyrillic'].flatMap((subset) => [
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
}

/** "satori@0.63.2", "resvg@2.6.2": the drawing tools, whose upgrade redraws every image. */
export const drawingToolVersions = () => [`satori@${version('satori')}`, `resvg@${version('@resvg/resvg-js')}`];
