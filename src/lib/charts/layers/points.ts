/**
 * One element per non-missing point (a long sparkline: per special or excluded point). Special causes are coloured (NHS Making Data Count hues)
 * and shaped (WCAG 1.4.1): improvement ◆, concern ■, neutral ▲, common cause ●. Excluded
 * points are hollow. In full mode each point is a keyboard-reachable role="img" with an
 * aria-label and a <title> tooltip; one roving tab stop, arrow keys move between points,
 * Enter/Space call onPointClick.
 */
import { symbol, symbolCircle, symbolDiamond2, symbolSquare, symbolTriangle, type SymbolType } from 'd3';
import type { Special, SpcPoint } from '../../spc/types.ts';
import { COLORS } from '../colors.ts';
import { isDrawnPoint, POINT_STYLE, pointMark } from '../marks.ts';
import type { ChartScales } from '../scales.ts';
import type { Group, Layer } from '../types.ts';

export const SPECIAL_SYMBOLS: Record<Special, SymbolType> = {
  improvement: symbolDiamond2,
  concern: symbolSquare,
  neutral: symbolTriangle,
};

export function pointColor(special: Special | null): string {
  return special ? COLORS[special] : COLORS.point;
}

/** Path data by symbol and size: the same few strings for every point of every chart. */
const symbolPaths = new Map<string, string>();

export function symbolPath(special: Special | null, compact: boolean): string {
  const size = special ? (compact ? 24 : 64) : compact ? 12 : 36;
  const key = `${special}|${size}`;
  let d = symbolPaths.get(key);
  if (d === undefined) symbolPaths.set(key, (d = symbol(special ? SPECIAL_SYMBOLS[special] : symbolCircle, size)() ?? ''));
  return d;
}

function pointClass(p: SpcPoint): string {
  const classes = ['spc-point'];
  if (p.special) classes.push(`spc-point--${p.special}`);
  if (p.excluded) classes.push('spc-point--excluded');
  if (p.provisional) classes.push('spc-point--provisional');
  if (p.rules.length) classes.push('spc-point--flagged');
  return classes.join(' ');
}

/** Above this many points a sparkline marks only special-cause and excluded points (the line shows the rest). */
export const SPARKLINE_DOTS_MAX = 60;

/** Least height of a point's tap target (WCAG 2.5.5 asks for 44 × 44 CSS pixels). */
const TAP_TARGET = 44;

/**
 * Invisible tap targets behind the points: each point owns the column halfway to its neighbours
 * (so targets never overlap and a tap picks the nearest point), at least 44 px tall around it.
 */
function hitAreas(g: Group, data: SpcPoint[], scales: ChartScales) {
  const xs = data.map((p) => scales.px(p));
  const { frame } = scales;
  return g
    .append('g')
    .attr('class', 'spc-point-hits')
    .attr('aria-hidden', 'true')
    .selectAll<SVGRectElement, SpcPoint>('rect')
    .data(data)
    .join('rect')
    .attr('class', 'spc-point-hit')
    .attr('x', (_, i) => (i === 0 ? Math.min(frame.left, xs[0]! - TAP_TARGET / 2) : (xs[i - 1]! + xs[i]!) / 2))
    .attr('width', (_, i) => {
      const left = i === 0 ? Math.min(frame.left, xs[0]! - TAP_TARGET / 2) : (xs[i - 1]! + xs[i]!) / 2;
      const right = i === xs.length - 1 ? Math.max(frame.right, xs[i]! + TAP_TARGET / 2) : (xs[i]! + xs[i + 1]!) / 2;
      return Math.max(0, right - left);
    })
    .attr('y', (p) => Math.min(frame.top, scales.y(p.y!) - TAP_TARGET / 2))
    .attr('height', (p) => Math.max(frame.bottom, scales.y(p.y!) + TAP_TARGET / 2) - Math.min(frame.top, scales.y(p.y!) - TAP_TARGET / 2))
    .attr('fill', 'transparent')
    .attr('data-position', (p) => p.position);
}

export const points: Layer = (g, result, scales, options) => {
  const present = result.points.filter(isDrawnPoint);
  const interactive = !options.compact;
  const data = interactive || present.length <= SPARKLINE_DOTS_MAX ? present : present.filter((p) => p.special !== null || p.excluded);
  const interactiveHits = interactive ? hitAreas(g, data, scales) : null;
  const dots = g
    .selectAll<SVGGElement, SpcPoint>('g.spc-point')
    .data(data)
    .join('g')
    .attr('class', (p) => pointClass(p) + (p.position === options.selectedPosition ? ' spc-point--selected' : ''))
    .attr('data-position', (p) => p.position)
    .attr('transform', (p) => `translate(${scales.px(p)},${scales.y(p.y!)})`);

  const style = (p: SpcPoint) => POINT_STYLE[pointMark(p)];
  dots
    .append('path')
    .attr('class', 'spc-point-symbol')
    .attr('data-mark', pointMark)
    .attr('d', (p) => symbolPath(p.special, options.compact ?? false))
    .attr('fill', (p) => (style(p)?.hollow ? COLORS.background : pointColor(p.special)))
    .attr('stroke', (p) => pointColor(p.special))
    .attr('stroke-width', (p) => (style(p)?.hollow ? 1.5 : 1))
    .attr('stroke-dasharray', (p) => style(p)?.dash ?? null);

  if (!interactive) return;

  const labels = options.labels;
  dots
    .attr('tabindex', (_, i) => (i === 0 ? 0 : -1))
    .attr('role', 'img')
    .attr('aria-label', (p) => labels.pointDescription(p));
  dots.append('title').text((p) => labels.pointDescription(p));
  // The chosen point (its actions are open) is ringed.
  dots
    .filter((p) => p.position === options.selectedPosition)
    .insert('circle', ':first-child')
    .attr('class', 'spc-point-ring')
    .attr('r', 9)
    .attr('fill', 'none')
    .attr('stroke', COLORS.selected)
    .attr('stroke-width', 2.5);

  const nodes = dots.nodes();
  const moveFocus = (from: number, to: number) => {
    const target = nodes[Math.max(0, Math.min(nodes.length - 1, to))];
    if (!target || to === from) return;
    nodes.forEach((n) => n.setAttribute('tabindex', '-1'));
    target.setAttribute('tabindex', '0');
    target.focus();
  };
  const { onPointClick, onPointFocus } = options;

  interactiveHits?.on('click', (_event: MouseEvent, p) => onPointClick?.(p.position));
  dots
    .on('click', (_event: MouseEvent, p) => onPointClick?.(p.position))
    .on('keydown', function (event: KeyboardEvent, p) {
      const index = nodes.indexOf(this);
      switch (event.key) {
        case 'Enter':
        case ' ':
          event.preventDefault();
          onPointClick?.(p.position);
          break;
        case 'ArrowRight':
        case 'ArrowUp':
          event.preventDefault();
          moveFocus(index, index + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowDown':
          event.preventDefault();
          moveFocus(index, index - 1);
          break;
        case 'Home':
          event.preventDefault();
          moveFocus(index, 0);
          break;
        case 'End':
          event.preventDefault();
          moveFocus(index, nodes.length - 1);
          break;
      }
    })
    .on('focus', (_event: FocusEvent, p) => onPointFocus?.(p.position))
    .on('blur', () => onPointFocus?.(null))
    .on('pointerenter', (_event: PointerEvent, p) => onPointFocus?.(p.position))
    .on('pointerleave', () => onPointFocus?.(null));
};
