/**
 * Cell code shares the kernel's global scope, so `print = 1` (or a shared declaration named
 * like the API, which transform.ts refuses) would replace the API for every later cell. Each
 * API name becomes a read-only accessor that says so when assigned.
 */
export function lockApi(names: readonly string[]): readonly string[] {
  const scope = globalThis as Record<string, unknown>;
  for (const name of names) {
    const value = scope[name];
    Object.defineProperty(globalThis, name, {
      get: () => value,
      set: () => {
        throw new TypeError(`${name} is part of the cell API and cannot be replaced; choose another name`);
      },
      enumerable: true,
      configurable: false,
    });
  }
  return names;
}
