(function () {
	// Theme toggle: remembers an explicit choice; without one the system setting applies.
	var root = document.documentElement;
	var toggle = document.getElementById('theme-toggle');
	function currentTheme() {
		if (root.dataset.theme === 'light' || root.dataset.theme === 'dark') return root.dataset.theme;
		return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
	}
	function render() {
		if (!toggle) return;
		var dark = currentTheme() === 'dark';
		toggle.setAttribute('aria-pressed', String(dark));
	}
	if (toggle) {
		toggle.addEventListener('click', function () {
			var next = currentTheme() === 'dark' ? 'light' : 'dark';
			root.dataset.theme = next;
			try {
				localStorage.setItem('course:theme', next);
			} catch (_) {
				// Without storage the choice lasts for this page only.
			}
			render();
		});
		render();
	}

	// Completion marks and the overall progress bar, read from the saved progress summary.
	var completed = [];
	try {
		var summary = JSON.parse(localStorage.getItem('course:progress:summary') || '{}');
		if (summary && Array.isArray(summary.completed)) completed = summary.completed;
	} catch (_) {
		completed = [];
	}
	var links = document.querySelectorAll('[data-lesson-id]');
	var total = 0;
	var done = 0;
	var seen = {};
	for (var i = 0; i < links.length; i++) {
		var id = links[i].getAttribute('data-lesson-id');
		var isDone = completed.indexOf(id) !== -1;
		if (isDone) links[i].setAttribute('data-complete', 'true');
		var mark = links[i].querySelector('.lesson-status');
		if (mark) mark.textContent = isDone ? '(completed)' : '';
		if (!seen[id]) {
			seen[id] = true;
			total++;
			if (isDone) done++;
		}
	}
	var bars = document.querySelectorAll('[data-course-progress]');
	for (var j = 0; j < bars.length; j++) {
		var bar = bars[j].querySelector('progress');
		var label = bars[j].querySelector('.course-progress__label');
		if (bar) {
			bar.max = total;
			bar.value = done;
		}
		if (label) label.textContent = done + ' of ' + total + ' lessons completed';
	}
})();
