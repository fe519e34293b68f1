/**
 * The French and German editions, as a reader finds and reads them: linked from every page by the
 * language switcher (the hreflang links: tests/build/hreflang.test.ts), each in its own language,
 * its incidents in its own number and date forms, its poster, chart pages and files its own.
 */
import { runAxe, WCAG_21_AA } from './axe';
import { editions, expect, test } from './fixtures';
import { CHART_FILES, INCIDENTS_DATA } from '../../src/lib/charts/files';
import { inEdition } from '../../src/lib/content/editions';
import { formatDate, formatFigure } from '../../src/lib/content/format';
import { posterLink } from '../../src/lib/server/downloads';

const LANGS = ['en', 'fr', 'de'];
const PAGES = ['/', '/poster', '/charts', '/charts/timeline', '/404'];
const NAMES = { en: 'English', fr: 'Français', de: 'Deutsch' };

test('each edition’s story page is in its language: title, description, locale and JSON-LD', async ({
	page
}) => {
	for (const lang of LANGS) {
		const { story } = editions[lang];
		await page.goto(inEdition(lang, '/'));
		await expect(page).toHaveTitle(story.meta.title);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.opening.title);
		await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', story.meta.description);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', story.edition.locale);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(jsonLd.inLanguage).toBe(lang);
		await expect(page.locator('footer')).toContainText(story.meta.credit);
	}
});

test('the language switcher names each language in itself and takes a keyboard reader there', async ({
	page
}) => {
	await page.goto('/charts/breaches');
	const nav = page.getByRole('navigation', { name: editions.en.story.edition.switcherLabel });
	await expect(nav.getByText('English')).toHaveAttribute('aria-current', 'page');
	for (const lang of ['fr', 'de'] as const) {
		const link = nav.getByRole('link', { name: NAMES[lang], exact: true });
		await expect(link).toHaveAttribute('href', inEdition(lang, '/charts/breaches'));
		await expect(link).toHaveAttribute('hreflang', lang);
		await expect(link.locator('xpath=..')).toHaveAttribute('lang', lang);
	}
	await nav.getByRole('link', { name: 'Deutsch' }).focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/de\/charts\/breaches$/);
	await expect(page.getByRole('navigation', { name: 'Sprache' }).getByText('Deutsch')).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		editions.de.charts.find((c) => c.id === 'breaches')!.title
	);
});

test('on a small phone (375 × 667) every edition’s first screen holds the drawing at a glance and its key', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 667 });
	for (const lang of LANGS) {
		await page.goto(inEdition(lang, '/'));
		const opening = page.locator('.opening');
		await expect(opening.getByRole('img'), lang).toBeInViewport({ ratio: 1 });
		const key = opening.getByRole('list', { name: editions[lang].chartUi.legend });
		await expect(key, lang).toBeInViewport({ ratio: 1 });
	}
});

for (const lang of ['fr', 'de'])
	test(`the ${lang} story shows its 18 incidents with their places, dates and figures in its own forms`, async ({
		page
	}) => {
		const c = editions[lang];
		const numbers = { lang, measures: c.story.measures, numberWords: c.story.numberWords };
		await page.goto(inEdition(lang, '/'));
		const cards = page.locator('#incidents article[data-incident]');
		await expect(cards).toHaveCount(18);
		for (const incident of c.incidents) {
			const card = page.locator(`#incidents article[data-incident="${incident.id}"]`);
			await expect(card.locator('.where')).toHaveText(incident.place);
			await expect(card.locator('time')).toHaveText(formatDate(incident.date, lang));
			for (const figure of incident.figures) await expect(card).toContainText(formatFigure(figure, numbers));
		}
		// The figures as this language writes them, not as English does.
		const yahoo = page.locator('#incidents article[data-incident="yahoo"]');
		await expect(yahoo).toContainText(lang === 'fr' ? '3\u202f000\u202f000\u202f000' : '3.000.000.000');
		await expect(yahoo).not.toContainText('3,000,000,000');
	});

for (const lang of ['fr', 'de'])
	test(`the ${lang} edition links its own poster, deck, data and chart files, and each is there`, async ({
		page,
		request
	}) => {
		await page.goto(inEdition(lang, '/'));
		// Its own poster, named in its own words ("Télécharger l’affiche (PDF, A1)").
		const { href, label } = posterLink(editions[lang]);
		const poster = page.locator('.poster-link a');
		expect(href).toBe(`/downloads/peace-and-stability-in-cyberspace-a1-${lang}.pdf`);
		await expect(poster).toHaveAttribute('href', href);
		await expect(poster).toHaveText(label);
		const files = await page
			.locator('a[download]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(files).toEqual(
			expect.arrayContaining([
				inEdition(lang, INCIDENTS_DATA.csv),
				`/downloads/peace-and-stability-in-cyberspace-charts-${lang}.pptx`
			])
		);
		await page.goto(inEdition(lang, '/charts'));
		for (const chart of editions[lang].charts)
			await expect(page.getByRole('link', { name: chart.title, exact: true })).toHaveAttribute(
				'href',
				inEdition(lang, `/charts/${chart.id}`)
			);
		await page.goto(inEdition(lang, '/charts/map'));
		const downloads = await page
			.locator('.tools a[download]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(downloads).toContain(inEdition(lang, CHART_FILES.png('map')));
		for (const href of [...files, ...downloads]) {
			const response = await request.get(href);
			expect(response.status(), href).toBe(200);
		}
		const csv = await (await request.get(inEdition(lang, CHART_FILES.csv('timeline')))).text();
		// Column names are the same machine ids in every edition; the words in them are the edition's.
		expect(csv.split('\r\n')[0]).toBe(
			(await (await request.get(CHART_FILES.csv('timeline'))).text()).split('\r\n')[0]
		);
		expect(csv).toContain(editions[lang].incidents.find((i) => i.id === 'stuxnet')!.place);
	});

// Each edition in one theme and each theme in at least one edition: the editions' pages differ only
// in their words, the themes only in their colours. The poster is paper in either theme, so a dark
// screen must not bleed into it.
const AXE_RUNS = [
	['en', 'light'],
	['fr', 'dark'],
	['de', 'light']
] as const;

for (const [lang, colorScheme] of AXE_RUNS)
	test(`axe finds nothing on the ${lang} pages (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
		for (const path of PAGES) {
			await page.goto(inEdition(lang, path));
			await page.evaluate(() => document.fonts.ready.then(() => undefined));
			// Lay out every part, as a reader scrolling or panning to it would: axe reads the
			// colours behind a part the browser has skipped (content-visibility) as the page's.
			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			const result = await runAxe(page, WCAG_21_AA);
			expect(
				result.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
			).toEqual([]);
		}
	});
