/**
 * Prints a release's text to a PDF in real Chromium (`page.pdf`), the way a release PDF is laid
 * out: each block of the text (title, paragraphs, list lines) becomes its own paragraph.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/lib/chromium.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The blocks of a text (separated by blank lines), each with its lines joined. */
export function textBlocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Renders the text's blocks as an A4 PDF and returns its bytes. */
export async function printTextAsPdf(text: string): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const body = textBlocks(text)
      .map((block) => `<p>${escapeHtml(block)}</p>`)
      .join('\n');
    await page.setContent(
      `<!doctype html><html lang="en"><meta charset="utf-8"><style>body{font:11pt/1.4 serif;margin:0}p{margin:0 0 1.2em}</style><body>${body}</body></html>`,
    );
    return await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2.5cm', right: '2.5cm' } });
  } finally {
    await browser.close();
  }
}
