import { CHART_IDS } from '$lib/content/charts';
import { chartIdOf } from '$lib/server/chart-files';
import { SITE_URL } from '$lib/server/site';
import { editionEntries, pageData } from '$lib/server/edition';

export const entries = () => editionEntries(CHART_IDS.map((id) => ({ id })));

export const load = ({ params }) => ({
	id: chartIdOf(params.id),
	...pageData(params.lang),
	siteUrl: SITE_URL
});
