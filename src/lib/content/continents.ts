/**
 * The continents the map's scroll steps close in on, by id (content/steps.yaml, map, `focus`),
 * each with the countries of content/incidents.yaml it holds (alpha-2 codes). A country an
 * incident names that no continent holds is only seen in the world view.
 */
export const CONTINENTS: Record<string, string[]> = {
	europe: ['DE', 'UA'],
	asia: ['IR', 'KR', 'SG', 'TH'],
	americas: ['US', 'VE']
};

/** The map's last close-up: the incidents tied to no one country, listed below it. */
export const UNPLACED = 'unplaced';
