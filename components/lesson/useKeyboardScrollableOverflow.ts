'use client';
import { useEffect } from 'react';

/**
 * A display equation or table wider than its column scrolls sideways; keyboard users can only scroll
 * what can take focus. Only equations that actually overflow (at the current width) become tab
 * stops, so narrow phones get them and wide screens keep a short tab order.
 */
export function useKeyboardScrollableOverflow(selector = '.prose .katex-display, .prose table') {
  useEffect(() => {
    const update = () => {
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        // Tables keep their own role; an equation is named so the tab stop makes sense.
        const equation = el.tagName !== 'TABLE';
        if (el.scrollWidth > el.clientWidth + 1) {
          el.tabIndex = 0;
          if (equation) {
            el.setAttribute('role', 'group');
            el.setAttribute('aria-label', 'Equation (scrolls sideways)');
          }
        } else if (el.tabIndex === 0) {
          el.removeAttribute('tabindex');
          if (equation) {
            el.removeAttribute('role');
            el.removeAttribute('aria-label');
          }
        }
      }
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [selector]);
}
