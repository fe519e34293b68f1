/**
 * A link checker for a served site: from its first page it follows every link, picture, script,
 * stylesheet, font and download the pages and stylesheets name, in every edition the switcher
 * reaches, and says which do not answer 200. A page naming the site by its public address
 * (canonical and hreflang links, share images, embed codes, citations) is followed there too: the
 * public address is read as the address the site is served at. Nothing leaves the site: other
 * hosts are counted, never asked.
 */

/** What was reached, from where, and what did not answer. */
export interface LinkReport {
	/** Every address of the site asked for, as paths under the served root (`/`, `/fr/charts`, …). */
	reached: Set<string>;
	/** Each that failed: the path, why, and the page or stylesheet that named it. */
	broken: { path: string; problem: string; from: string }[];
	/** Addresses on other hosts the pages name (sources, the licence), not asked for. */
	external: Set<string>;
}

const ATTRIBUTE = /\s(href|src|content)\s*=\s*"([^"]*)"/g;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

const ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&quot;': '"',
	'&#39;': "'",
	'&lt;': '<',
	'&gt;': '>'
};
const decode = (text: string) => text.replace(/&(?:amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]);

/** The addresses an HTML page names: its attributes' and inline styles' URLs, and the site's own address anywhere in its text. */
export function linksInHtml(html: string, publicUrl?: string): string[] {
	const found = [...html.matchAll(ATTRIBUTE)]
		// A meta tag's content is an address only where it is one (og:image), not a description.
		.filter(([, name, value]) => name !== 'content' || /^https?:\/\//.test(value))
		.map(([, , value]) => decode(value));
	found.push(...linksInCss(html));
	// Text such as an embed code or a citation names the site's address inside a textarea or paragraph.
	if (publicUrl) {
		const escaped = publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		// A citation's sentence may end right after the address: its full stop is not part of it.
		for (const match of decode(html).matchAll(new RegExp(`${escaped}[^\\s"'<>)]*`, 'g')))
			found.push(match[0].replace(/[.,;:]+$/, ''));
	}
	return found;
}

/** The addresses a stylesheet names (fonts, pictures). */
export const linksInCss = (css: string): string[] => [...css.matchAll(CSS_URL)].map((match) => match[2]);

/**
 * Crawls the site served at servedUrl (`http://127.0.0.1:4173/stories/cyber`), starting at its
 * first page. publicUrl, the address the build names (`https://example.eu/stories/cyber`), is
 * taken to mean servedUrl. A path on the server outside servedUrl's path is broken, as it would
 * be on a host that serves the site under that path alone.
 */
export async function checkLinks(servedUrl: string, publicUrl?: string): Promise<LinkReport> {
	const served = new URL(`${servedUrl.replace(/\/+$/, '')}/`);
	const root = served.pathname;
	const report: LinkReport = { reached: new Set(), broken: [], external: new Set() };
	const queue: { url: URL; from: string }[] = [{ url: served, from: '(start)' }];
	const seen = new Set<string>([served.href]);

	const follow = (address: string, base: URL, from: string) => {
		if (/^(#|data:|blob:|mailto:|tel:|javascript:)/.test(address) || !address.trim()) return;
		const mapped =
			publicUrl && (address === publicUrl || address.startsWith(`${publicUrl}/`))
				? `${served.origin}${root.replace(/\/$/, '')}${address.slice(publicUrl.length)}`
				: address;
		let url: URL;
		try {
			url = new URL(mapped, base);
		} catch {
			report.broken.push({ path: address, problem: 'not an address', from });
			return;
		}
		if (!/^https?:$/.test(url.protocol)) return;
		if (url.origin !== served.origin) {
			report.external.add(url.href);
			return;
		}
		url.hash = '';
		if (seen.has(url.href)) return;
		seen.add(url.href);
		queue.push({ url, from });
	};

	while (queue.length) {
		const { url, from } = queue.shift()!;
		const inside = url.pathname === root.replace(/\/$/, '') || url.pathname.startsWith(root);
		const path = inside ? `/${url.pathname.slice(root.length)}` : url.pathname;
		report.reached.add(path);
		if (!inside) {
			report.broken.push({ path: url.pathname, problem: `outside ${root}`, from });
			continue;
		}
		const response = await fetch(url, { redirect: 'manual' });
		if (response.status !== 200) {
			report.broken.push({ path, problem: `HTTP ${response.status}`, from });
			await response.body?.cancel();
			continue;
		}
		const type = response.headers.get('content-type') ?? '';
		if (type.startsWith('text/html')) {
			for (const address of linksInHtml(await response.text(), publicUrl)) follow(address, url, path);
		} else if (type.startsWith('text/css')) {
			for (const address of linksInCss(await response.text())) follow(address, url, path);
		} else {
			await response.arrayBuffer();
		}
	}
	return report;
}
