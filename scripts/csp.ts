/**
 * The site's Content-Security-Policy: what each exported page may run, and how the policy is
 * written into a page. The post-build step (scripts/add-csp.ts) applies it to out/; why each
 * source is there is in docs/DECISIONS.md ("Content-Security-Policy").
 */
import { createHash } from 'node:crypto';

/**
 * The policy of one page, as written in its `<meta http-equiv>`, given the sha256 sources of
 * the inline scripts the page carries.
 */
export function pagePolicy(scriptHashes: string[]): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval': mdx-bundler's getMDXComponent evaluates a chapter with `new Function`. Every
    // page needs it: the App Router opens a lesson from any page without loading a new document,
    // so the policy of the page the learner arrived on is the one the lesson runs under.
    ['script-src', "'self'", ...scriptHashes, "'unsafe-eval'"].join(' '),
    // KaTeX's HTML sizes glyphs with style="…" attributes and Plot adds a <style> to each chart
    // and legend; neither can be hashed. CSS cannot send data off the site: default-src is 'self'.
    "style-src 'self' 'unsafe-inline'",
    // Plot draws a continuous colour legend's ramp as a data: PNG. An image cannot run script.
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** As an HTTP header a page's policy can also forbid framing, which a `<meta>` cannot. */
export function pageHeaderPolicy(scriptHashes: string[]): string {
  return `${pagePolicy(scriptHashes)}; frame-ancestors 'none'`;
}

/**
 * A worker takes its policy from its own script's response, never from the page's `<meta>`.
 * The kernel evaluates cell code (indirect eval), which in CSP also allows compiling
 * tfjs's WebAssembly; it fetches the wasm binaries from this site.
 */
export const workerPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The service worker's own policy (/sw.js, lib/offline/sw.ts): like the kernel's, it comes from
 * its script's response. It evaluates nothing and fetches only this site's files.
 */
export const serviceWorkerPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/i;

/** The text of each inline `<script>` (one without `src`), exactly as the browser hashes it. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)].filter(([, attrs]) => !/\ssrc\s*=/i.test(attrs)).map(([, , body]) => body);
}

export function sha256Source(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The hash sources a page needs: one per distinct inline script. */
export function scriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(sha256Source))];
}

/**
 * Writes the policy into the page as the first element of `<head>` after the charset
 * declaration, so it is in force before any script or stylesheet. Running it again replaces it.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const page = html.replace(CSP_META, '');
  const head = /<head>(<meta charSet="utf-8"\/>)?/i.exec(page);
  if (!head) throw new Error('csp: the page has no <head>');
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  return page.slice(0, at) + meta + page.slice(at);
}

/** The policy a page declares in its `<meta>`, or null. */
export function policyMeta(html: string): string | null {
  const match = CSP_META.exec(html);
  return match ? /content="([^"]*)"/.exec(match[0])![1] : null;
}

/** Inline scripts of a page that its own policy would block (what the e2e and build checks assert empty). */
export function uncoveredInlineScripts(html: string): string[] {
  const policy = policyMeta(html) ?? '';
  const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src ')) ?? '';
  const allowed = new Set(scriptSrc.trim().split(/\s+/));
  return inlineScripts(html).filter((s) => !allowed.has(sha256Source(s)));
}
