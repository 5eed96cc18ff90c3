import { describe, expect, it } from 'vitest';
import { toSiteUrls, urlOfFile, versionedByName } from './precache';

describe('urlOfFile', () => {
  it('gives pages their clean URLs, as the server and static hosts answer them', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('learn/kl-and-jsd.html')).toBe('/learn/kl-and-jsd');
    expect(urlOfFile('progress.html')).toBe('/progress');
    expect(urlOfFile('404.html')).toBe('/404');
    expect(urlOfFile('docs/index.html')).toBe('/docs/');
  });

  it('keeps the path of every other file', () => {
    expect(urlOfFile('learn/kl-and-jsd.txt')).toBe('/learn/kl-and-jsd.txt');
    expect(urlOfFile('wasm/tfjs-backend-wasm-simd.wasm')).toBe('/wasm/tfjs-backend-wasm-simd.wasm');
    expect(urlOfFile('data/mnist.bin.gz')).toBe('/data/mnist.bin.gz');
    expect(urlOfFile('/_next/static/chunks/a1b2.js')).toBe('/_next/static/chunks/a1b2.js');
  });
});

it('versionedByName covers Next’s hashed assets only', () => {
  expect(versionedByName.test('_next/static/chunks/0cz1d0mv5g_q7.js')).toBe(true);
  expect(versionedByName.test('_next/static/media/KaTeX_Main-Regular.0a1b2c.woff2')).toBe(true);
  expect(versionedByName.test('learn/kl-and-jsd.html')).toBe(false);
  expect(versionedByName.test('data/mnist.bin.gz')).toBe(false);
});

it('toSiteUrls maps every entry and keeps revisions, in a stable order', () => {
  const entries = [
    { url: 'learn/b.html', revision: 'r2', size: 2 },
    { url: 'index.html', revision: 'r1', size: 1 },
    { url: '_next/static/chunks/x.js', revision: null, size: 3 },
  ];
  expect(toSiteUrls(entries)).toEqual([
    { url: '/', revision: 'r1', size: 1 },
    { url: '/_next/static/chunks/x.js', revision: null, size: 3 },
    { url: '/learn/b', revision: 'r2', size: 2 },
  ]);
});
