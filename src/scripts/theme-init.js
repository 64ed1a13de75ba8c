(function () {
	// Applies the saved theme before the first paint so the page never flashes the wrong one.
	try {
		var saved = localStorage.getItem('course:theme');
		if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
	} catch (_) {
		// Storage may be disabled; the system setting then decides.
	}
})();
