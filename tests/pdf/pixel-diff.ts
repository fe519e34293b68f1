/**
 * How different two renderings of the poster look: the mean absolute
 * difference of their red, green and blue values, as a share of the full
 * range (0 the same, 1 black against white). Pure, so it is unit-tested.
 */
export interface Pixels {
	width: number;
	height: number;
	/** RGBA, 4 bytes a pixel, as pngjs decodes it. */
	data: Uint8Array;
}

export function meanChannelDifference(a: Pixels, b: Pixels): number {
	if (a.width !== b.width || a.height !== b.height)
		throw new Error(`The images differ in size: ${a.width}×${a.height} against ${b.width}×${b.height}.`);
	let total = 0;
	for (let i = 0; i < a.data.length; i += 4)
		for (let channel = 0; channel < 3; channel++)
			total += Math.abs(a.data[i + channel] - b.data[i + channel]);
	return total / (a.width * a.height * 3 * 255);
}
