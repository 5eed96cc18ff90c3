import { describe, expect, it } from 'vitest';
import { checkContent } from '.';
import { formatProblem } from '../errors';
import { guideFile, guideRoot } from '../guide';
import { checkPage } from '.';

const fixtures = 'lib/content/check/fixtures';

/** Every line the checker prints for one fixture content folder. */
function report(kind: string) {
  const { errors, infos } = checkContent({ root: `${fixtures}/${kind}` });
  return { errors: errors.map(formatProblem), infos: infos.map(formatProblem) };
}

const chapter = (kind: string) => `${fixtures}/${kind}/chapter/index.mdx`;

describe('checkContent reports every problem with file:line:column', () => {
  it('frontmatter against the schema', () => {
    const f = chapter('frontmatter');
    expect(report('frontmatter').errors).toEqual([
      `${f}:1:1  frontmatter "summary" is required`,
      `${f}:5:1  frontmatter "minutes" Invalid input: expected number, received string`,
      `${f}:6:1  frontmatter has unknown field(s) "level"; allowed: title, summary, objectives, minutes, prerequisites, draft`,
    ]);
  });

  it('MDX syntax', () => {
    expect(report('mdx-syntax').errors).toEqual([
      `${chapter('mdx-syntax')}:13:15  MDX syntax: Unexpected character \`n\` (U+006E) before attribute value, expected a character that can start an attribute value, such as \`"\`, \`'\`, or \`{\``,
    ]);
  });

  it('unknown components, unknown props, bad values, missing props and imports', () => {
    const f = chapter('components');
    expect(report('components').errors).toEqual([
      `${f}:9:1  import "./Missing" does not resolve: no such file next to this chapter (tried .tsx, .ts, .jsx, .js, .mdx, /index.tsx, /index.ts)`,
      `${f}:10:1  import "@observablehq/plot": a chapter imports only files in its own folder ("./X") and @minimax/figure`,
      `${f}:16:1  unknown component <Quizz>: import it in this chapter or use one of Callout, Exercise, Hint, Quiz, DrawData, Choice, Explain, Numeric, Reflect, ModelAnswer, SideBySide, Step, Figure, Param, Value, Example`,
      `${f}:18:10  <Callout kind="warning">: must be one of note, pitfall, deep-dive`,
      `${f}:18:25  unknown prop "tone" on <Callout>; allowed: kind, title`,
      `${f}:20:1  <Quiz> has 1 <Choice>; give at least two`,
      `${f}:20:1  <Quiz> is missing its required prop "id"`,
      `${f}:25:1  <Param> is missing its required prop "name"`,
      `${f}:25:1  <Param> must be a direct child of a <SideBySide>: move it inside one`,
    ]);
  });

  it('duplicate cell, exercise and quiz ids (cells and exercises share ids), and malformed ids', () => {
    const f = chapter('duplicate-ids');
    expect(report('duplicate-ids').errors).toEqual([
      `${f}:15:1  duplicate cell id "same" (line 11 already uses it for a cell)`,
      `${f}:19:1  <Quiz id="q"> has 1 <Choice>; give at least two`,
      `${f}:24:1  duplicate quiz id "q" (line 19 already uses it for a quiz)`,
      `${f}:28:1  <Quiz id="Bad_Id"> has 1 <Choice>; give at least two`,
      `${f}:28:1  <Quiz id="Bad_Id">: ids are lower-case words joined by hyphens, e.g. "jsd-max"`,
      `${f}:33:1  duplicate exercise id "same" (line 11 already uses it for a cell)`,
    ]);
  });

  it('quizzes without a correct choice or any answer', () => {
    const f = chapter('quiz-no-correct');
    expect(report('quiz-no-correct').errors).toEqual([
      `${f}:11:1  <Quiz id="none-correct"> has no correct choice: mark at least one <Choice correct>`,
      `${f}:17:1  <Quiz id="no-answer"> has no <Choice> or <Numeric> answer: add the answers the learner picks from`,
    ]);
  });

  it('cells and exercise blocks that do not parse, at the line inside the file, and bad cell options', () => {
    const f = chapter('cells');
    expect(report('cells').errors).toEqual([
      `${f}:18:14  cell "broken" does not parse: Unexpected token`,
      `${f}:21:1  cell has no id: add id="a-name" after "cell" (it keys the learner's saved edits)`,
      `${f}:21:1  cell option autorun is a flag: write \`autorun\` with no value`,
      `${f}:21:1  cell option backend="gpu": must be one of auto, cpu, wasm, webgl, webgpu`,
      `${f}:21:1  cell option budget is the seconds a run is expected to take: a positive number up to 3600, e.g. budget=30`,
      `${f}:21:1  cell option seed must be a whole number, e.g. seed=7`,
      `${f}:21:1  unknown cell option "speed"; allowed: id, seed, autorun, readonly, hidden, backend, budget`,
      `${f}:25:1  <Exercise id="ex"> has no \`\`\`js check block`,
      `${f}:33:23  <Exercise id="ex"> solution block does not parse: Unexpected token`,
      `${f}:36:1  a fence inside <Exercise id="ex"> must be \`\`\`js starter, \`\`\`js solution or \`\`\`js check (got "js helper")`,
      `${f}:41:1  cells run JavaScript: write \`\`\`js cell, not \`\`\`python cell`,
      `${f}:45:1  <Exercise id="nested"> has no \`\`\`js check block`,
      `${f}:51:1  a fence inside <Exercise id="nested"> must sit directly in it, not inside another element`,
    ]);
  });

  it('hints outside an exercise, inside a sentence or another element, with props, empty, or hiding an exercise block', () => {
    const f = chapter('exercise-hints');
    expect(report('exercise-hints').errors).toEqual([
      `${f}:11:1  <Hint> is outside an <Exercise>: put it directly inside the <Exercise> it helps with`,
      `${f}:14:11  <Hint> must sit directly in <Exercise id="bad">, on lines of its own or alone on one line (not inside a sentence)`,
      `${f}:17:1  <Hint> must sit directly in <Exercise id="bad">, on lines of its own or alone on one line (not inside another element)`,
      `${f}:20:7  unknown prop "tone" on <Hint>; it takes no props`,
      `${f}:22:1  <Hint> is empty: write the hint between <Hint> and </Hint>`,
      `${f}:25:1  a fence inside <Exercise id="bad"> must sit directly in it, not inside another element`,
    ]);
  });

  // The fixture ends with `$$x = 1 \\tag{1}$$` on one line: display math, where \\tag is allowed.
  it('KaTeX errors in inline and display math, at the offending command', () => {
    const f = chapter('katex');
    expect(report('katex').errors).toEqual([
      `${f}:11:38  KaTeX cannot typeset this math: Undefined control sequence: \\foo`,
      `${f}:15:9  KaTeX cannot typeset this math: Expected '\\right', got 'EOF'`,
    ]);
  });

  it('links to missing chapters, headings and drafts, and unknown prerequisites', () => {
    const f = chapter('links');
    expect(report('links')).toEqual({
      errors: [
        `${f}:7:1  prerequisite "ghost" is not a chapter in course.json`,
        `${f}:12:18  link to "#nowhere": no heading in this file has that id (ids: body)`,
        `${f}:13:1  link to "/learn/other#the-start": chapter "other" has no heading with id "the-start"`,
        `${f}:13:44  link to "/learn/ghost": no chapter "ghost" in course.json`,
        `${f}:13:80  link to "/learn/drafty": chapter "drafty" is a draft, left out of production builds`,
        `${f}:15:1  link to "/learn/ghost#x": no chapter "ghost" in course.json`,
      ],
      infos: [
        `${fixtures}/links/drafty/index.mdx:7:1  info: draft chapter: shown by npm run dev with a "draft" badge, left out of production builds`,
      ],
    });
  });

  it('course.json and folders out of step: missing, duplicated, extra, empty', () => {
    const root = `${fixtures}/course-json`;
    expect(report('course-json').errors).toEqual([
      `${root}/course.json:4:27  course.json lists "gone" but ${root}/gone/index.mdx does not exist: create it with npm run new:chapter, or remove the entry`,
      `${root}/course.json:4:35  course.json lists "chapter" more than once`,
      `${root}/empty-folder:1:1  folder "empty-folder" has no index.mdx: a chapter folder needs one (or remove the folder)`,
      `${root}/extra/index.mdx:1:1  chapter folder "extra" is not listed in ${root}/course.json: add "extra" to "chapters", or remove the folder`,
    ]);
  });
});

describe('chapter figures and helpers', () => {
  it('import only React, @minimax/figure (names it exports) and files of their own folder', () => {
    const dir = `${fixtures}/figures/chapter`;
    expect(report('figures').errors).toEqual([
      `${dir}/BadFigure.tsx:2:1  import "@tensorflow/tfjs": figures run on the page, so they import only React, @minimax/figure and files in this folder (tfjs and lib/ml belong in cells)`,
      `${dir}/BadFigure.tsx:3:1  @minimax/figure has no export "plotLine"; it has PlotFigure, useParams, useParam, useFocus, linspace, gaussianPdf, mixturePdf, seededRandom, seededNormals, histogram, jacobiEigen`,
      `${dir}/helper.ts:1:1  import "../../../../ml": a chapter's files import only from their own folder, React and @minimax/figure`,
    ]);
  });
});

describe('the real course', () => {
  it('has no content problems (content/ and the authoring guide)', () => {
    const { errors } = checkContent({ root: 'content', pages: ['content-guide/authoring/index.mdx'] });
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it("the build's check of the authoring guide resolves its links against the course, as the checker does", () => {
    expect(checkPage(guideFile(), guideRoot()).map(formatProblem)).toEqual([]);
  });
});
