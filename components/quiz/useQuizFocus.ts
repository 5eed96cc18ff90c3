'use client';
import { useEffect, useRef } from 'react';

/**
 * Buttons appear and disappear as a quiz moves between answering and feedback; without this a
 * keyboard user's focus would fall back to the page. Call `moveFocusTo(ref)` in an event handler;
 * focus moves after the next render, once that element exists.
 */
export function useQuizFocus() {
  const target = useRef<React.RefObject<HTMLElement | null> | null>(null);
  useEffect(() => {
    const ref = target.current;
    if (!ref) return;
    target.current = null;
    ref.current?.focus();
  });
  return (ref: React.RefObject<HTMLElement | null>) => {
    target.current = ref;
  };
}
