import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '@/store/persistence';
import { type FidoCreationOptions, type FidoRequestOptions } from '@/simulator';
import { WEBAUTHN_VERIFIER } from '@/simulator/webauthn';
import {
	createWithPracticeKey,
	p1363ToDer,
	signInWithPracticeKey,
} from '@/components/console/side/practice-key-authenticator';
import {
	answerTouchRequest,
	getTouchRequest,
	PRACTICE_KEY_STORAGE_KEY,
} from '@/components/console/side/practice-key-signals';
import { loadPracticeKey } from '@/components/console/side/practice-key-store';

const ORIGIN = 'https://course.example';
const RP_ID = 'course.example';
const CHALLENGE = 'Y2hhbGxlbmdlLWZvci10aGUtcHJhY3RpY2Uta2V5LTAx';

const creation: FidoCreationOptions = {
	challenge: CHALLENGE,
	rp: { id: RP_ID, name: 'AWS practice console (not AWS)' },
	user: { id: 'dXNlcg', name: 'root @ 111122223333', displayName: 'root @ 111122223333' },
	pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
	timeout: 1000,
	excludeCredentials: [],
	authenticatorSelection: { residentKey: 'preferred', userVerification: 'preferred' },
	attestation: 'none',
};

/** Waits until the key is asked for a touch, then answers. */
async function touch(answer: boolean): Promise<void> {
	await vi.waitFor(() => expect(getTouchRequest()).not.toBeNull());
	answerTouchRequest(answer);
}

beforeEach(() => vi.stubGlobal('localStorage', memoryStorage()));
afterEach(() => vi.unstubAllGlobals());

describe('the practice security key', () => {
	it('creates a credential the model accepts, then signs in with a counter that grows', async () => {
		const created = createWithPracticeKey(creation, ORIGIN);
		await touch(true);
		const attestation = await created;
		const registered = WEBAUTHN_VERIFIER.verifyRegistration(
			{ origin: ORIGIN, rpId: RP_ID, challenge: CHALLENGE },
			attestation,
		);
		if (!registered.ok) expect.fail(registered.reason);
		expect(registered.value).toMatchObject({ signCount: 0, backupEligible: false, userVerified: false });

		const request: FidoRequestOptions = {
			challenge: 'c2lnbi1pbi1jaGFsbGVuZ2U',
			rpId: RP_ID,
			timeout: 1000,
			allowCredentials: [{ type: 'public-key', id: attestation.CredentialId }],
			userVerification: 'preferred',
		};
		for (const expectedCount of [1, 2]) {
			const signing = signInWithPracticeKey(request, ORIGIN);
			await touch(true);
			const assertion = await signing;
			expect(
				WEBAUTHN_VERIFIER.verifyAssertion(
					{ origin: ORIGIN, rpId: RP_ID, challenge: request.challenge },
					registered.value.publicKey,
					assertion,
				),
			).toEqual({ ok: true, value: { signCount: expectedCount, userVerified: false } });
		}
		expect(loadPracticeKey(localStorage).credentials).toMatchObject([{ rpId: RP_ID, signCount: 2 }]);
	});

	it('fails with NotAllowedError when the learner does not touch it', async () => {
		const created = createWithPracticeKey(creation, ORIGIN);
		await touch(false);
		await expect(created).rejects.toMatchObject({ name: 'NotAllowedError' });
		expect(localStorage.getItem(PRACTICE_KEY_STORAGE_KEY)).toBeNull();
	});

	it('fails with InvalidStateError for a user it already holds a passkey for, NotSupportedError without ES256', async () => {
		const first = createWithPracticeKey(creation, ORIGIN);
		await touch(true);
		const { CredentialId } = await first;
		const again = createWithPracticeKey(
			{ ...creation, excludeCredentials: [{ type: 'public-key', id: CredentialId }] },
			ORIGIN,
		);
		await touch(true);
		await expect(again).rejects.toMatchObject({ name: 'InvalidStateError' });
		await expect(
			createWithPracticeKey({ ...creation, pubKeyCredParams: [{ type: 'public-key', alg: -257 }] }, ORIGIN),
		).rejects.toMatchObject({ name: 'NotSupportedError' });
	});

	it('fails with NotAllowedError when it holds no passkey for the user signing in', async () => {
		const signing = signInWithPracticeKey(
			{
				challenge: 'AAAA',
				rpId: RP_ID,
				timeout: 1,
				allowCredentials: [{ type: 'public-key', id: 'AAAA' }],
				userVerification: 'preferred',
			},
			ORIGIN,
		);
		await touch(true);
		await expect(signing).rejects.toMatchObject({ name: 'NotAllowedError' });
	});

	it('keeps a damaged save under a backup key and starts empty', () => {
		const storage = memoryStorage({ [PRACTICE_KEY_STORAGE_KEY]: '{"version":1,"credentials":[{"id":"x"}]}' });
		expect(loadPracticeKey(storage, Date.UTC(2026, 0, 1))).toEqual({ credentials: [], damaged: true });
		expect(storage.getItem(`${PRACTICE_KEY_STORAGE_KEY}:backup:2026-01-01T00:00:00.000Z`)).not.toBeNull();
	});

	it('turns WebCrypto’s r ‖ s signatures into DER, padding integers whose top bit is set', () => {
		const raw = new Uint8Array(64);
		raw[0] = 0x80;
		raw[32] = 0;
		raw[33] = 0x01;
		const der = p1363ToDer(raw);
		expect(der[0]).toBe(0x30);
		expect([...der.subarray(2, 5)]).toEqual([0x02, 33, 0x00]);
		expect([...der.subarray(37, 39)]).toEqual([0x02, 31]);
	});
});
