/** SVG path data for each threat shape, centred on 0,0, roughly equal in area. */
export type Shape = 'circle' | 'square' | 'triangle' | 'diamond';

export function symbolPath(shape: Shape, r: number): string {
	const f = (n: number) => Number(n.toFixed(2));
	switch (shape) {
		case 'circle':
			return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
		case 'square': {
			const s = f(r * 0.88);
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'triangle': {
			const h = r * 1.15;
			return `M0,${f(-h)}L${f(h * 0.95)},${f(h * 0.7)}H${f(-h * 0.95)}Z`;
		}
		case 'diamond': {
			const d = f(r * 1.2);
			return `M0,${-d}L${d},0L0,${d}L${-d},0Z`;
		}
	}
}
