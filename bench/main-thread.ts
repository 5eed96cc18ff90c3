/**
 * Main-thread tasks in a Chrome trace, by CPU time (`tdur`). Unlike the wall time a
 * PerformanceObserver sees, CPU time is not stretched when other processes share the cores,
 * so it is the honest measure of how long the page itself blocked input.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Trace categories that record every main-thread task with its CPU time. */
export const TASK_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** CPU milliseconds of each top-level task on the page's main thread (CrRendererMain). */
export function mainThreadTaskCpuMs(events: TraceEvent[]): number[] {
  const main = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`)).map((e) => (e.tdur ?? 0) / 1000);
}
