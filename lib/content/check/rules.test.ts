import { describe, expect, it } from 'vitest';
import { checkContent } from '.';
import { formatProblem } from '../errors';

/**
 * The rules the checker and the build share (issue 14), one fixture content folder per family.
 * Every expected line is written by hand from the fixture: file:line:column, then the message.
 */
const fixtures = 'lib/content/check/fixtures';
const errors = (kind: string) => checkContent({ root: `${fixtures}/${kind}` }).errors.map(formatProblem);
const at = (kind: string, chapter = 'chapter') => `${fixtures}/${kind}/${chapter}/index.mdx`;

describe('quizzes: what the page could not grade is refused', () => {
  it('a single choice, a repeated choice, Choice mixed with Numeric, tags outside their parent, a nested quiz, Reflect without ModelAnswer', () => {
    const f = at('quiz-structure');
    expect(errors('quiz-structure')).toEqual([
      `${f}:11:1  <Quiz id="single"> has 1 <Choice>; give at least two`,
      `${f}:19:1  choice 2 of <Quiz id="repeated"> repeats choice 1 ("same"): make each choice different`,
      `${f}:22:1  <Quiz id="mixed"> mixes <Choice> and <Numeric>: use one kind per quiz`,
      `${f}:29:1  <Choice> is outside a <Quiz>: put it inside a <Quiz>`,
      `${f}:31:1  <Reflect id="no-model"> needs exactly one <ModelAnswer>, found 0`,
      `${f}:35:1  <Explain> is outside a <Quiz>: put it in a <Choice>, or after a <Numeric>, inside a <Quiz>`,
      `${f}:37:1  <ModelAnswer> is outside a <Reflect>: put it inside a <Reflect>`,
      `${f}:39:1  <Quiz id="outer"> has no <Choice> or <Numeric> answer: add the answers the learner picks from`,
      `${f}:40:1  <Quiz id="inner"> is inside another <Quiz>: close the outer one first`,
    ]);
  });

  it('answers and tolerances that are not finite numbers or are negative, correct= that is not a boolean, ids with capitals, "_" or "."', () => {
    const f = at('quiz-values');
    expect(errors('quiz-values')).toEqual([
      `${f}:12:20  <Numeric> in <Quiz id="not-a-number">: answer="abc" is not a finite number; write a number, e.g. answer={0.5}`,
      `${f}:16:33  <Numeric> in <Quiz id="wide">: tolerance="wide" is not a finite number; write a number, e.g. tolerance={0.5}`,
      `${f}:20:33  <Numeric> in <Quiz id="negative"> has tolerance -0.1: it must be 0 or more`,
      `${f}:24:20  <Numeric> in <Quiz id="bad-expression">: answer={Math.lg(2)} could not be evaluated (Math.lg is not a function); write a number, e.g. answer={0.5}`,
      `${f}:24:40  <Numeric> in <Quiz id="bad-expression">: tolerance={1/0} is not a finite number; write a number, e.g. tolerance={0.5}`,
      `${f}:27:1  <Quiz id="string-true"> has no correct choice: mark at least one <Choice correct>`,
      `${f}:29:9  <Choice correct="true">: write <Choice correct> for a right answer (or correct={false}), not a string or number`,
      `${f}:33:1  <Quiz id="number-one"> has no correct choice: mark at least one <Choice correct>`,
      `${f}:35:9  <Choice correct={1}>: write <Choice correct> for a right answer (or correct={false}), not a string or number`,
      `${f}:36:9  <Choice correct="yes">: write <Choice correct> for a right answer (or correct={false}), not a string or number`,
      `${f}:39:1  <Quiz id="Q_1.x">: ids are lower-case words joined by hyphens, e.g. "jsd-max"`,
      `${f}:45:1  <Reflect id="Why_Not">: ids are lower-case words joined by hyphens, e.g. "jsd-max"`,
    ]);
  });
});

describe('syntax: each error at its real place, and the rest of the chapter still checked', () => {
  it('an unclosed flow tag, an unclosed inline tag, a tag missing its >, a stray closing tag, and the problems between them', () => {
    const f = at('unclosed-jsx');
    expect(errors('unclosed-jsx')).toEqual([
      `${f}:11:1  MDX syntax: <Quiz> is never closed: add </Quiz> where its content ends (or write <Quiz … /> if it has none)`,
      `${f}:18:10  <Callout kind="warning">: must be one of note, pitfall, deep-dive`,
      `${f}:20:11  <Value> is outside a <SideBySide>: it shows a <Param> of the <SideBySide> it is in`,
      `${f}:22:18  MDX syntax: <Explain> is never closed: add </Explain> where its content ends (or write <Explain … /> if it has none)`,
      `${f}:25:1  MDX syntax: <Callout is never finished with ">" (the parser stopped at 27:6: Unexpected character \`<\` (U+003C) after attribute name, expected a character that can start an attribute name, such as a letter, \`$\`, or \`_\`; \`=\` to initialize a value; or the end of the tag)`,
      // The parser reads </Step> as closing the open <Quiz>, and says so.
      `${f}:29:1  MDX syntax: Unexpected closing tag \`</Step>\`, expected corresponding closing tag for \`<Quiz>\` (11:1-11:17)`,
    ]);
  });

  it('a YAML error at its line and column (a colon in a value, a bad indent), and the body still checked', () => {
    expect(errors('yaml')).toEqual([
      `${at('yaml')}:3:11  frontmatter is not valid YAML: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line (check quotes, colons and indentation here)`,
      `${at('yaml')}:11:13  unknown component <Quizz>: import it in this chapter or use one of Callout, Exercise, Hint, Quiz, DrawData, Choice, Explain, Numeric, Reflect, ModelAnswer, SideBySide, Step, Figure, Param, Value, Example`,
      `${at('yaml', 'indent')}:3:10  frontmatter is not valid YAML: bad indentation of a mapping entry (check quotes, colons and indentation here)`,
    ]);
  });

  it('a lone $ or $$ in a paragraph, and a $$ block never closed; \\$ is a dollar sign', () => {
    const f = at('math-delimiters');
    expect(errors('math-delimiters')).toEqual([
      `${f}:13:9  a lone $ opens no formula (nothing closes it in this paragraph): close the math with $, or write \\$ for a dollar sign`,
      `${f}:15:8  a lone $$ opens no formula (nothing closes it in this paragraph): close the math with $$, or write \\$ for a dollar sign`,
      `${f}:17:1  this $$ is never closed, so everything after it is typeset as math: add a line with $$ after the formula`,
    ]);
  });

  it('a malformed course.json: one error at the real place, no follow-on noise about chapters and links', () => {
    expect(errors('course-json-trailing-comma')).toEqual([
      `${fixtures}/course-json-trailing-comma/course.json:4:34  course.json is not valid JSON: a comma before ] or }: delete it`,
    ]);
    expect(errors('course-json-missing-comma')).toEqual([
      `${fixtures}/course-json-missing-comma/course.json:3:3  course.json is not valid JSON: Expected ',' or '}' after property value: fix the JSON here`,
    ]);
  });

  it('files that are not UTF-8 text, NUL bytes, and a chapter with only frontmatter', () => {
    const f = (c: string) => at('encoding', c);
    expect(errors('encoding')).toEqual([
      `${f('frontmatter-only')}:7:1  the chapter has only frontmatter: write the lesson below this closing ---`,
      `${f('latin1')}:11:4  the file is not UTF-8: byte 0xE9 here is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8`,
      `${f('nul')}:11:5  NUL byte in the text: delete it`,
      `${f('nul')}:13:8  "undefinedName" is not defined: import it, or define it in this chapter with export const undefinedName = …`,
      `${f('utf16-no-bom')}:1:1  the file is UTF-16, not UTF-8: save it as UTF-8 (in most editors: "Save with encoding", UTF-8)`,
      `${f('utf16')}:1:1  the file is UTF-16, not UTF-8: save it as UTF-8 (in most editors: "Save with encoding", UTF-8)`,
    ]);
  });
});

describe('links and images must reach something the site publishes', () => {
  it('relative links, ?query, pages that do not exist, script URLs, in markdown and in <a>; missing or unpublished images', () => {
    const f = at('link-targets');
    const relative = (url: string) =>
      `link to "${url}" is relative, so it breaks depending on the page's address: write it from the site root, e.g. /learn/<chapter>#<heading>`;
    const query = (url: string) => `link to "${url}": the static site ignores ?query strings; link to /learn/<chapter>#<heading> instead`;
    expect(errors('link-targets')).toEqual([
      `${f}:11:3  ${relative('next-part')}`,
      `${f}:12:3  ${relative('./other')}`,
      `${f}:13:3  ${query('/learn/chapter?tab=2')}`,
      `${f}:14:3  link to "/progres": no such page; the site has /, /progress, /authoring and /learn/<chapter>`,
      `${f}:16:3  ${query('/learn/chapter?x=1')}`,
      `${f}:17:3  link to "javascript:alert(1)": only https:, http: and mailto: links are allowed`,
      `${f}:19:1  image "/images/missing.png": no file public/images/missing.png; add it or fix the path`,
      `${f}:21:1  image "./figure.png": chapter folders are not published; put the file under public/ (e.g. public/images/x.png) and write /images/x.png`,
      `${f}:23:1  image "/images/also-missing.svg": no file public/images/also-missing.svg; add it or fix the path`,
    ]);
  });
});

describe('what a chapter may run', () => {
  it('imports that leave the chapter folder, however they are spelt', () => {
    const why = 'a chapter imports only its own files ("./X") and @minimax/figure; copy what you need into this folder';
    expect(errors('chapter-imports')).toEqual([
      `${at('chapter-imports')}:9:1  import "../other/Shared" reaches outside this chapter's folder: ${why}`,
      `${at('chapter-imports')}:10:1  import "./sub/../../other/Shared" reaches outside this chapter's folder: ${why}`,
    ]);
  });

  it('figures that load modules, use the network, cookies or storage (a comment that names fetch() is fine)', () => {
    const f = `${fixtures}/figure-apis/chapter/Spy.tsx`;
    expect(errors('figure-apis')).toEqual([
      `${f}:5:16  require(): a figure loads nothing at run time: import only React, @minimax/figure and files in this folder`,
      `${f}:6:5  fetch(): a figure makes no network requests (the site fetches nothing at run time); compute the data in a helper in this folder`,
      `${f}:6:39  document.cookie: a figure must not read or write cookies`,
      `${f}:7:5  localStorage: a figure must not use the browser's storage: the learner's progress lives there, and only the platform writes it`,
    ]);
  });

  it('raw <script>, <iframe>, dangerouslySetInnerHTML and inline event handlers, each refused with the reason', () => {
    const f = at('raw-html');
    expect(errors('raw-html')).toEqual([
      `${f}:11:1  raw <script> is not allowed in a chapter: the page runs no inline script; put code in a \`\`\`js cell, or behaviour in a figure component`,
      `${f}:13:1  <iframe> is not allowed in a chapter: it embeds another site inside the lesson; link to it instead`,
      `${f}:15:6  dangerouslySetInnerHTML on <div> is not allowed: it puts unchecked HTML on the page; write the content as MDX`,
      `${f}:17:9  inline event handler onClick on <button> is not allowed: the page runs no inline script; interactivity belongs in a figure component`,
      `${f}:19:7  inline event handler onmouseover on <span> is not allowed: the page runs no inline script; interactivity belongs in a figure component`,
    ]);
  });

  it('<Param> and <Step> outside a <SideBySide>, <Value> outside one or naming a param it does not have', () => {
    const f = at('params');
    expect(errors('params')).toEqual([
      `${f}:11:1  <Param> must be a direct child of a <SideBySide>: move it inside one`,
      `${f}:13:11  <Value> is outside a <SideBySide>: it shows a <Param> of the <SideBySide> it is in`,
      `${f}:17:14  <Value name="sigma">: no <Param name="sigma"> in this <SideBySide> (params here: mu)`,
      `${f}:23:1  <Step> must be a direct child of a <SideBySide>: move it inside one`,
    ]);
  });

  it('MDX expressions that read undefined names or browser globals; exports, Math and arrow parameters are fine', () => {
    const f = at('expressions');
    const browser = (name: string) =>
      `"${name}" in MDX: the page is rendered at build time, where there is no browser; read browser state inside a figure component (in useEffect)`;
    expect(errors('expressions')).toEqual([
      `${f}:11:16  "answer" is not defined: import it, or define it in this chapter with export const answer = …`,
      `${f}:13:9  ${browser('window')}`,
      `${f}:19:17  "missingTitle" is not defined: import it, or define it in this chapter with export const missingTitle = …`,
      `${f}:21:2  ${browser('document')}`,
    ]);
  });
});
