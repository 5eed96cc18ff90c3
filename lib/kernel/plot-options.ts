import * as z from '@/lib/schema/z';
import { MAX_POINTS_PER_SERIES } from './limits';

/**
 * The plot options cell code may use: an allow-list, because the page hands them to Observable
 * Plot, and some Plot options put the value into the page as a link (`href`, `target`), as
 * CSS (`style`, `mixBlendMode`, `imageFilter`), as markup or code (render functions, an `image`
 * mark's `src`). Every key outside these lists is refused, by the kernel's `plot()` with a
 * message and again by the page when it parses the kernel's message.
 */

/** Plot marks a cell may draw; `image` (a URL per row) and `geo` are left out on purpose. */
export const PLOT_MARKS = [
  'area',
  'areaX',
  'areaY',
  'arrow',
  'barX',
  'barY',
  'cell',
  'cellX',
  'cellY',
  'contour',
  'density',
  'dot',
  'dotX',
  'dotY',
  'circle',
  'hexagon',
  'line',
  'lineX',
  'lineY',
  'link',
  'raster',
  'rect',
  'rectX',
  'rectY',
  'ruleX',
  'ruleY',
  'text',
  'textX',
  'textY',
  'tickX',
  'tickY',
  'vector',
  'vectorX',
  'vectorY',
  'spike',
  'frame',
  'gridX',
  'gridY',
  'axisX',
  'axisY',
  'waffleX',
  'waffleY',
  'tip',
] as const;

/**
 * Plot reads a string that looks like a CSS colour as a colour and writes it into an SVG
 * attribute; `url(…)`, `var(…)` and the other CSS functions can reference or load something
 * else. Plain numeric rgb()/hsl() colours stay allowed.
 */
const CSS_FUNCTION =
  /^(?:url|var|rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|image|image-set|element|cross-fade|paint|env|attr)\s*\(/i;
const NUMERIC_COLOUR = /^(?:rgba?|hsla?)\(\s*[-+\d.%,\s/]*\)$/i;

/** True for a string Plot could turn into a reference to something outside the chart. */
export function isCssReference(value: string): boolean {
  const v = value.trim();
  return v.includes('\\') || (CSS_FUNCTION.test(v) && !NUMERIC_COLOUR.test(v));
}

const safeString = z.string().check(
  z.maxLength(200),
  z.refine((s) => !isCssReference(s), 'must not be a CSS function such as url(…) or var(…)'),
);
const num = z.number();
const bool = z.boolean();
/** A field of the rows (`'x'`), or a constant (`'steelblue'`, `2`). */
const channel = z.union([safeString, num]);
const numberOrString = z.union([num, safeString]);

/** A row of a plotted series: numbers, booleans and short strings. */
export const rowSchema = z.record(z.string(), z.union([num, bool, z.null(), safeString]));

const MARK_OPTIONS = {
  mark: z.enum(PLOT_MARKS),
  data: z.optional(z.string()),
  values: z.optional(z.array(z.union([num, safeString, rowSchema])).check(z.maxLength(MAX_POINTS_PER_SERIES))),
  // Channels.
  ...Object.fromEntries(
    [
      'x',
      'y',
      'x1',
      'x2',
      'y1',
      'y2',
      'z',
      'fx',
      'fy',
      'r',
      'fill',
      'stroke',
      'opacity',
      'fillOpacity',
      'strokeOpacity',
      'strokeWidth',
      'symbol',
      'text',
      'title',
      'rotate',
      'fontSize',
      'length',
      'weight',
    ].map((k) => [k, z.optional(channel)]),
  ),
  // Constants.
  ...Object.fromEntries(
    [
      'dx',
      'dy',
      'inset',
      'insetTop',
      'insetRight',
      'insetBottom',
      'insetLeft',
      'rx',
      'ry',
      'headLength',
      'headAngle',
      'lineWidth',
      'lineHeight',
      'pixelSize',
      'bandwidth',
      'padding',
      'interval',
      'thresholds',
      'strokeMiterlimit',
      'k',
    ].map((k) => [k, z.optional(num)]),
  ),
  ...Object.fromEntries(
    [
      'curve',
      'marker',
      'interpolate',
      'textAnchor',
      'lineAnchor',
      'frameAnchor',
      'strokeLinecap',
      'strokeLinejoin',
      'strokeDasharray',
      'anchor',
      'fontWeight',
      'shape',
    ].map((k) => [k, z.optional(numberOrString)]),
  ),
  bend: z.optional(z.union([bool, num])),
  clip: z.optional(z.union([bool, z.literal('frame')])),
  tip: z.optional(bool),
};
const markSpecSchema = z.strictObject(MARK_OPTIONS);

const SCALE_TYPES = [
  'linear',
  'log',
  'sqrt',
  'pow',
  'symlog',
  'time',
  'utc',
  'band',
  'point',
  'ordinal',
  'categorical',
  'sequential',
  'diverging',
  'threshold',
  'quantile',
  'quantize',
  'cyclical',
] as const;

/** Scale options; no `identity` type, which would write row values into the chart unscaled. */
const scaleSpecSchema = z.strictObject({
  label: z.optional(z.union([z.string().check(z.maxLength(200)), z.null()])),
  domain: z.optional(z.array(z.union([num, safeString, z.null()]))),
  range: z.optional(z.array(numberOrString)),
  type: z.optional(z.enum(SCALE_TYPES)),
  scheme: z.optional(z.string().check(z.regex(/^[A-Za-z]+$/, 'a scheme is a name such as "Blues"'))),
  interpolate: z.optional(z.string().check(z.regex(/^[A-Za-z]+$/, 'an interpolation is a name such as "hcl"'))),
  ticks: z.optional(z.union([num, z.array(numberOrString)])),
  tickFormat: z.optional(safeString),
  axis: z.optional(z.union([z.enum(['top', 'bottom', 'left', 'right', 'both']), z.null()])),
  ...Object.fromEntries(['legend', 'grid', 'zero', 'reverse', 'clamp', 'percent', 'round'].map((k) => [k, z.optional(bool)])),
  nice: z.optional(z.union([bool, num])),
  ...Object.fromEntries(
    [
      'base',
      'exponent',
      'constant',
      'pivot',
      'tickRotate',
      'tickSize',
      'tickPadding',
      'labelOffset',
      'padding',
      'paddingInner',
      'paddingOuter',
      'align',
      'inset',
      'insetTop',
      'insetRight',
      'insetBottom',
      'insetLeft',
    ].map((k) => [k, z.optional(num)]),
  ),
});

export const plotSpecSchema = z.strictObject({
  title: z.optional(z.string().check(z.maxLength(500))),
  width: z.optional(z.number().check(z.positive())),
  height: z.optional(z.number().check(z.positive())),
  ...Object.fromEntries(['x', 'y', 'fx', 'fy', 'color', 'r', 'opacity', 'symbol', 'length'].map((k) => [k, z.optional(scaleSpecSchema)])),
  ...Object.fromEntries(
    ['margin', 'marginTop', 'marginRight', 'marginBottom', 'marginLeft', 'inset', 'aspectRatio'].map((k) => [k, z.optional(num)]),
  ),
  grid: z.optional(bool),
  marks: z.array(markSpecSchema).check(z.minLength(1, 'a plot needs at least one mark')),
});
