/** Shared by the build (which indexes) and the browser (which loads the index): they must agree. */
export const searchOptions = {
  fields: ['heading', 'text', 'chapter'],
  // `text` is stored for the snippet under each result (lib/search/snippet.ts).
  storeFields: ['slug', 'chapter', 'heading', 'anchor', 'text'],
  searchOptions: { boost: { heading: 3, chapter: 2 }, prefix: true, fuzzy: 0.2 },
};
