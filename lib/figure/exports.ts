/**
 * The runtime names `@minimax/figure` exports. Chapter bundles do not contain the kit; they read
 * it from a global at runtime, so the build needs this list to check a figure's imports (a typo
 * then fails the build at the import's line instead of crashing in the reader's browser).
 * components/figure/index.test.ts keeps it equal to what the kit's index.ts really exports.
 */
export const figureExports = [
  'PlotFigure',
  'useParams',
  'useParam',
  'useFocus',
  'linspace',
  'gaussianPdf',
  'mixturePdf',
  'seededRandom',
  'seededNormals',
  'histogram',
  'jacobiEigen',
] as const;
