/** What every chart's svg starts with: its scaling, its accessible name and description. */
import { select, type Selection } from 'd3';

let idCounter = 0;

/** A stable id prefix per svg, so <title>/<desc> ids survive re-renders and are unique on the page. */
export function idPrefix(svg: SVGSVGElement, kind: string): string {
  const existing = svg.getAttribute('data-spc-id');
  if (existing) return existing;
  const id = `spc-${kind}-${++idCounter}`;
  svg.setAttribute('data-spc-id', id);
  return id;
}

export interface ImageFrame {
  kind: string;
  width: number;
  height: number;
  title: string;
  description?: string | undefined;
}

/**
 * Empties `svg` and makes it a scalable image named by a <title> and an optional <desc>, for the
 * charts without interactive content (role="img").
 */
export function imageFrame(svg: SVGSVGElement, frame: ImageFrame): Selection<SVGSVGElement, unknown, null, undefined> {
  const root = select(svg);
  root.selectChildren().remove();
  const id = idPrefix(svg, frame.kind);
  root.attr('viewBox', `0 0 ${frame.width} ${frame.height}`).attr('preserveAspectRatio', 'xMidYMid meet').attr('role', 'img')
    .classed('spc-chart', true).classed(`spc-${frame.kind}`, true).attr('font-family', 'sans-serif');
  root.append('title').attr('id', `${id}-title`).text(frame.title);
  if (frame.description) root.append('desc').attr('id', `${id}-desc`).text(frame.description);
  root.attr('aria-labelledby', frame.description ? `${id}-title ${id}-desc` : `${id}-title`);
  return root;
}
