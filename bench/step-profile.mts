/**
 * Where one training iteration of the reference model spends its time in tfjs: how many kernels
 * it launches, which ones, and how much of the iteration is kernel time rather than framework
 * overhead (op dispatch, tape, tidy, allocation). Measured in Node with tf.profile.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { createTrainer } from '../lib/ml/presets';

export interface StepProfile {
  backend: string;
  kernelsPerIteration: number;
  /** Kernel time per iteration, summed over kernels (ms). */
  kernelMs: number;
  /** Wall time per iteration without profiling (ms). */
  wallMs: number;
  /** The kernels that take the most time per iteration. */
  top: { kernel: string; count: number; ms: number }[];
}

export async function stepProfiles(iterations = 50): Promise<StepProfile[]> {
  const rows: StepProfile[] = [];
  for (const backend of ['cpu', 'wasm']) {
    if (!(await tf.setBackend(backend))) throw new Error(`bench: tfjs backend "${backend}" did not start in Node`);
    const t = createTrainer('ganlab-default');
    try {
      await t.run(20);
      const t0 = performance.now();
      await t.run(iterations);
      const wallMs = (performance.now() - t0) / iterations;
      const byKernel = new Map<string, { count: number; ms: number }>();
      let kernels = 0;
      for (let i = 0; i < iterations; i++) {
        const info = await tf.profile(() => t.step());
        for (const k of info.kernels) {
          kernels += 1;
          const row = byKernel.get(k.name) ?? { count: 0, ms: 0 };
          row.count += 1;
          row.ms += typeof k.kernelTimeMs === 'number' ? k.kernelTimeMs : 0;
          byKernel.set(k.name, row);
        }
      }
      const per = (x: number) => x / iterations;
      const top = [...byKernel].map(([kernel, r]) => ({ kernel, count: per(r.count), ms: per(r.ms) })).sort((a, b) => b.ms - a.ms);
      rows.push({ backend, kernelsPerIteration: per(kernels), kernelMs: top.reduce((s, r) => s + r.ms, 0), wallMs, top: top.slice(0, 6) });
    } finally {
      t.dispose();
    }
  }
  return rows;
}
