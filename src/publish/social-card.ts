/**
 * The social preview image of a round (1200 × 630, Open Graph's size), described as the element
 * tree that satori draws. Pure: text in, tree out; rendering happens in the og.png endpoint.
 */

export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export interface SocialCardText {
  siteName: string;
  /** "18th round" */
  label: string;
  /** "28 November 2013 · Brussels" */
  details: string;
  /** "Full text in the archive" or "Source only" */
  status: string;
  /** "European Union–Russian Federation human rights consultations" */
  heading: string;
}

interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string };
}

const el = (type: string, style: Record<string, string | number>, children: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** The card: the archive's colours, the round in large serif type, its date, place and status. */
export function socialCardTree({ siteName, label, details, status, heading }: SocialCardText): Node {
  return el(
    'div',
    {
      width: SOCIAL_CARD.width,
      height: SOCIAL_CARD.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 64px',
      boxSizing: 'border-box',
      background: '#0b2a4f',
      color: '#ffffff',
      fontFamily: 'Noto Sans',
    },
    [
      el('div', { fontSize: 30, fontWeight: 700, opacity: 0.9 }, siteName),
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 34, marginBottom: 12 }, heading),
        el('div', { fontFamily: 'Source Serif 4', fontSize: 120, fontWeight: 700, lineHeight: 1.05 }, label),
        el('div', { fontSize: 44, marginTop: 12 }, details),
      ]),
      el(
        'div',
        {
          fontSize: 30,
          color: '#0b0c0c',
          background: '#ffbf47',
          fontWeight: 700,
          padding: '8px 16px',
          alignSelf: 'flex-start',
        },
        status,
      ),
    ],
  );
}
