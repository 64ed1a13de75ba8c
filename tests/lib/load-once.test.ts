import { describe, expect, it } from 'vitest';
import { loadOnce } from '@/lib/load-once';

describe('loadOnce', () => {
	it('downloads once however often it is asked, and keeps what arrived', async () => {
		let downloads = 0;
		const once = loadOnce(() => Promise.resolve(++downloads));
		expect(once.loaded()).toBeUndefined();
		const [first, second] = await Promise.all([once.load(), once.load()]);
		expect([first, second, await once.load()]).toEqual([1, 1, 1]);
		expect(once.loaded()).toBe(1);
		expect(downloads).toBe(1);
	});

	it('forgets a failed download, so the next call tries again', async () => {
		let attempt = 0;
		const once = loadOnce(() => {
			attempt++;
			return attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('arrived');
		});
		await expect(once.load()).rejects.toThrow('offline');
		expect(once.loaded()).toBeUndefined();
		await expect(once.load()).resolves.toBe('arrived');
		expect(attempt).toBe(2);
	});
});
