/** Thrown by `progress`/`sleep` when the learner pressed Stop; the run ends quietly, state kept. */
export class StopSignal extends Error {
  constructor(readonly step: number | null) {
    super(step === null ? 'Stopped.' : `Stopped at step ${step}.`);
    this.name = 'Stopped';
  }
}

/** Thrown when a reported value is NaN or infinite: training has diverged. */
export class Diverged extends Error {
  constructor(
    readonly step: number | null,
    readonly what: string,
    readonly value: number,
  ) {
    super(`diverged at step ${step ?? '?'}: ${what} is ${value}`);
    this.name = 'Diverged';
  }
}

export const DIVERGED_HINT =
  'Try a smaller learning rate, normalise the inputs, or clip gradients; then Run again (reset the model first if it holds NaN weights).';
