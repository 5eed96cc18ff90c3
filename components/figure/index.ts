/**
 * What chapter figures import as `@minimax/figure`. The lesson page provides this module at
 * runtime (mdx-bundler globals), so figures share the page's React and lazy-loaded Plot.
 * Authoring guide: components/figure/README.md.
 */
export { PlotFigure, type PlotFigureProps, type PlotSize } from './PlotFigure';
export { useParams, useParam, useFocus, type FigureState } from './context';
export type { PlotModule } from './loadPlot';
export {
  linspace,
  gaussianPdf,
  mixturePdf,
  seededRandom,
  seededNormals,
  histogram,
  jacobiEigen,
  type MixtureComponent,
  type Bin,
} from '@/lib/figure/math';
