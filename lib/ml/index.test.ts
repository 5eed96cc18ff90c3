import * as tf from '@tensorflow/tfjs';
import { expect, test } from 'vitest';
import * as ml from './index';

test('the public ml API exposes the chapters’ entry points', async () => {
  await tf.setBackend('cpu');
  const names = [
    'setSeed',
    'sampleData',
    'mlp',
    'discriminatorLoss',
    'gradientPenalty',
    'createTrainer',
    'benchmark',
    'kl',
    'js',
    'gridJs',
    'wasserstein1d',
    'kdeLogLikelihood',
    'frechetDistance',
    'modeCoverage',
    'optimalDiscriminator',
    'powerIteration',
    'largestSingularValue',
    'bilinearGame',
    'sampleGeometric',
    'mixtureLogLikelihood',
    'PopulationTrainer',
    'outcome',
    'inceptionScore',
    'nearestNeighbours',
    'precisionRecall',
  ];
  expect(names.filter((n) => typeof (ml as Record<string, unknown>)[n] !== 'function')).toEqual([]);
  expect(ml.PRESET_NAMES.length).toBe(6);
  // benchmark() times training for the bench; here only that it trains the asked-for steps and frees everything.
  const r = await ml.benchmark('ganlab-default', 20, 2);
  expect(r.iterations).toBe(20);
  expect(tf.memory().numTensors).toBe(0);
});
