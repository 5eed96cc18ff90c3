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
      const elements = [...document.querySelectorAll<HTMLElement>(selector)];
      // All reads first, then all writes: reading a size after a write would lay out the page again.
      const overflowing = elements.map((el) => el.scrollWidth > el.clientWidth + 1);
      elements.forEach((el, i) => {
        // Tables keep their own role; an equation is named so the tab stop makes sense.
        const equation = el.tagName !== 'TABLE';
        if (overflowing[i]) {
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
      });
    };
    // The observer reports the body's size once it has been laid out, and again on every
    // resize; measuring from here never forces an extra layout while the page hydrates.
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [selector]);
}
