import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberInCell } from '../../lib/content/cell-runner';
import { bilinearGame } from '../../lib/ml/games';
import { PRESETS } from '../../lib/ml/presets';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

describe('claims of the minimax-game prose that are not a single decimal', () => {
  it('the GAN Lab cell starts from the ganlab-default preset’s learning rates, the one source of them', () => {
    expect(numberInCell(mdx, 'ganlab-two-gaussians', /const D_LR = ([\d.]+);/)).toBe(PRESETS['ganlab-default'].dOptimizer.lr);
    expect(numberInCell(mdx, 'ganlab-two-gaussians', /const G_LR = ([\d.]+);/)).toBe(PRESETS['ganlab-default'].gOptimizer.lr);
  });

  it('with LR = 0.5 the simultaneous spiral leaves the plotted box within ten steps', () => {
    const box = numberInCell(mdx, 'bilinear-game', /domain: \[-[\d.]+, ([\d.]+)\]/);
    const { x, y } = bilinearGame({ lr: 0.5, steps: 10, mode: 'simultaneous' });
    expect(Math.max(Math.abs(x.at(-1)!), Math.abs(y.at(-1)!))).toBeGreaterThan(box);
  });
});
