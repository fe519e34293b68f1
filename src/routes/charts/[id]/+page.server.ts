import { CHART_IDS } from '$lib/content/charts';
import { chartIdOf } from '$lib/server/chart-files';
import { getContent } from '$lib/server/content';
import { SITE_URL } from '$lib/server/site';
import { getMap } from '$lib/server/map';

export const entries = () => CHART_IDS.map((id) => ({ id }));

export const load = ({ params }) => ({
	id: chartIdOf(params.id),
	content: getContent(),
	map: getMap(),
	siteUrl: SITE_URL
});
