import { describe, expect, it } from 'vitest';
import { snippetOf } from './snippet';

const text =
  'A generator maps noise to samples. The discriminator scores each sample, and training alternates between the two players until neither can improve.';

describe('snippetOf', () => {
  it('marks the first match, keeping its case, with whole words around it', () => {
    expect(snippetOf(text, ['discriminator'], 20)).toEqual({
      before: '…to samples. The ',
      match: 'discriminator',
      after: ' scores each sample,…',
    });
  });

  it('matches a term at the start of a word only', () => {
    const s = snippetOf(text, ['ample'], 20);
    expect(s.match).toBe('');
  });

  it('marks the longest of several terms that start at the same place', () => {
    expect(snippetOf(text, ['train', 'training'], 10).match).toBe('training');
  });

  it('starts with no ellipsis when the match is near the start', () => {
    expect(snippetOf(text, ['generator'], 20)).toMatchObject({ before: 'A ', match: 'generator' });
  });

  it('falls back to the opening words when no term occurs in the text', () => {
    expect(snippetOf(text, ['wasserstein'], 20)).toEqual({ before: 'A generator maps noise to samples. The…', match: '', after: '' });
  });

  it('treats terms as text, not patterns', () => {
    expect(snippetOf('see xzy here', ['x.y'], 20).match).toBe('');
    expect(snippetOf('see x.y here', ['x.y'], 20).match).toBe('x.y');
  });
});
