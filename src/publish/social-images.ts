/**
 * Draws social preview images (satori lays out the card as SVG, resvg paints it as PNG) and keeps
 * them across builds in a folder, named by a hash of everything that shapes the picture: the
 * card's text, the fonts, the code that draws it and the versions of satori and resvg. A second
 * build of an unchanged archive draws nothing; a changed round, font, design or library redraws
 * what it changes. Images still to draw are painted in parallel (resvg paints off the main
 * thread), a few at a time so memory stays flat whatever the number of rounds.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import { renderAsync } from '@resvg/resvg-js';
import { SOCIAL_CARD, socialCardTree, type SocialCardText } from './social-card.ts';

export interface SocialImageSettings {
  /** The fonts satori draws with. */
  fonts: { name: string; data: Buffer; weight: 400 | 700 }[];
  /** Where drawn images are kept between builds. */
  cacheDir: string;
  /** The source of the code that draws the card and the library versions: part of every key. */
  codeVersion: string;
  /** How many images are painted at once. */
  parallel: number;
}

/** The cache key of one card: its text, fonts and code. */
export function socialImageKey(
  card: SocialCardText,
  { fonts, codeVersion }: Pick<SocialImageSettings, 'fonts' | 'codeVersion'>,
): string {
  const hash = createHash('sha256').update(codeVersion).update(JSON.stringify(card));
  for (const font of fonts) hash.update(`${font.name}\0${font.weight}\0`).update(font.data);
  return hash.digest('hex').slice(0, 32);
}

async function draw(card: SocialCardText, fonts: SocialImageSettings['fonts']): Promise<Uint8Array> {
  // satori takes React-like element objects; ours are plain data with the same shape.
  const svg = await satori(socialCardTree(card) as Parameters<typeof satori>[0], { ...SOCIAL_CARD, fonts });
  return (await renderAsync(svg, { fitTo: { mode: 'width', value: SOCIAL_CARD.width } })).asPng();
}

/**
 * Makes sure every card has its image in the cache, drawing only the missing ones; returns each
 * card's file and how many were drawn. A file is written under a temporary name and renamed, so
 * an interrupted build never leaves half an image under a real key.
 */
export async function ensureSocialImages(
  cards: readonly SocialCardText[],
  settings: SocialImageSettings,
): Promise<{ files: string[]; drawn: number }> {
  const fontsKey = { fonts: settings.fonts, codeVersion: settings.codeVersion };
  const files = cards.map((card) => join(settings.cacheDir, `${socialImageKey(card, fontsKey)}.png`));
  const missing = cards.flatMap((card, i) => (existsSync(files[i]!) ? [] : [{ card, file: files[i]! }]));
  if (missing.length) mkdirSync(settings.cacheDir, { recursive: true });
  let next = 0;
  const worker = async () => {
    for (let item = missing[next++]; item; item = missing[next++]) {
      const png = await draw(item.card, settings.fonts);
      const partial = `${item.file}.${process.pid}.partial`;
      writeFileSync(partial, png);
      renameSync(partial, item.file);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, settings.parallel) }, worker));
  return { files, drawn: missing.length };
}
