import { useEffect, useState } from 'preact/hooks';

/** The width at and below which side panels turn into drawers. Matches side.css. */
export const DRAWER_QUERY = '(max-width: 760px)';

/** True while the viewport is 760 px wide or less (false where matchMedia is missing). */
export function useNarrowScreen(): boolean {
	const [narrow, setNarrow] = useState(() =>
		typeof matchMedia === 'function' ? matchMedia(DRAWER_QUERY).matches : false,
	);
	useEffect(() => {
		if (typeof matchMedia !== 'function') return;
		const query = matchMedia(DRAWER_QUERY);
		const onChange = () => setNarrow(query.matches);
		onChange();
		query.addEventListener('change', onChange);
		return () => query.removeEventListener('change', onChange);
	}, []);
	return narrow;
}
