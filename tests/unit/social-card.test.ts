import { expect, test } from 'vitest';
import { SOCIAL_CARD, socialCardTree } from '../../src/publish/social-card.ts';

/** Every string in the element tree, in reading order. */
const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  const children = (node as { props: { children?: unknown } }).props.children;
  return Array.isArray(children) ? children.flatMap(texts) : children === undefined ? [] : texts(children);
};

test('draws the site, heading, round, details and status, in that order, at Open Graph size', () => {
  const tree = socialCardTree({
    siteName: 'Site',
    heading: 'Heading',
    label: '18th round',
    details: '28 November 2013 · Brussels',
    status: 'Full text',
  });
  expect(texts(tree)).toEqual(['Site', 'Heading', '18th round', '28 November 2013 · Brussels', 'Full text']);
  expect(tree.props.style).toMatchObject({ width: SOCIAL_CARD.width, height: SOCIAL_CARD.height });
});
