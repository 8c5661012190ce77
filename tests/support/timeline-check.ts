/** Measures the timeline picture in a real browser: every mark a finger wide, none overlapping. */
import type { Page } from 'playwright-core';

/** The boxes of the timeline's links as laid out in the page (in CSS pixels). */
export async function timelineMarkBoxes(page: Page) {
  return page.locator('.timeline-svg a .timeline-svg__hit').evaluateAll((rects) =>
    rects.map((rect) => {
      const box = rect.getBoundingClientRect();
      return { left: box.left, right: box.right, width: box.width, height: box.height };
    }),
  );
}

/** Pairs of neighbouring marks whose boxes overlap (an empty list when none do). */
export function overlappingMarks(boxes: { left: number; right: number }[]): number[] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  return sorted.flatMap((box, i) => (i > 0 && box.left < sorted[i - 1]!.right - 0.5 ? [i] : []));
}
