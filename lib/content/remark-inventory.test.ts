import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileChapter } from './compile';
import { ContentError } from './errors';

const frontmatter = '---\ntitle: T\nsummary: S\nobjectives:\n  - O\nminutes: 5\n---\n';
let root: string;

beforeAll(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'minimax-quiz-'));
});
afterAll(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function compile(body: string) {
  const slug = `c${Math.random().toString(36).slice(2, 8)}`;
  await fs.mkdir(path.join(root, slug));
  await fs.writeFile(path.join(root, slug, 'index.mdx'), frontmatter + body);
  return compileChapter(slug, root);
}

/** The problems a broken chapter reports, as "line:column message" (line 8 is the body's first). */
async function problems(body: string): Promise<string[]> {
  try {
    await compile(body);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    throw error;
  }
  return [];
}

const good = `
## Check

<Quiz id="one">
Which?

<Choice correct>
$\\log 2$
<Explain>Yes.</Explain>
</Choice>
<Choice>
$1$
</Choice>
</Quiz>

<Quiz id="num">
How much? <Numeric answer={Math.log(2)} tolerance={0.005} unit="nats" />
</Quiz>

<Reflect id="why">
Why? <ModelAnswer>Because.</ModelAnswer>
</Reflect>

<Exercise id="ex-1">
\`\`\`js starter
const x = 1;
\`\`\`

\`\`\`js solution
const x = 2;
\`\`\`

\`\`\`js check
check('x is two', () => closeTo(x, 2, 0));
\`\`\`
</Exercise>

\`\`\`js cell id="first" seed=7
print(1)
\`\`\`

\`\`\`js
not a cell
\`\`\`
`;

describe('remarkInventory', () => {
  it("collects the chapter's quiz, reflect, exercise and cell ids", async () => {
    const chapter = await compile(good);
    expect(chapter.inventory).toEqual({ quizzes: ['one', 'num'], reflects: ['why'], exercises: ['ex-1'], cells: ['first'] });
  });

  it('gives each check a short title: the exercise title, else the first sentence of the question', async () => {
    const chapter = await compile(`${good}
<Quiz id="long">
Suppose $p_g = p_{data}$ and **every** sample \`x\` is real, and then the discriminator keeps on training for ever and ever. Which?

<Choice correct>a</Choice>
<Choice>b</Choice>
</Quiz>

<Exercise id="ex-2" title="Implement $\\log D$">
\`\`\`js starter
const y = 1;
\`\`\`

\`\`\`js check
check('y', () => y === 1);
\`\`\`
</Exercise>
`);
    expect(chapter.checkTitles).toEqual({
      one: 'Which?',
      num: 'How much?',
      why: 'Why?',
      'ex-1': 'ex-1',
      long: 'Suppose $p_g = p_{data}$ and every sample x is real, and then the discriminator keeps on …',
      'ex-2': 'Implement $\\log D$',
    });
  });

  it('leaves the rules to the checker: the build refuses a chapter with every problem the checker lists, in one pass', async () => {
    const body =
      '<Quiz>\nQ\n<Choice correct>a</Choice>\n<Choice>b</Choice>\n</Quiz>\n\n<Reflect id="r">\nNo model answer.\n</Reflect>\n\n<Choice>stray</Choice>\n';
    expect(await problems(body)).toEqual([
      '8:1 <Quiz> is missing its required prop "id"',
      '14:1 <Reflect id="r"> needs exactly one <ModelAnswer>, found 0',
      '18:1 <Choice> is outside a <Quiz>: put it inside a <Quiz>',
    ]);
  });
});
