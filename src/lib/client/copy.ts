/**
 * A copy button (CopyButton.svelte): hidden in the page, shown once it can
 * work (the clipboard needs a secure page: https or localhost). A click
 * copies the button's text and says so to screen readers.
 */
export function copyButton(button: HTMLElement) {
	if (!navigator.clipboard) return;
	const status = button.nextElementSibling!;
	let clear: ReturnType<typeof setTimeout> | undefined;
	button.addEventListener('click', async () => {
		await navigator.clipboard.writeText(button.dataset.copy!);
		status.textContent = button.dataset.done!;
		clearTimeout(clear);
		clear = setTimeout(() => (status.textContent = ''), 2500);
	});
	button.hidden = false;
}
