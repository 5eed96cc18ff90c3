'use client';
import { useEffect } from 'react';

/** Passes of the hook below that have not finished; what waits for a settled page reads it. */
let passesRunning = 0;
const waiting = new Set<() => void>();

/** Calls `settled` once no overflow check is running (at once if none is). */
export function whenOverflowChecked(settled: () => void): () => void {
  if (passesRunning === 0) {
    settled();
    return () => {};
  }
  waiting.add(settled);
  return () => waiting.delete(settled);
}

/** Runs `task` in idle time (a short timeout where the browser has no requestIdleCallback). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 16);
  return () => clearTimeout(id);
}

/** Measuring one element can lay out a skipped block; a batch stays well under a 50 ms long task. */
const BATCH_MS = 8;

/**
 * A display equation or table wider than its column scrolls sideways; keyboard users can only scroll
 * what can take focus. Only equations that actually overflow (at the current width) become tab
 * stops, so narrow phones get them and wide screens keep a short tab order.
 *
 * Most of them sit in blocks that `content-visibility: auto` leaves unrendered until they near
 * the screen, and reading a width lays such a block out: measuring all of them at once was one
 * 100 ms task (400 ms on a phone-speed CPU) right after hydration. So they are measured in small
 * batches in idle time, again whenever the page's width changes.
 */
export function useKeyboardScrollableOverflow(selector = '.prose .katex-display, .prose table') {
  useEffect(() => {
    let queue: HTMLElement[] = [];
    let cancelIdle: (() => void) | null = null;
    // A pass is open from mount until the first measurement has finished, so nothing calls the
    // page settled between hydration and the observer's first report.
    let passOpen = true;
    passesRunning++;

    const finishPass = () => {
      cancelIdle = null;
      passOpen = false;
      passesRunning--;
      if (passesRunning > 0) return;
      const settled = [...waiting];
      waiting.clear();
      for (const callback of settled) callback();
    };

    const measureBatch = () => {
      const started = performance.now();
      const measured: [HTMLElement, boolean][] = [];
      while (queue.length > 0 && performance.now() - started < BATCH_MS) {
        const el = queue.shift()!;
        measured.push([el, el.scrollWidth > el.clientWidth + 1]);
      }
      // All reads first, then all writes: reading a size after a write would lay out the page again.
      for (const [el, overflowing] of measured) markScrollable(el, overflowing);
      if (queue.length > 0) cancelIdle = whenIdle(measureBatch);
      else finishPass();
    };

    const startPass = () => {
      cancelIdle?.();
      if (!passOpen) {
        passOpen = true;
        passesRunning++;
      }
      queue = [...document.querySelectorAll<HTMLElement>(selector)];
      cancelIdle = whenIdle(measureBatch);
    };

    // The observer reports the body's size once it has been laid out, and again on every resize.
    // Only a new width can change what overflows; the height grows as skipped blocks render.
    let width = -1;
    const observer = new ResizeObserver(([entry]) => {
      if (entry.contentRect.width === width) return;
      width = entry.contentRect.width;
      startPass();
    });
    observer.observe(document.body);
    return () => {
      observer.disconnect();
      cancelIdle?.();
      if (passOpen) finishPass();
    };
  }, [selector]);
}

function markScrollable(el: HTMLElement, overflowing: boolean) {
  // Tables keep their own role; an equation is named so the tab stop makes sense.
  const equation = el.tagName !== 'TABLE';
  if (overflowing) {
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
