import type { ProseNumber } from '../../lib/content/prose-numbers';
import { BIMODAL, klDiscrete, mixtureMoments, projectionLoss } from './divergences';
import { classifierError, OTHER_SEEDS, projectionFit } from './cell-runs.node';

const P = [0.5, 0.3, 0.2];
const Q = [0.1, 0.2, 0.7];
const jsdAt = (mu: number, sigma: number) => projectionLoss('jsd', BIMODAL, mu, sigma);

export const proseNumbers: ProseNumber[] = [
  { text: '0.693', value: Math.log(2), why: 'log 2' },
  { text: '0.5', value: P[0], why: 'P in the asymmetry example (given), also Math.log(0.5) in the hint' },
  { text: '0.3', value: P[1], why: 'P in the asymmetry example (given)' },
  { text: '0.2', value: P[2], why: 'P in the asymmetry example (given), and the small peak weight' },
  { text: '0.1', value: Q[0], why: 'Q in the asymmetry example (given)' },
  { text: '0.7', value: Q[2], why: 'Q in the asymmetry example, and the peaks’ width (given)' },
  { text: '1.5', value: P[1] / Q[1], why: 'the ratio p/q = 0.3/0.2 in the KL sum' },
  { text: '0.676', value: klDiscrete(P, Q), why: 'KL(P‖Q) of the example' },
  { text: '0.635', value: klDiscrete(Q, P), why: 'KL(Q‖P) of the example' },
  { text: '0.8', value: BIMODAL.weights[0], why: 'the big peak’s weight in BIMODAL' },
  { text: '-1.6', value: BIMODAL.means[0], why: 'the big peak’s mean in BIMODAL' },
  { text: '1.6', value: BIMODAL.means[1], why: 'the small peak’s mean in BIMODAL' },
  { text: '-0.96', value: async () => (await projectionFit('forward')).mu, why: 'the info-projection cell’s forward-KL μ' },
  { text: '1.46', value: async () => (await projectionFit('forward')).sigma, why: 'the info-projection cell’s forward-KL σ' },
  { text: '-1.10', value: async () => (await projectionFit('JSD')).mu, why: 'the cell’s JSD μ' },
  { text: '1.30', value: async () => (await projectionFit('JSD')).sigma, why: 'the cell’s JSD σ' },
  { text: '-1.56', value: async () => (await projectionFit('reverse')).mu, why: 'the cell’s reverse-KL μ' },
  { text: '0.76', value: async () => (await projectionFit('reverse')).sigma, why: 'the cell’s reverse-KL σ' },
  // The forward-KL optimum is moment matching: the same two numbers from the mixture's moments.
  { text: '-0.96', value: mixtureMoments(BIMODAL).mean, why: 'the mixture’s mean' },
  { text: '1.46', value: mixtureMoments(BIMODAL).std, why: 'the mixture’s standard deviation' },
  { text: '-1.50', value: -1.5, why: 'the narrow JSD minimum, checked to be lower in divergences.test.ts' },
  { text: '0.82', value: 0.82, why: 'the narrow JSD minimum, checked to be lower in divergences.test.ts' },
  {
    text: '0.002',
    value: async () => jsdAt((await projectionFit('JSD')).mu, (await projectionFit('JSD')).sigma) - jsdAt(-1.5, 0.82),
    within: 0.001,
    why: 'how much lower the narrow JSD minimum is',
  },
  { text: '-1.5', value: -1.5, why: 'the suggested starting mu (a given)' },
  {
    text: '0.005',
    value: async () => -(await classifierError()),
    within: 0.001,
    why: 'how far below the exact JSD the classifier lands on the cell’s seed',
  },
  {
    text: '0.015',
    value: async () => Math.max(...(await Promise.all(OTHER_SEEDS.map(classifierError))).map(Math.abs)),
    within: 0.005,
    why: 'the largest error over five other seeds',
  },
];
