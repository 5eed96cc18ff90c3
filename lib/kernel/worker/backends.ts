import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmConvGradients } from '@/lib/ml/wasm-conv-grad';
import type { Backend } from '../protocol';

// The site serves the single-threaded builds from /wasm/ (scripts/copy-wasm.mjs); the
// threaded build crashes in the browsers we target, so it is never asked for.
setWasmPaths('/wasm/');
tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
// wasm lacks the conv kernel gradient; without it no conv net learns there (docs/DECISIONS.md).
registerWasmConvGradients();

/** What `auto` tries, in order: small MLPs are fastest on wasm, and cpu always works. */
const AUTO_ORDER = ['wasm', 'cpu'] as const;

export interface BackendChoice {
  name: string;
  /** Set when the requested backend could not start and another one ran instead. */
  fallbackNote?: string;
}

async function tryBackend(name: string): Promise<boolean> {
  if (tf.getBackend() === name) return true;
  try {
    const ok = await tf.setBackend(name);
    if (ok) await tf.ready();
    return ok;
  } catch {
    return false;
  }
}

/** Switches tfjs to the requested backend (or the first that works) and says which one runs. */
export async function useBackend(requested: Backend): Promise<BackendChoice> {
  const order = requested === 'auto' ? AUTO_ORDER : [requested];
  for (const name of order) if (await tryBackend(name)) return { name };
  for (const name of AUTO_ORDER) {
    if (await tryBackend(name)) {
      return { name, fallbackNote: `backend "${requested}" is not available in this browser; ran on ${name} instead.` };
    }
  }
  throw new Error('no TensorFlow.js backend could start (tried wasm and cpu)');
}
