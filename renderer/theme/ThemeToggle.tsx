import { THEME_CHOICES, THEME_LABELS, type ThemeChoice } from './themePreference';
import { setThemeChoice, useThemeChoice } from './themeStore';

/** System / Light / Dark, remembered on this machine. */
export function ThemeToggle() {
  const choice = useThemeChoice();
  return (
    <label className="theme-picker">
      Theme
      <select value={choice} onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)} data-testid="theme-picker">
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {THEME_LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}
