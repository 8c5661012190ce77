/**
 * A PDF's text with its paragraphs, for the importer: PDF.js (through unpdf) gives positioned
 * text items; items are gathered into lines, and a vertical gap clearly wider than the usual
 * line spacing starts a new paragraph (written as a blank line), as in the text the Council's
 * PDFs give when copied.
 */
import { extractTextItems, getDocumentProxy } from 'unpdf';

interface Line {
  text: string;
  y: number;
  width: number;
}

/** Groups one page's items into lines, top to bottom. */
function pageLines(items: { str: string; y: number; width: number; hasEOL: boolean }[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    if (!current || Math.abs(item.y - current.y) > 1) {
      if (current) lines.push(current);
      current = { text: '', y: item.y, width: 0 };
    }
    current.text += item.str;
    current.width += item.width;
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

/** The median of a list of numbers (undefined for none). */
function median(values: number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
}

/** Extracts a PDF's text: one line per line, a blank line between paragraphs. Throws if it is not a readable PDF. */
export async function extractPdfText(data: Uint8Array): Promise<string> {
  // Verbosity 0: PDF.js would otherwise print its own warnings beside the one-line error.
  const pdf = await getDocumentProxy(data, { verbosity: 0 });
  const { items } = await extractTextItems(pdf);
  const pages = items.map(pageLines);
  const gaps = pages.flatMap((lines) => lines.slice(1).map((line, i) => lines[i]!.y - line.y));
  const lineSpacing = median(gaps.filter((gap) => gap > 0)) ?? 0;
  const widest = Math.max(0, ...pages.flat().map((line) => line.width));
  const out: string[] = [];
  pages.forEach((lines, pageIndex) => {
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      // Within a page, a wide gap ends a paragraph; across pages, a short last line does.
      const startsParagraph = previous
        ? previous.y - line.y > lineSpacing * 1.4
        : pageIndex > 0 && (pages[pageIndex - 1]!.at(-1)?.width ?? widest) < widest * 0.8;
      if (startsParagraph) out.push('');
      out.push(line.text.trim());
    });
  });
  return `${out.join('\n')}\n`;
}
