import { readFileSync } from 'node:fs';
import type { Attempt } from '../../lib/content/cell-runner';
import { describeExerciseMistakes } from '../../lib/content/describe-exercise-mistakes';

const mdx = readFileSync(new URL('./index.mdx', import.meta.url), 'utf8');

// A learner's attempt at the scaling, as the body of the map.
const attempt = (body: string) => `function toTanhRange(levels) { return levels.map((v) => ${body}); }`;

const attempts: Attempt[] = [
  { slip: 'levels / 255 gives [0, 1]', code: attempt('v / 255') },
  { slip: 'you doubled levels / 255 but did not subtract 1', code: attempt('(v / 255) * 2') },
  { slip: 'you centred on 127.5 but divided by 255', code: attempt('(v - 127.5) / 255') },
  { slip: 'the scale is flipped', code: attempt('1 - v / 127.5') },
  { slip: 'you divided by 128', code: attempt('v / 128 - 1') },
];

describeExerciseMistakes(mdx, 'pixel-scaling', attempts);
