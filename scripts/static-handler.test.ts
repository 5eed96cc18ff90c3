import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './static-handler.mjs';

const file = `# comment
/_next/static/*
  Content-Security-Policy: worker
/
  Content-Security-Policy: home; frame-ancestors 'none'
/learn/kl-and-jsd
  Content-Security-Policy: lesson
  X-Extra: a: b
`;

describe('the _headers file the build writes', () => {
  const rules = parseHeadersFile(file);

  it('gives each page its own headers, whatever form of its URL is asked for', () => {
    expect(headersFor(rules, '/')).toEqual([['Content-Security-Policy', "home; frame-ancestors 'none'"]]);
    const lesson = [
      ['Content-Security-Policy', 'lesson'],
      ['X-Extra', 'a: b'],
    ];
    expect(headersFor(rules, '/learn/kl-and-jsd')).toEqual(lesson);
    expect(headersFor(rules, '/learn/kl-and-jsd/')).toEqual(lesson);
    expect(headersFor(rules, '/learn/kl-and-jsd.html')).toEqual(lesson);
  });

  it('matches a path ending in * as a prefix, and nothing else', () => {
    expect(headersFor(rules, '/_next/static/chunks/turbopack-worker-1.js')).toEqual([['Content-Security-Policy', 'worker']]);
    expect(headersFor(rules, '/learn/kl-and-jsd-2')).toEqual([]);
    expect(headersFor(rules, '/search-index.json')).toEqual([]);
  });
});
