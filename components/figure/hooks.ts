'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element comes within `margin` of the viewport, and stays true. Printing also
 * counts as "near", so a figure the reader never scrolled to still gets a chance to draw.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '300px'): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const show = () => setNear(true);
    // `beforeprint` comes with the print dialog; the print media query also turns on for a
    // print preview or PDF that skips that event (headless printing, emulated print media).
    const print = window.matchMedia('print');
    const onPrintMedia = () => print.matches && show();
    window.addEventListener('beforeprint', show);
    print.addEventListener('change', onPrintMedia);
    const stopPrintWatch = () => {
      window.removeEventListener('beforeprint', show);
      print.removeEventListener('change', onPrintMedia);
    };
    // Very old browsers lack IntersectionObserver: draw at once rather than never.
    if (typeof IntersectionObserver === 'undefined' || print.matches) {
      show();
      return stopPrintWatch;
    }
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: margin,
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      stopPrintWatch();
    };
  }, [ref, margin, near]);
  return near;
}

/** The element's content width in whole pixels while `active`, following resizes; null before. */
export function useElementWidth(ref: RefObject<Element | null>, active: boolean): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    const update = (w: number) => setWidth(Math.max(1, Math.floor(w)));
    update(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) update(entry.contentRect.width);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, active]);
  return width;
}
