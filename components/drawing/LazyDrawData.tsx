'use client';
import { lazy, Suspense, type ComponentProps } from 'react';

const DrawData = lazy(() => import('./DrawData').then((m) => ({ default: m.DrawData })));

/**
 * `<DrawData>` for the MDX registry. One chapter draws data, so its code (canvas, spray, CSV)
 * loads with that chapter rather than in every lesson's first load. On a page load the
 * server-rendered canvas is shown, and hydrated once the code arrives.
 */
export function LazyDrawData(props: ComponentProps<typeof DrawData>) {
  // The fallback only shows on a client-side move to the chapter, for as long as the chunk takes; it holds the canvas's place.
  return (
    <Suspense fallback={<figure className="draw-data" data-drawing={props.id} aria-busy="true" style={{ minHeight: '28rem' }} />}>
      <DrawData {...props} />
    </Suspense>
  );
}
