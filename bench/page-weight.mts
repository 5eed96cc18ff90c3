/**
 * First-load weight of each exported page: the scripts its HTML loads before any interaction, and
 * the HTML itself (issue 21's budget: every lesson's HTML ≤ 350 KB uncompressed).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Code that must never be in a first load, found by strings only that library contains. */
const forbidden: Record<string, RegExp> = {
  tfjs: /registerKernel\(|WEBGL_FORCE_F16_TEXTURES/,
  KaTeX: /KaTeX parse error/,
  CodeMirror: /\.cm-editor|EditorView\.theme/,
  'Observable Plot': /plot-swatches|ariaDescription/,
};

export interface PageWeight {
  page: string;
  scripts: number;
  gzipBytes: number;
  forbidden: string[];
  /** The HTML file, uncompressed and gzipped. */
  htmlBytes: number;
  htmlGzipBytes: number;
}

function htmlPages(dir: string): string[] {
  const pages = ['index.html'];
  const learn = path.join(dir, 'learn');
  if (fs.existsSync(learn)) for (const f of fs.readdirSync(learn)) if (f.endsWith('.html')) pages.push(`learn/${f}`);
  for (const extra of ['progress.html', 'authoring.html']) if (fs.existsSync(path.join(dir, extra))) pages.push(extra);
  return pages;
}

export function pageWeights(dir = 'out'): PageWeight[] {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`bench: ${dir}/index.html is missing; run \`npm run build\` first`);
  return htmlPages(dir).map((page) => {
    const html = fs.readFileSync(path.join(dir, page), 'utf8');
    // noModule scripts are legacy polyfills that modern browsers skip.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((t) => !/nomodule/i.test(t));
    const srcs = [...new Set(tags.map((t) => /\ssrc="([^"]+\.js)"/.exec(t)?.[1]).filter((s): s is string => !!s))];
    let gzipBytes = 0;
    const found = new Set<string>();
    for (const src of srcs) {
      const code = fs.readFileSync(path.join(dir, src.replace(/^\//, '')));
      gzipBytes += zlib.gzipSync(code, { level: 9 }).length;
      for (const [name, pattern] of Object.entries(forbidden)) if (pattern.test(code.toString('utf8'))) found.add(name);
    }
    const htmlBytes = Buffer.byteLength(html);
    const htmlGzipBytes = zlib.gzipSync(html, { level: 9 }).length;
    return { page, scripts: srcs.length, gzipBytes, forbidden: [...found], htmlBytes, htmlGzipBytes };
  });
}
