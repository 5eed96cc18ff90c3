/**
 * A drawn data set lives in saved progress (localStorage, a few MB for the whole course) and
 * travels with every run of the chapter's cells, so it is capped well below what would matter.
 */
export const MAX_DRAWN_POINTS = 2000;

/** Fewer points than this are too few to train on: a cell asking for them says so. */
export const MIN_DRAWN_POINTS = 10;
