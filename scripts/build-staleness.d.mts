export const notBuildInputs: Set<string>;
export function newestInput(root: string): number;
export function isBuildStale(root: string): boolean;
