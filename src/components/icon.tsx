interface IconShape {
  /** The side of the square viewBox the path data is drawn in. */
  readonly box: 16 | 20 | 24;
  readonly stroke: number;
  /** Stroked with currentColor, never filled. */
  readonly d: string;
  /** Filled with currentColor (a dot, a solid star), drawn over the strokes. */
  readonly solid?: string;
}

const STAR = 'M12 3.5l2.6 5.3 5.8.8-4.2 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.2-4.1 5.8-.8z';
const DOT = 'M5.5 10a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0';

/**
 * Every icon of the app's own UI, as path data: circles and rectangles are written as
 * paths so that one shape is one or two <path>s. A state drawn differently (saved,
 * unread) is a name of its own, not a prop, so an icon is always one entry here.
 */
const ICONS = Object.freeze({
  alert: { box: 20, stroke: 1.7, d: 'M2 10a8 8 0 1 0 16 0a8 8 0 1 0-16 0M10 5.5v5.5M10 13.6v.4' },
  back: { box: 20, stroke: 1.8, d: 'M12.5 4.5L7 10l5.5 5.5' },
  check: { box: 20, stroke: 1.8, d: 'M4.5 10.5l3.5 3.5 7.5-8' },
  'chevron-right': { box: 16, stroke: 1.8, d: 'M6 3.5L10.5 8 6 12.5' },
  close: { box: 20, stroke: 1.8, d: 'M5 5l10 10M15 5L5 15' },
  dot: { box: 20, stroke: 1.6, d: DOT },
  'dot-filled': { box: 20, stroke: 1.6, d: DOT, solid: DOT },
  download: { box: 20, stroke: 1.6, d: 'M10 3v9M6.5 8.5L10 12l3.5-3.5M4 14.5V16h12v-1.5' },
  external: { box: 20, stroke: 1.6, d: 'M8 5H5v10h10v-3M11 4h5v5M16 4l-7 7' },
  filter: { box: 20, stroke: 1.8, d: 'M3 5h14M6 10h8M8.5 15h3' },
  image: {
    box: 24,
    stroke: 1.5,
    d: 'M5.5 5h13a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2h-13a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zM6.5 16l4-4.5 3 3 2-2 2 3.5',
    solid: 'M7.7 9.5a1.3 1.3 0 1 0 2.6 0a1.3 1.3 0 1 0-2.6 0',
  },
  link: {
    box: 20,
    stroke: 1.6,
    d: 'M8.5 11.5a3 3 0 004.2 0l2.6-2.6a3 3 0 00-4.2-4.2l-1 1M11.5 8.5a3 3 0 00-4.2 0l-2.6 2.6a3 3 0 004.2 4.2l1-1',
  },
  offline: { box: 16, stroke: 1.5, d: 'M2 5.5a9 9 0 0 1 12 0M4.2 8a6 6 0 0 1 7.6 0M6.4 10.5a3 3 0 0 1 3.2 0M2.5 2.5l11 11' },
  search: { box: 20, stroke: 1.8, d: 'M3 8.5a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0M13 13l4 4' },
  star: { box: 24, stroke: 1.6, d: STAR },
  'star-filled': { box: 24, stroke: 1.6, d: STAR, solid: STAR },
  theme: { box: 24, stroke: 1.6, d: 'M4.5 12a7.5 7.5 0 1 0 15 0a7.5 7.5 0 1 0-15 0', solid: 'M12 4.5a7.5 7.5 0 0 1 0 15z' },
  trash: { box: 20, stroke: 1.5, d: 'M4.5 6h11M8 6V4.5h4V6M6 6l.7 9.5h6.6L14 6' },
  upload: { box: 20, stroke: 1.6, d: 'M10 12V3M6.5 6.5L10 3l3.5 3.5M4 14.5V16h12v-1.5' },
  warning: { box: 16, stroke: 1.4, d: 'M8 2.2l6 10.6H2zM8 6.4v3M8 11v.2' },
} satisfies Record<string, IconShape>);

export type IconName = keyof typeof ICONS;

interface IconProps {
  readonly name: IconName;
  /** Size (and colour, placement) by class: the icon is drawn in currentColor. */
  readonly className?: string;
}

/**
 * A decorative icon: hidden from assistive technology, so whatever carries it (a
 * button, a link, a badge) must be named by its text or its label.
 */
export function Icon({ name, className = 'size-4' }: IconProps) {
  const shape: IconShape = ICONS[name];
  return (
    <svg viewBox={`0 0 ${shape.box} ${shape.box}`} aria-hidden="true" className={`shrink-0 ${className}`}>
      <path d={shape.d} fill="none" stroke="currentColor" strokeWidth={shape.stroke} strokeLinecap="round" strokeLinejoin="round" />
      {shape.solid !== undefined && <path d={shape.solid} fill="currentColor" />}
    </svg>
  );
}
