import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/**
 * Render a Vega-Lite spec to a standalone SVG string, headless (no DOM, no canvas: text widths
 * are estimated). Runs unchanged in Node and in a browser worker.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const vgSpec = compile(spec).spec;
  const view = new View(parse(vgSpec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Count rendered marks of one type (e.g. "symbol", "rule", "line", "text") in an SVG from `renderSvg`. */
export function countMarks(svg: string, markType: string): number {
  let count = 0;
  const open = new RegExp(`<g class="mark-${markType} role-mark[^"]*"[^>]*>`, 'g');
  for (const m of svg.matchAll(open)) {
    if (m[0].endsWith('/>')) continue; // an empty mark container
    const start = (m.index ?? 0) + m[0].length;
    const end = svg.indexOf('</g>', start);
    const body = svg.slice(start, end < 0 ? undefined : end);
    const tag = markType === 'text' ? '<text' : markType === 'rule' ? '<line' : '<path';
    count += body.split(tag).length - 1;
  }
  return count;
}
