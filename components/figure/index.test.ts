import { expect, it } from 'vitest';
import { figureExports } from '@/lib/figure/exports';

it('lists exactly the runtime exports of @minimax/figure, so the chapter build checks imports correctly', async () => {
  const kit = await import('./index');
  expect(Object.keys(kit).sort()).toEqual([...figureExports].sort());
});
