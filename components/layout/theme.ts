export const THEME_KEY = 'minimax-theme';
export type Theme = 'light' | 'dark';

/** Inline script: applies the remembered theme, else the system's, before the page paints. */
export const themeBootScript = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})();`;
