import * as ml from '@/lib/ml';
import { MAX_POINTS_PER_SERIES } from '../limits';
import type { Row } from '../protocol';

/**
 * Two charts for a population of GANs (ml.PopulationTrainer), built on `plot()` so they go
 * through the same allow-list, row checks, thinning and per-frame redraw as any other chart:
 *
 * - `plotPopulation(population)`: small multiples, one panel of samples per member, as ONE
 *   chart faceted with Plot's `fx`/`fy` channels (a redraw costs one chart, not P).
 * - `plotOutcomes(...)`: an outcome (modes covered, JS, collapsed, diverged) against the swept
 *   setting or a named group, one dot per seed (sized by how many seeds share it) and the mean
 *   or rate per setting, with the collapse and divergence counts above each.
 */

type PlotFn = (spec: unknown) => {
  append(series: string | Row[], rows?: Row | Row[]): void;
  set(series: string | Row[], rows?: Row | Row[]): void;
};

interface PopulationPlotOptions {
  /** Caption (default "Samples of each of the P members"). */
  title?: string;
  /** Samples drawn per member (default 64, and at most 5,000 / P in all). */
  points?: number;
  /** Panels per row (default: about 8 for large populations, √P for small ones). */
  cols?: number;
  /** Shared x and y domain of every panel (default: the data set's extent, padded). */
  domain?: [number, number];
  /** Chart width in pixels (default 640). */
  width?: number;
}

interface PopulationPlotHandle {
  /** Draws every member's current samples; with outcomes (from `population.outcomes()`), colours and labels each panel by its verdict. */
  update(outcomes?: ml.Outcome[]): Promise<void>;
}

const DOMAINS: Record<string, [number, number]> = {
  ring: [-2.6, 2.6],
  grid: [-5, 5],
  'two-gaussians': [-3, 3],
};

const STATES = ['training', 'covers ≥ half the modes', 'collapsed', 'diverged'];
const STATE_COLOURS = ['#ff8c00', '#2e7d32', '#c62828', '#6a1b9a'];

function isPopulation(p: unknown): p is ml.PopulationTrainer {
  return p instanceof ml.PopulationTrainer;
}

function checkOutcomes(what: string, outcomes: unknown, size: number): ml.Outcome[] {
  if (
    !Array.isArray(outcomes) ||
    outcomes.length !== size ||
    !outcomes.every((o) => typeof o === 'object' && o !== null && 'collapsed' in o)
  ) {
    throw new TypeError(`${what}: outcomes must be the array population.outcomes() returns, one per member (${size})`);
  }
  return outcomes as ml.Outcome[];
}

function state(o: ml.Outcome | undefined): string {
  if (!o) return STATES[0];
  return o.diverged ? STATES[3] : o.collapsed ? STATES[2] : STATES[1];
}

/** A panel's verdict in a few characters (its colour says collapsed or not): "3/8", "JS 0.42", "diverged". */
function verdict(o: ml.Outcome): string {
  if (o.diverged) return 'diverged';
  return o.modes !== null ? `${o.modesCovered}/${o.modes}` : `JS ${o.js.toFixed(2)}`;
}

export function makePlotPopulation(plot: PlotFn) {
  return function plotPopulation(population: unknown, options: PopulationPlotOptions = {}): PopulationPlotHandle {
    if (!isPopulation(population)) {
      throw new TypeError('plotPopulation(population): expected an ml.PopulationTrainer, e.g. new ml.PopulationTrainer(config, { seeds })');
    }
    const P = population.size;
    const cols = options.cols ?? (P <= 16 ? Math.ceil(Math.sqrt(P)) : 8);
    if (!(Number.isInteger(cols) && cols >= 1)) throw new RangeError(`plotPopulation: cols must be an integer >= 1, got ${cols}`);
    const rows = Math.ceil(P / cols);
    const cap = Math.floor(MAX_POINTS_PER_SERIES / P);
    const points = Math.min(options.points ?? 64, cap);
    if (!(Number.isInteger(points) && points >= 1)) {
      throw new RangeError(`plotPopulation: points must be an integer >= 1 (at most ${cap} for ${P} members), got ${options.points}`);
    }
    const data = String(population.config.data);
    const domain = options.domain ?? DOMAINS[data] ?? [-3, 3];
    const width = options.width ?? 640;
    const swept = population.members.some((m) => m.value !== undefined);
    const label = (i: number, o?: ml.Outcome) => {
      const m = population.members[i];
      const who = swept ? `${m.value} · s${m.seed}` : `seed ${m.seed}`;
      return o ? `${who} · ${verdict(o)}` : who;
    };
    const where = (i: number) => ({ col: i % cols, row: Math.floor(i / cols) });
    const chart = plot({
      title: options.title ?? `Samples of each of the ${P} members`,
      width,
      height: Math.round((rows * width) / cols) + 30,
      marginTop: 30,
      marginLeft: 4,
      marginRight: 4,
      marginBottom: 4,
      x: { domain, axis: null },
      y: { domain, axis: null },
      fx: { axis: null, padding: 0.06 },
      fy: { axis: null, padding: 0.06 },
      color: { domain: STATES, range: STATE_COLOURS, legend: true },
      marks: [
        // Each panel's border: a rect over the whole domain, one per panel row.
        {
          mark: 'rect',
          data: 'panels',
          fx: 'col',
          fy: 'row',
          x1: domain[0],
          x2: domain[1],
          y1: domain[0],
          y2: domain[1],
          fill: 'none',
          stroke: '#bbb',
        },
        { mark: 'dot', data: 'samples', x: 'x', y: 'y', fx: 'col', fy: 'row', fill: 'state', r: 1.2, fillOpacity: 0.7 },
        { mark: 'text', data: 'panels', fx: 'col', fy: 'row', text: 'label', frameAnchor: 'top-left', dx: 3, dy: 3, fontSize: 8 },
      ],
    });
    const panels = (outcomes?: ml.Outcome[]) => population.members.map((_, i) => ({ ...where(i), label: label(i, outcomes?.[i]) }));
    chart.set('panels', panels());
    return {
      async update(outcomes?: ml.Outcome[]) {
        const verdicts = outcomes === undefined ? undefined : checkOutcomes('plotPopulation: update(outcomes)', outcomes, P);
        const s = population.sample(points);
        const flat = (await s.data()) as Float32Array;
        s.dispose();
        const samples: Row[] = [];
        for (let i = 0; i < P; i++) {
          const at = where(i);
          const st = state(verdicts?.[i]);
          for (let k = 0; k < points; k++) {
            const x = flat[2 * (i * points + k)];
            const y = flat[2 * (i * points + k) + 1];
            // A diverged member's far or non-finite samples are drawn at the panel's edge, not refused as a diverged run.
            samples.push({ ...at, x: clampTo(x, domain), y: clampTo(y, domain), state: st });
          }
        }
        chart.set('samples', samples);
        if (verdicts) chart.set('panels', panels(verdicts));
      },
    };
  };
}

function clampTo(v: number, [lo, hi]: [number, number]): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : hi;
}

type Measure = 'modesCovered' | 'js' | 'collapsed' | 'diverged';
const MEASURES: readonly Measure[] = ['modesCovered', 'js', 'collapsed', 'diverged'];

interface OutcomePlotOptions {
  /** What to plot per seed (default modesCovered where the data has modes, else js). Booleans plot as a rate in %. */
  measure?: Measure;
  title?: string;
  /** The x axis label (default: the swept setting's values, or "group"). */
  label?: string;
  width?: number;
  height?: number;
}

/** One group of the summary: its x, and per value the seeds' outcomes, tallied. */
export interface OutcomeSummary {
  x: number | string;
  seeds: number;
  collapsed: number;
  diverged: number;
  /** Mean of the measure over the seeds (for a boolean measure: the rate, 0 to 1). */
  mean: number;
}

/** Groups from either form of plotOutcomes' arguments. */
function groupsOf(first: unknown, second: unknown): { groups: { x: number | string; outcomes: ml.Outcome[] }[]; swept: boolean } {
  if (isPopulation(first)) {
    const outcomes = checkOutcomes('plotOutcomes(population, outcomes)', second, first.size);
    const byValue = new Map<number | string, ml.Outcome[]>();
    first.members.forEach((m, i) => {
      const x = m.value ?? 'all seeds';
      byValue.set(x, [...(byValue.get(x) ?? []), outcomes[i]]);
    });
    return { groups: [...byValue].map(([x, o]) => ({ x, outcomes: o })), swept: true };
  }
  if (typeof first === 'object' && first !== null && !Array.isArray(first)) {
    const entries = Object.entries(first as Record<string, unknown>);
    if (entries.length === 0) throw new TypeError('plotOutcomes(groups): give at least one group, e.g. { saturating: outcomesA }');
    return {
      groups: entries.map(([x, o]) => {
        if (!Array.isArray(o) || o.length === 0)
          throw new TypeError(`plotOutcomes(groups): "${x}" must be an array from population.outcomes()`);
        return { x, outcomes: checkOutcomes(`plotOutcomes(groups): "${x}"`, o, o.length) };
      }),
      swept: false,
    };
  }
  throw new TypeError('plotOutcomes: call it as plotOutcomes(population, outcomes) or plotOutcomes({ name: outcomes, … })');
}

export function makePlotOutcomes(plot: PlotFn) {
  return function plotOutcomes(first: unknown, second?: unknown, third?: OutcomePlotOptions): OutcomeSummary[] {
    const { groups, swept } = groupsOf(first, second);
    const options = (isPopulation(first) ? third : (second as OutcomePlotOptions | undefined)) ?? {};
    const all = groups.flatMap((g) => g.outcomes);
    const modes = all.find((o) => o.modes !== null)?.modes ?? null;
    const measure = options.measure ?? (modes !== null ? 'modesCovered' : 'js');
    if (!MEASURES.includes(measure))
      throw new TypeError(`plotOutcomes: measure must be one of ${MEASURES.join(', ')}, got ${String(measure)}`);
    if (measure === 'modesCovered' && modes === null)
      throw new TypeError('plotOutcomes: modesCovered needs the ring or grid data set; use measure: "js"');
    const boolean = measure === 'collapsed' || measure === 'diverged';
    const value = (o: ml.Outcome): number | null => {
      if (boolean) return o[measure] ? 100 : 0;
      const v = measure === 'js' ? o.js : o.modesCovered;
      return v !== null && Number.isFinite(v) ? v : null;
    };
    const top = boolean ? 100 : measure === 'js' ? Math.log(2) : (modes as number);
    // JS lies in [0, ln 2]; start its axis a little below the lowest seed so the spread shows.
    const lowestJs = Math.min(...all.map((o) => o.js).filter(Number.isFinite));
    const bottom = measure === 'js' && Number.isFinite(lowestJs) ? Math.max(0, Math.floor(10 * lowestJs) / 10 - 0.1) : 0;
    const yLabel = boolean ? `${measure} (% of seeds)` : measure === 'js' ? 'JS divergence (nats)' : `modes covered (of ${modes})`;
    const summary: OutcomeSummary[] = [];
    const dots: Row[] = [];
    const means: Row[] = [];
    const counts: Row[] = [];
    for (const g of groups) {
      const vs = g.outcomes.map(value);
      const finite = vs.filter((v): v is number => v !== null);
      const mean = finite.length ? finite.reduce((s, v) => s + v, 0) / finite.length : NaN;
      const collapsed = g.outcomes.filter((o) => o.collapsed).length;
      const diverged = g.outcomes.filter((o) => o.diverged).length;
      const x = String(g.x);
      summary.push({ x: g.x, seeds: g.outcomes.length, collapsed, diverged, mean: boolean ? mean / 100 : mean });
      // Seeds with the same value share one dot whose area counts them.
      const tally = new Map<number, number>();
      for (const v of finite) {
        const key = measure === 'js' ? Math.round(v * 1000) / 1000 : v;
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }
      for (const [y, n] of tally) dots.push({ x, y, seeds: n, tip: `${n} seed${n === 1 ? '' : 's'}` });
      if (Number.isFinite(mean)) means.push({ x, y: mean });
      counts.push({ x, y: top, text: `${collapsed}/${g.outcomes.length} collapsed${diverged ? ` · ${diverged} diverged` : ''}` });
    }
    const xs = groups.map((g) => String(g.x));
    const chart = plot({
      title:
        options.title ??
        `${yLabel} per ${swept ? 'value' : 'group'}: one dot per seed (larger when seeds coincide), line through the ${boolean ? 'rate' : 'mean'}`,
      width: options.width ?? 640,
      height: options.height ?? 300,
      marginTop: 36,
      x: { type: 'point', domain: xs, label: options.label ?? (swept ? 'swept value' : 'group'), padding: 0.5 },
      y: { domain: [bottom, top], label: yLabel, grid: true },
      r: { range: [2.5, 11] },
      marks: [
        { mark: 'dot', data: 'seeds', x: 'x', y: 'y', r: 'seeds', fill: 'steelblue', fillOpacity: 0.5, title: 'tip' },
        { mark: 'line', data: 'mean', x: 'x', y: 'y', stroke: 'black', strokeWidth: 1.5 },
        { mark: 'dot', data: 'mean', x: 'x', y: 'y', fill: 'black', symbol: 'diamond', r: 4 },
        { mark: 'text', data: 'counts', x: 'x', y: 'y', text: 'text', dy: -14, fontSize: 11 },
      ],
    });
    chart.set('seeds', dots);
    chart.set('mean', means);
    chart.set('counts', counts);
    return summary;
  };
}
