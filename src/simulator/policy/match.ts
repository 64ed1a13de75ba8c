/**
 * Wildcard matching for IAM: `*` matches any run of characters (including none, and across `/`),
 * `?` matches exactly one character.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
export function wildcardMatch(pattern: string, value: string): boolean {
	let p = 0;
	let v = 0;
	let starP = -1;
	let starV = 0;
	while (v < value.length) {
		const pc = pattern[p];
		if (pc === '*') {
			starP = p++;
			starV = v;
		} else if (pc !== undefined && (pc === '?' || pc === value[v])) {
			p++;
			v++;
		} else if (starP >= 0) {
			p = starP + 1;
			v = ++starV;
		} else {
			return false;
		}
	}
	while (pattern[p] === '*') p++;
	return p === pattern.length;
}

const loweredPatterns = new Map<string, string>();
const LOWERED_CACHE_LIMIT = 4096;

/** {@link actionMatches} for an action already in lowercase; lowercased patterns are cached. */
export function actionMatchesLowered(pattern: string, loweredAction: string): boolean {
	if (pattern === '*') return true;
	let lowered = loweredPatterns.get(pattern);
	if (lowered === undefined) {
		lowered = pattern.toLowerCase();
		if (loweredPatterns.size >= LOWERED_CACHE_LIMIT) loweredPatterns.clear();
		loweredPatterns.set(pattern, lowered);
	}
	return wildcardMatch(lowered, loweredAction);
}

/**
 * Replaces policy variables such as `${aws:username}` with the request's values. The escapes
 * `${*}`, `${?}` and `${$}` stand for those characters. Returns `undefined` when a variable has no
 * value, because such an element then matches nothing.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
export function substituteVariables(text: string, lookup: (key: string) => string | undefined): string | undefined {
	if (!text.includes('${')) return text;
	let missing = false;
	const out = text.replace(/\$\{([^}]*)\}/g, (_whole, inner: string) => {
		// SIMPLIFIED: `${*}` and `${?}` become `*` and `?`, which then still act as wildcards.
		if (inner === '*' || inner === '?' || inner === '$') return inner;
		const [key = '', fallback] = inner.split(/\s*,\s*/, 2);
		const value = lookup(key.trim());
		if (value !== undefined) return value;
		const defaultMatch = fallback ? /^'(.*)'$/.exec(fallback) : null;
		if (defaultMatch) return defaultMatch[1] ?? '';
		missing = true;
		return '';
	});
	return missing ? undefined : out;
}
