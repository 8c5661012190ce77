import { afterAll, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSocialImages, type SocialImageSettings } from '../../src/publish/social-images.ts';
import { SOCIAL_CARD } from '../../src/publish/social-card.ts';

const require = createRequire(import.meta.url);
const cacheDir = mkdtempSync(join(tmpdir(), 'social-images-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const settings: SocialImageSettings = {
  fonts: [
    {
      name: 'Noto Sans',
      data: readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff')),
      weight: 400,
    },
  ],
  cacheDir,
  codeVersion: 'design 1',
  parallel: 2,
};
const card = (label: string) => ({ siteName: 'Site', heading: 'Heading', label, details: 'Details', status: 'Status' });
/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

test('draws each card once; an unchanged card is reused, a changed card or design is drawn again', async () => {
  const first = await ensureSocialImages([card('1st round'), card('2nd round')], settings);
  expect(first.drawn).toBe(2);
  for (const file of first.files) expect(size(readFileSync(file))).toEqual([SOCIAL_CARD.width, SOCIAL_CARD.height]);

  const again = await ensureSocialImages([card('1st round'), card('2nd round')], settings);
  expect(again).toEqual({ files: first.files, drawn: 0 });

  const edited = await ensureSocialImages([card('1st round'), card('2nd round, edited')], settings);
  expect(edited.drawn).toBe(1);
  expect(edited.files[0]).toBe(first.files[0]);

  const redesigned = await ensureSocialImages([card('1st round')], { ...settings, codeVersion: 'design 2' });
  expect(redesigned.drawn).toBe(1);
  // No half-written files are left behind.
  expect(readdirSync(cacheDir).every((name) => name.endsWith('.png'))).toBe(true);
});
