import { useTranslation } from 'react-i18next';
import { locales, themes, type Locale, type Theme } from '../../../shared/schemas/settings';

const localeNames: Record<Locale, string> = { 'zh-CN': '简体中文', en: 'English' };

/** Language and theme, switched at once and kept in the settings by the caller. */
export function DisplayPreferences({ locale, theme, onLocale, onTheme }: { locale: Locale; theme: Theme; onLocale(next: Locale): void; onTheme(next: Theme): void }) {
  const { t } = useTranslation();
  return (
    <>
      <label className="locale-switch">
        {t('app.language')}
        <select value={locale} onChange={(e) => onLocale(e.target.value as Locale)}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {localeNames[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="locale-switch">
        {t('shell.theme.label')}
        <select value={theme} onChange={(e) => onTheme(e.target.value as Theme)}>
          {themes.map((th) => (
            <option key={th} value={th}>
              {t(`shell.theme.${th}`)}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
