/**
 * Runs before every unit test file. Component tests wait for screens that download on demand; on a
 * busy machine that can take seconds, so their waits allow 10 s instead of Testing Library's 1 s
 * (a wait ends as soon as its condition holds, so a healthy run is no slower).
 */
if (typeof document !== 'undefined') {
	const { configure } = await import('@testing-library/preact');
	configure({ asyncUtilTimeout: 10_000 });
}
export {};
