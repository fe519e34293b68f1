import { expect, test } from './fixtures';

test.describe('the home page', () => {
	test('shows the title, the two headline figures and all 18 incidents', async ({ page }) => {
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		await page.goto('/');
		await expect(page).toHaveTitle(/Peace and Stability in Cyberspace/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peace and Stability in Cyberspace');
		await expect(page.getByText('67%', { exact: true })).toBeVisible();
		await expect(page.getByText('$13m', { exact: true })).toBeVisible();
		await expect(page.locator('#incidents article[data-incident]')).toHaveCount(18);
		expect(errors).toEqual([]);
	});

	test('a deep link lands on its incident', async ({ page }) => {
		await page.goto('/#incident-singhealth');
		const card = page.locator('#incident-singhealth');
		await expect(card).toBeInViewport();
		await expect(card).toContainText('1,500,000 records');
	});
});
