import { strings } from '../../shared/strings';

/** The keyboard shortcuts, as the help dialog lists them. Handlers live with their views. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly label: string }[] = [
  { keys: ['j'], label: strings.keyboard.next },
  { keys: ['k'], label: strings.keyboard.previous },
  { keys: ['o', 'Enter'], label: strings.keyboard.openItem },
  { keys: ['u', 'Esc'], label: strings.keyboard.back },
  { keys: ['b'], label: strings.keyboard.bookmark },
  { keys: ['t'], label: strings.keyboard.theme },
  { keys: ['?'], label: strings.keyboard.help },
];
