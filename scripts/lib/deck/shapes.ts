/** The threats' shapes as PowerPoint's own shapes, so a symbol can be recoloured or resized there. */
import type pptxgen from 'pptxgenjs';
import type { Threat } from '../../../src/lib/content/parse.ts';
import { hex, type Box } from './style.ts';

const SHAPES = { circle: 'ellipse', square: 'rect', triangle: 'triangle', diamond: 'diamond' } as const;

/** A threat's symbol centred on (cx, cy), `size` inches across. */
export function addSymbol(slide: pptxgen.Slide, threat: Threat, cx: number, cy: number, size: number) {
	const box: Box = { x: cx - size / 2, y: cy - size / 2, w: size, h: size };
	slide.addShape(SHAPES[threat.shape], {
		...box,
		fill: { color: hex(threat.colour.light) },
		line: { color: hex(threat.colour.light), width: 0 }
	});
}
