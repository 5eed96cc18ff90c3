/** Training throughput of the reference model in Node: tfjs cpu and wasm, and the hand-written reference. */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { benchmark } from '../lib/ml/presets';
import { benchmarkReference } from './reference/ganlab-reference';

export interface Throughput {
  backend: string;
  itPerSec: number;
  iterations: number;
}

export async function nodeThroughput(iterations: number): Promise<Throughput[]> {
  const rows: Throughput[] = [];
  for (const backend of ['cpu', 'wasm']) {
    if (!(await tf.setBackend(backend))) throw new Error(`bench: tfjs backend "${backend}" did not start in Node`);
    const r = await benchmark('ganlab-default', iterations);
    rows.push({ backend: `tfjs ${backend}`, itPerSec: r.itPerSec, iterations });
  }
  const ref = benchmarkReference(iterations * 4);
  rows.push({ backend: 'hand-written Float32Array', itPerSec: ref.itPerSec, iterations: ref.iterations });
  return rows;
}
