import { describe, expect, it } from 'vitest';
import { pageHeaderPolicy, pagePolicy, policyMeta, scriptHashes, sha256Source, uncoveredInlineScripts, withPolicyMeta } from './csp';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

const withPolicy = (html: string) => withPolicyMeta(html, pagePolicy(scriptHashes(html)));

const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));

describe('sha256Source', () => {
  it('hashes the script text as CSP does', () => {
    // The example from the CSP Level 3 specification's hash-source section.
    expect(sha256Source('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('a page with its policy', () => {
  const html = page(
    '<script src="/_next/static/a.js" async=""></script><script>document.documentElement.dataset.theme="dark"</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">init()</script>',
  );

  it('names every inline script by hash, and no other inline script', () => {
    const scriptSrc = directive(policyMeta(withPolicy(html))!, 'script-src')!;
    expect(scriptSrc.split(' ')).toEqual([
      'script-src',
      "'self'",
      sha256Source('document.documentElement.dataset.theme="dark"'),
      sha256Source('(self.__next_f=self.__next_f||[]).push([0])'),
      sha256Source('init()'),
      "'unsafe-eval'",
    ]);
    expect(uncoveredInlineScripts(withPolicy(html))).toEqual([]);
  });

  it('puts the policy before any script, right after the charset', () => {
    expect(withPolicy(html)).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/><script src=/,
    );
  });

  it('reports an inline script that was added after the policy was written', () => {
    const injected = withPolicy(html).replace('</body>', '<script>steal()</script></body>');
    expect(uncoveredInlineScripts(injected)).toEqual(['steal()']);
  });

  it('writes one policy however often it runs', () => {
    const twice = withPolicy(withPolicy(html));
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(uncoveredInlineScripts(twice)).toEqual([]);
  });

  it('refuses a page without a head', () => {
    expect(() => withPolicyMeta('<p>fragment</p>', "default-src 'self'")).toThrow('no <head>');
  });
});

describe('pagePolicy', () => {
  it('never allows inline scripts wholesale, plugins or a <base> that moves relative URLs', () => {
    const policy = pagePolicy([sha256Source('alert(1)')]);
    expect(directive(policy, 'script-src')).not.toContain('unsafe-inline');
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'base-uri')).toBe("base-uri 'none'");
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self'");
  });

  it('forbids framing only in the header, where browsers honour it', () => {
    expect(pagePolicy([])).not.toContain('frame-ancestors');
    expect(pageHeaderPolicy([])).toBe(`${pagePolicy([])}; frame-ancestors 'none'`);
  });
});
