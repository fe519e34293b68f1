/*
 * Peace and Stability in Cyberspace: sizes the frames of embedded charts to
 * their content. A chart page in a frame posts its height; this script, on
 * the page that embeds it, sets the height of the frame it came from. It
 * listens only to pages of its own site (the address it was loaded from).
 * Without it, a frame keeps the height its embed code gives. The message's
 * type is EMBED_MESSAGE in src/lib/client/embed.ts.
 */
(function () {
	var script = document.currentScript;
	if (!script || window.__peaceAndStabilityEmbeds) return;
	window.__peaceAndStabilityEmbeds = true;
	var origin = new URL(script.src).origin;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== origin || !data || data.type !== 'peace-and-stability:height') return;
		var height = Number(data.height);
		if (!(height > 0)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++)
			if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';
	});
})();
