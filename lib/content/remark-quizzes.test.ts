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

describe('remarkQuizzes', () => {
  it("collects the chapter's quiz, reflect, exercise and cell ids", async () => {
    const chapter = await compile(good);
    expect(chapter.inventory).toEqual({ quizzes: ['one', 'num'], reflects: ['why'], exercises: ['ex-1'], cells: ['first'] });
  });

  it('fails a quiz with no correct choice, at its line', async () => {
    expect(await problems('\n<Quiz id="q">\nQ\n<Choice>a</Choice>\n<Choice>b</Choice>\n</Quiz>\n')).toEqual([
      '9:1 <Quiz id="q"> has no correct choice; mark the right one(s) as <Choice correct>',
    ]);
  });

  it('fails a repeated quiz id, naming the first one', async () => {
    const quiz = (id: string) => `<Quiz id="${id}">\nQ\n<Choice correct>a</Choice>\n<Choice>b</Choice>\n</Quiz>\n\n`;
    expect(await problems(quiz('q') + quiz('q'))).toEqual(['14:1 <Quiz id="q"> repeats the id of the <Quiz> at line 8; quiz and reflect ids must be unique in a chapter']);
  });

  it('fails duplicate choice text, ignoring explanations', async () => {
    const body = '<Quiz id="q">\nQ\n<Choice correct>\n$x$\n<Explain>one</Explain>\n</Choice>\n<Choice>\n$x$\n<Explain>two</Explain>\n</Choice>\n</Quiz>\n';
    expect(await problems(body)).toEqual(['14:1 choice 2 of <Quiz id="q"> repeats choice 1: "x"']);
  });

  it('fails a negative tolerance and a missing or non-numeric answer', async () => {
    expect(await problems('<Quiz id="n">\nQ <Numeric answer={1} tolerance={-0.1} />\n</Quiz>\n')).toEqual([
      '9:3 <Numeric> in <Quiz id="n"> has tolerance -0.1; it must be ≥ 0',
    ]);
    expect(await problems('<Quiz id="n">\nQ <Numeric tolerance={0.1} />\n</Quiz>\n')).toEqual(['9:3 <Numeric> in <Quiz id="n"> needs answer={…}']);
    expect(await problems('<Quiz id="n">\nQ <Numeric answer="abc" />\n</Quiz>\n')).toEqual(['9:3 <Numeric> in <Quiz id="n">: answer must be a finite number, got "abc"']);
  });

  it('reports every problem of a chapter in one pass', async () => {
    const body = '<Quiz>\nQ\n<Choice correct>a</Choice>\n<Choice>b</Choice>\n</Quiz>\n\n<Reflect id="r">\nNo model answer.\n</Reflect>\n\n<Choice>stray</Choice>\n';
    expect(await problems(body)).toEqual([
      '8:1 <Quiz> needs an id, e.g. <Quiz id="jsd-max">',
      '14:1 <Reflect id="r"> needs exactly one <ModelAnswer>, found 0',
      '18:1 <Choice> must be inside a <Quiz>',
    ]);
  });

  it('fails a quiz with nothing to answer', async () => {
    expect(await problems('<Quiz id="q">\nJust text.\n</Quiz>\n')).toEqual(['8:1 <Quiz id="q"> has no <Choice> or <Numeric>; add the answers the learner picks from']);
  });
});
