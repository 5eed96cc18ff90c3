/**
 * Saved model weights: a small binary file of named float32 arrays, so trained models ship
 * as assets (`public/models/*.bin`) and cells can save and restore their own.
 *
 *   bytes 0–3 "MMW1", 4–7 header length L (uint32 LE), then L bytes of JSON
 *   { entries: [{ name, shape }], meta }, zero padding to a multiple of 4, then the values
 *   of every entry in order as float32 (little-endian).
 */
import * as tf from '@tensorflow/tfjs';

const MAGIC = 'MMW1';

interface WeightEntry {
  name: string;
  shape: number[];
  values: Float32Array;
}

export interface WeightFile {
  entries: WeightEntry[];
  /** Anything the writer wants to record: training settings, accuracy, seed. */
  meta: Record<string, unknown>;
}

const sizeOf = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

function encodeWeights(file: WeightFile): Uint8Array {
  const header = new TextEncoder().encode(
    JSON.stringify({ entries: file.entries.map(({ name, shape }) => ({ name, shape })), meta: file.meta }),
  );
  const dataStart = Math.ceil((8 + header.length) / 4) * 4;
  const total = file.entries.reduce((n, e) => n + e.values.length, 0);
  const out = new Uint8Array(dataStart + total * 4);
  for (let i = 0; i < 4; i++) out[i] = MAGIC.charCodeAt(i);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  const values = new Float32Array(out.buffer, dataStart, total);
  let at = 0;
  for (const e of file.entries) {
    if (e.values.length !== sizeOf(e.shape))
      throw new Error(`encodeWeights: ${e.name} has ${e.values.length} values for shape [${e.shape}]`);
    values.set(e.values, at);
    at += e.values.length;
  }
  return out;
}

export function decodeWeights(bytes: Uint8Array, source = 'weights'): WeightFile {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (bytes.length < 8 || magic !== MAGIC) throw new Error(`${source} is not a weights file (it does not start with "${MAGIC}")`);
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  let header: { entries: { name: string; shape: number[] }[]; meta: Record<string, unknown> };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    throw new Error(`${source} is truncated or damaged: its header is not readable`);
  }
  const dataStart = Math.ceil((8 + headerLength) / 4) * 4;
  const total = header.entries.reduce((n, e) => n + sizeOf(e.shape), 0);
  if (bytes.length !== dataStart + total * 4) {
    throw new Error(`${source} is truncated or damaged: ${bytes.length} bytes where its header promises ${dataStart + total * 4}`);
  }
  // Copy so the values are aligned whatever the source buffer's offset.
  const all = new Float32Array(bytes.slice(dataStart).buffer);
  let at = 0;
  const entries = header.entries.map(({ name, shape }) => {
    const values = all.subarray(at, at + sizeOf(shape));
    at += values.length;
    return { name, shape, values };
  });
  return { entries, meta: header.meta ?? {} };
}

/** A model whose weights can be saved: its variables and a name for each. */
export interface SavableModel {
  readonly variables: tf.Variable[];
  readonly variableNames: string[];
}

/** The current values of a model's variables (for `encodeWeights`). */
function readVariables(model: SavableModel): WeightEntry[] {
  return model.variables.map((v, i) => ({ name: model.variableNames[i], shape: v.shape.slice(), values: v.dataSync() as Float32Array }));
}

/** Assigns saved values to a model's variables; names and shapes must agree. */
function assignVariables(model: SavableModel, file: WeightFile, source = 'weights'): void {
  const { variables, variableNames } = model;
  if (file.entries.length !== variables.length) {
    throw new Error(
      `${source} holds ${file.entries.length} arrays but the model has ${variables.length} variables: it was saved from a different model`,
    );
  }
  variables.forEach((v, i) => {
    const e = file.entries[i];
    if (e.name !== variableNames[i] || e.shape.join() !== v.shape.join()) {
      throw new Error(
        `${source}: array ${i} is ${e.name} [${e.shape}] but the model expects ${variableNames[i]} [${v.shape}]: it was saved from a different model`,
      );
    }
  });
  // tidy: assign copies the values, so the temporary tensor would otherwise stay allocated.
  tf.tidy(() => variables.forEach((v, i) => v.assign(tf.tensor(file.entries[i].values, v.shape))));
}

/** A model's weights as bytes, with `meta` recorded beside them. */
export function saveWeights(model: SavableModel, meta: Record<string, unknown> = {}): Uint8Array {
  return encodeWeights({ entries: readVariables(model), meta });
}

/** Restores weights saved by `saveWeights` into a model of the same shape; returns their meta. */
export function loadWeights(model: SavableModel, bytes: Uint8Array, source = 'weights'): Record<string, unknown> {
  const file = decodeWeights(bytes, source);
  assignVariables(model, file, source);
  return file.meta;
}
