/** Bump with a migration in migrate.ts whenever the shape in schema.ts changes. */
export const PROGRESS_VERSION = 2;
