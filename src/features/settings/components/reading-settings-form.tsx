import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

import { settingsStrings } from '../settings-strings';
import {
  FONT_FAMILIES,
  LIST_DENSITIES,
  STOCK_MARK_CHOICES,
  setListDensity,
  setMarkReadOnScroll,
  setStockMarks,
  THEME_CHOICES,
  setFontFamily,
  setFontSize,
  setHighlightStocks,
  setTheme,
  useReadingSettings,
  type ThemeChoice,
} from '../reading-settings';

/** Each size's label is drawn at a size of its own, so the choice reads at a glance. */
const SIZE_LABEL_CLASSES = ['text-[13px]', 'text-[15px]', 'text-[17px]', 'text-[19px]'] as const;
const FAMILY_CLASSES = { sans: 'font-sans', serif: 'font-serif' } as const;

interface ChoiceProps {
  readonly name: string;
  readonly checked: boolean;
  readonly onChange: () => void;
  readonly children: ReactNode;
}

/**
 * The input's checked state follows the settings without React controlling it. The
 * settings are a query, whose observers hear of a change just after the event; a
 * controlled input would be set back to the old value by React at the end of the event
 * and only then forward again, and a click could read as not taken. Here the browser
 * checks what was clicked, and a change from elsewhere (`t`, another tab) is written to
 * the input.
 */
function useCheckedProperty(checked: boolean) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current) ref.current.checked = checked;
  }, [checked]);
  return ref;
}

/** One option of a segmented control: a real radio button, so arrow keys move the choice. */
function Choice({ name, checked, onChange, children }: ChoiceProps) {
  const ref = useCheckedProperty(checked);
  return (
    // Styled by the radio's own state (:checked), which is never behind the click.
    <label className="relative flex min-h-10 cursor-pointer items-center justify-center gap-1.5 rounded-md px-1.5 text-center leading-tight text-muted transition-colors hover:text-ink has-[:checked]:bg-surface has-[:checked]:font-semibold has-[:checked]:text-ink has-[:checked]:shadow-sm has-[:checked]:ring-1 has-[:checked]:ring-line has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-focus">
      {/* Covers its label, so a click or tap anywhere on the option lands on the radio itself. */}
      <input
        ref={ref}
        type="radio"
        name={name}
        defaultChecked={checked}
        onChange={onChange}
        className="absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-md opacity-0"
      />
      {children}
    </label>
  );
}

/**
 * A swatch drawn with the tokens of the theme it stands for: `data-theme` on the swatch
 * scopes index.css's variables, so no colour is written twice. "system" shows both halves.
 */
function ThemeSwatch({ theme }: { readonly theme: ThemeChoice }) {
  const half = (shown: 'light' | 'dark', side: string) => <span data-theme={shown} className={`absolute inset-y-0 w-1/2 bg-paper ${side}`}></span>;
  return (
    <span aria-hidden="true" className="relative size-6 shrink-0 overflow-hidden rounded-full ring-1 ring-line">
      {theme === 'system' ? (
        <>
          {half('light', 'left-0')}
          {half('dark', 'right-0')}
        </>
      ) : (
        <span data-theme={theme} className="absolute inset-0 flex items-center justify-center bg-paper text-[11px] leading-none font-bold text-ink">
          文
        </span>
      )}
    </span>
  );
}

interface SwitchProps {
  readonly label: string;
  readonly hint: string;
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
}

/** An on/off setting: a checkbox with the switch role, drawn as a switch, with its hint. */
function Switch({ label, hint, checked, onChange }: SwitchProps) {
  const ref = useCheckedProperty(checked);
  const hintId = useId();
  const switchLabelId = useId();
  return (
    <label className="flex cursor-pointer items-center justify-between gap-4">
      <span>
        <span id={switchLabelId} className="block text-sm font-medium text-ink">
          {label}
        </span>
        <span id={hintId} className="mt-0.5 block text-xs leading-snug text-faint">
          {hint}
        </span>
      </span>
      <span className="relative inline-flex shrink-0">
        <input
          type="checkbox"
          ref={ref}
          role="switch"
          defaultChecked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-labelledby={switchLabelId}
          aria-describedby={hintId}
          className="peer absolute inset-0 z-10 size-full cursor-pointer appearance-none rounded-full opacity-0"
        />
        <span
          aria-hidden="true"
          className="relative h-6 w-11 rounded-full bg-line transition-colors peer-checked:bg-accent peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-focus after:absolute after:top-0.5 after:left-0.5 after:size-5 after:rounded-full after:bg-surface after:shadow-sm after:transition-transform peer-checked:after:translate-x-5"
        />
      </span>
    </label>
  );
}

function Legend({ children }: { readonly children: ReactNode }) {
  return <legend className="mb-2 text-sm font-medium text-muted">{children}</legend>;
}

/** The reading settings as controls; every change is saved at once. */
export function ReadingSettingsForm() {
  const settings = useReadingSettings();
  const name = useId();

  return (
    <div className="space-y-5">
      <fieldset>
        <Legend>{settingsStrings.fontSize}</Legend>
        <div className="grid grid-cols-4 gap-1 rounded-lg bg-sunken p-1">
          {settingsStrings.fontSizes.map((label, step) => (
            <Choice key={label} name={`${name}-size`} checked={settings.fontSize === step} onChange={() => setFontSize(step)}>
              <span className={SIZE_LABEL_CLASSES[step] ?? ''}>{label}</span>
            </Choice>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <Legend>{settingsStrings.fontFamily}</Legend>
        <div className="grid grid-cols-2 gap-1 rounded-lg bg-sunken p-1">
          {FONT_FAMILIES.map((family) => (
            <Choice key={family} name={`${name}-family`} checked={settings.fontFamily === family} onChange={() => setFontFamily(family)}>
              <span className={`text-[15px] ${FAMILY_CLASSES[family]}`}>{settingsStrings.fontFamilies[family]}</span>
            </Choice>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <Legend>{settingsStrings.theme}</Legend>
        <div className="grid grid-cols-2 gap-1 rounded-lg bg-sunken p-1">
          {THEME_CHOICES.map((theme) => (
            <Choice key={theme} name={`${name}-theme`} checked={settings.theme === theme} onChange={() => setTheme(theme)}>
              <ThemeSwatch theme={theme} />
              <span className="text-sm">{settingsStrings.themes[theme]}</span>
            </Choice>
          ))}
        </div>
      </fieldset>

      <Switch
        label={settingsStrings.highlightStocks}
        hint={settingsStrings.highlightStocksHint}
        checked={settings.highlightStocks}
        onChange={setHighlightStocks}
      />

      {settings.highlightStocks && (
        <fieldset>
          <Legend>{settingsStrings.stockMarks}</Legend>
          <div className="grid grid-cols-3 gap-1 rounded-lg bg-sunken p-1">
            {STOCK_MARK_CHOICES.map((choice) => (
              <Choice key={choice} name={`${name}-marks`} checked={settings.stockMarks === choice} onChange={() => setStockMarks(choice)}>
                <span className="text-sm">{settingsStrings.stockMarkChoices[choice]}</span>
              </Choice>
            ))}
          </div>
          <p className="mt-1 text-xs leading-snug text-faint">{settingsStrings.stockMarksHint}</p>
        </fieldset>
      )}

      <Switch
        label={settingsStrings.markReadOnScroll}
        hint={settingsStrings.markReadOnScrollHint}
        checked={settings.markReadOnScroll}
        onChange={setMarkReadOnScroll}
      />

      <fieldset>
        <Legend>{settingsStrings.listDensity}</Legend>
        <div className="grid grid-cols-2 gap-1 rounded-lg bg-sunken p-1">
          {LIST_DENSITIES.map((density) => (
            <Choice key={density} name={`${name}-density`} checked={settings.listDensity === density} onChange={() => setListDensity(density)}>
              <span className="text-sm">{settingsStrings.listDensities[density]}</span>
            </Choice>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
