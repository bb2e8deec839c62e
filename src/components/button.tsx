import type { ComponentPropsWithRef, ReactNode } from 'react';

import { buttonClass, type ButtonSize, type ButtonVariant } from './button-class';
import { Icon, type IconName } from './icon';

interface WithText {
  /** Names the button (or an aria-label does, when the text alone would be ambiguous). */
  readonly children: ReactNode;
  readonly icon?: undefined;
  readonly label?: undefined;
}

interface IconOnly {
  readonly icon: IconName;
  /** The accessible name and the tooltip: an icon alone says nothing to a screen reader. */
  readonly label: string;
  readonly children?: undefined;
  readonly 'aria-label'?: undefined;
}

type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'children' | 'aria-label'> & {
  readonly variant?: ButtonVariant;
  readonly size?: ButtonSize;
  /** Layout only (margins, placement); the look is the variant's and the size's. */
  readonly className?: string;
  readonly 'aria-label'?: string;
} & (WithText | IconOnly);

/**
 * The app's button: `type="button"` unless told otherwise (a button in a form does not
 * submit it by accident), a variant and a size, every native prop and the ref passed on.
 */
export function Button({ variant, size, className = '', type = 'button', icon, label, children, title, ...native }: ButtonProps) {
  const iconOnly = icon !== undefined && children === undefined;
  return (
    <button
      {...native}
      type={type}
      aria-label={label ?? native['aria-label']}
      title={title ?? label}
      className={`${buttonClass({ variant, size, iconOnly })} ${className}`}
    >
      {iconOnly ? <Icon name={icon} className={size === 'sm' ? 'size-4' : 'size-5'} /> : children}
    </button>
  );
}
