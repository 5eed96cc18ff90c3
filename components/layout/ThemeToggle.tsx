'use client';
import { useEffect, useState } from 'react';
import { THEME_KEY, type Theme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    setTheme(document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
  }, []);

  function toggle() {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the toggle still works for this page.
    }
    setTheme(next);
  }

  const label = theme === 'dark' ? 'Switch to light theme' : 'Switch to dark theme';
  return (
    <button type="button" className="icon-button" onClick={toggle} aria-label={label} title={label} data-testid="theme-toggle">
      {/* Both icons are in the HTML; site-header.css shows the one for the theme the boot script set, before hydration. */}
      <span className="theme-icon-to-light" aria-hidden="true">
        ☀
      </span>
      <span className="theme-icon-to-dark" aria-hidden="true">
        ☾
      </span>
    </button>
  );
}
