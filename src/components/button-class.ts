export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'accent' | 'inverse';
export type ButtonSize = 'sm' | 'md' | 'lg';

/*
 * A variant sets colours only and a size heights only, so that what a caller adds
 * (margins, placement, `disabled:cursor-wait`) never competes with them: two classes
 * for one property win by their order in the stylesheet, not in the attribute. The
 * pressed and expanded looks follow the ARIA state the control already carries.
 */
const VARIANTS: Readonly<Record<ButtonVariant, string>> = Object.freeze({
  /** The one thing to do here: retry, reload. */
  primary: 'bg-accent font-medium text-accent-ink shadow-sm hover:opacity-90',
  /** Bordered: a list's controls, a toolbar's. */
  secondary:
    'border border-line bg-surface text-muted hover:border-accent aria-expanded:bg-sunken aria-expanded:text-ink aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent',
  /** No border: 稍后, 关闭, an icon in the header. */
  quiet: 'text-muted hover:bg-sunken hover:text-ink aria-pressed:text-accent',
  /** Quiet in the accent colour, inside a panel: 知道了. */
  accent: 'font-medium text-accent hover:bg-accent-soft',
  /** On an ink background (a toast). */
  inverse: 'font-semibold text-paper underline-offset-4 hover:bg-paper/15 hover:underline',
});

/** The touch target: min-w as well, so a button of an icon alone is square. */
const SIZES: Readonly<Record<ButtonSize, string>> = Object.freeze({
  sm: 'min-h-9 min-w-9',
  md: 'min-h-10 min-w-10',
  lg: 'min-h-11 min-w-11',
});

interface ButtonLook {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
  /** An icon alone: no side padding, centred in its square. */
  readonly iconOnly?: boolean;
}

/** The classes of a button, for <Button> and for a link that looks like one (the way home). */
export function buttonClass({ variant = 'secondary', size = 'lg', iconOnly = false }: ButtonLook = {}): string {
  const padding = iconOnly ? '' : variant === 'primary' ? 'px-5' : 'px-3';
  return `inline-flex items-center justify-center gap-1.5 rounded-lg text-sm transition-colors disabled:opacity-60 ${padding} ${SIZES[size]} ${VARIANTS[variant]}`;
}
