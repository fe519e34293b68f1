/**
 * What the deck's bar charts need that pptxgenjs's chart options cannot say,
 * written into each chart part of the written deck:
 * - the first category at the top, as the page reads (pptxgenjs writes
 *   `catAxisOrientation`, but its types list only 'minMax': gitbrent/PptxGenJS#1269);
 * - value labels ("3 000 000 000") kept on one line, which has no option.
 */
import { children, elements, PART_TYPE, type Package } from './package-xml.ts';

export async function finishCharts(pptx: Package) {
	for (const name of await pptx.partsOfType(PART_TYPE.chart))
		await pptx.edit(name, (chart) => {
			const orientations = children(
				children(elements(chart, 'c', 'catAx'), 'c', 'scaling'),
				'c',
				'orientation'
			);
			if (orientations.length === 0) throw new Error(`${name} has no category axis to turn top down`);
			for (const orientation of orientations) orientation.setAttribute('val', 'maxMin');
			for (const body of children(children(elements(chart, 'c', 'dLbls'), 'c', 'txPr'), 'a', 'bodyPr'))
				body.setAttribute('wrap', 'none');
		});
}
