import { describe, expect, it, vi } from 'vitest';
import { createFreshAccount, deleteUserAsConsoleDoes, execute, type CallContext, type SimState } from '@/simulator';
import { createSimStore, memoryStorage } from '@/store';
import { met, notMet, type Lab } from '@/lessons/lab';
import { createLabStore } from '@/components/lab/lab-store';
import { UNCHECKED, watchTasks } from '@/components/lab/task-watch';
import { buildStartingAccount } from '@/lessons/starting-accounts';
import { LAB_SETUPS } from '@/lessons/setup-registry';

const T0 = Date.UTC(2025, 0, 1);
const signedInRoot = (ctx: CallContext): SimState => ({
	...createFreshAccount(ctx, { passwordHashIterations: 1 }),
	session: { principal: { type: 'Root' }, withMfa: false, since: ctx.now },
});

function makeStore() {
	let time = T0;
	return createSimStore({
		storageKey: 'course:sim:watch-test',
		createScenario: signedInRoot,
		storage: { storage: memoryStorage(), persistent: true },
		context: { now: () => (time += 1000), randomBytes: (length) => new Uint8Array(length) },
		simulator: { execute, deleteUserAsConsoleDoes },
	});
}

/** A lab whose first task counts the account's users and second checks a typed answer. */
function countingLab() {
	const hasUser = vi.fn((state: SimState) =>
		Object.keys(state.iam.users).length > 0 ? met : notMet('No user yet: create one in IAM.'),
	);
	const answer = vi.fn((state: SimState, typed?: string) =>
		typed === state.account.accountId ? met : notMet('Type the account ID.'),
	);
	const hints = ['The idea of it', 'Where to look for it', 'The exact clicks for it'] as const;
	const lab: Lab = {
		id: 'watch-test',
		title: 'Watch test',
		startScreen: 'console-home',
		tasks: [
			{ id: 'has-user', title: 'Create a user', hints, check: hasUser },
			{ id: 'account-id', title: 'Type the account ID', hints, question: { label: 'Account ID' }, check: answer },
		],
		solutionSteps: ['Create a user.'],
	};
	return { lab, hasUser, answer };
}

describe('watchTasks', () => {
	it('checks every task done in the console once to start with, and no answer before Check', () => {
		const { lab, hasUser, answer } = countingLab();
		const watch = watchTasks(makeStore(), lab);
		expect(watch.getState().statuses).toEqual([{ met: false, reason: 'No user yet: create one in IAM.' }, UNCHECKED]);
		expect(hasUser).toHaveBeenCalledTimes(1);
		expect(answer).not.toHaveBeenCalled();
	});

	it('checks the tasks again when the account changes, and not when nothing changed', () => {
		const { lab, hasUser } = countingLab();
		const store = makeStore();
		const watch = watchTasks(store, lab);
		store.dismissNotice();
		expect(hasUser).toHaveBeenCalledTimes(1);
		store.call({ op: 'CreateUser', input: { UserName: 'iam-admin' } });
		expect(hasUser).toHaveBeenCalledTimes(2);
		expect(watch.getState().statuses[0]).toEqual(met);
		store.undo();
		expect(watch.getState().statuses[0]).toMatchObject({ met: false });
	});

	it('judges an answer only when Check is pressed: typing one guess after another is never accepted', () => {
		const { lab, hasUser, answer } = countingLab();
		const store = makeStore();
		const watch = watchTasks(store, lab);
		const accountId = store.getState().sim.account.accountId;
		for (const guess of ['111111111111', accountId, '222222222222', accountId]) {
			watch.setAnswer('account-id', guess);
			expect(watch.getState().statuses[1]).toEqual(UNCHECKED);
		}
		expect(answer).not.toHaveBeenCalled();
		expect(watch.checkTask('account-id')).toEqual(met);
		expect(watch.getState().statuses[1]).toEqual(met);
		expect(answer).toHaveBeenCalledTimes(1);
		expect(hasUser).toHaveBeenCalledTimes(1);
	});

	it('needs a changed answer checked again, and does not judge it when the account changes', () => {
		const { lab, answer } = countingLab();
		const store = makeStore();
		const watch = watchTasks(store, lab);
		watch.setAnswer('account-id', 'wrong');
		expect(watch.checkTask('account-id')).toEqual({ met: false, reason: 'Type the account ID.' });
		expect(watch.getState().tried).toEqual({ 'account-id': true });
		watch.setAnswer('account-id', store.getState().sim.account.accountId);
		expect(watch.getState().statuses[1]).toEqual(UNCHECKED);
		expect(watch.getState().tried).toEqual({});
		store.call({ op: 'CreateUser', input: { UserName: 'iam-admin' } });
		expect(watch.getState().statuses[1]).toEqual(UNCHECKED);
		expect(answer).toHaveBeenCalledTimes(1);
	});

	it('lets a task’s reason show once the learner pressed Check or the account changed for that task', () => {
		const { lab } = countingLab();
		const store = makeStore();
		const watch = watchTasks(store, lab, store.getState().sim);
		expect(watch.getState().tried).toEqual({});
		store.call({ op: 'CreateAccountAlias', input: { AccountAlias: 'unrelated-change' } });
		expect(watch.getState().tried).toEqual({});
		store.call({ op: 'CreateUser', input: { UserName: 'iam-admin' } });
		expect(watch.getState().tried).toEqual({ 'has-user': true });
		store.undo();
		expect(watch.getState().tried).toEqual({ 'has-user': true });

		const pressed = watchTasks(makeStore(), lab, store.getState().sim);
		expect(pressed.checkTask('has-user')).toEqual({ met: false, reason: 'No user yet: create one in IAM.' });
		expect(pressed.getState().tried).toEqual({ 'has-user': true });
	});

	it('checks the reference solution’s answers as it records them', () => {
		const { lab } = countingLab();
		const store = makeStore();
		const watch = watchTasks(store, lab);
		watch.setAnswers({ 'account-id': store.getState().sim.account.accountId });
		expect(watch.getState().statuses[1]).toEqual(met);
	});

	it('stops checking once stopped', () => {
		const { lab, hasUser } = countingLab();
		const store = makeStore();
		watchTasks(store, lab).stop();
		store.call({ op: 'CreateUser', input: { UserName: 'iam-admin' } });
		expect(hasUser).toHaveBeenCalledTimes(1);
	});
});

describe('createLabStore', () => {
	const shipped = buildStartingAccount(LAB_SETUPS['billing-alarm']!);

	it('starts from the shipped account moved to now, without the simulator’s operations', () => {
		const before = Date.now();
		const store = createLabStore(
			'billing-alarm-store-test',
			{ builtAt: shipped.builtAt, state: shipped.state },
			undefined,
		);
		const after = Date.now();
		expect(store.getState().simulatorStatus).toBe('idle');
		const { lastRealNow } = store.getState().sim.billing;
		expect(lastRealNow).toBeGreaterThanOrEqual(before);
		expect(lastRealNow).toBeLessThanOrEqual(after);
		expect(store.getState().sim.session?.principal.type).toBe('Root');
	});

	it('starts again from the shipped account, at the time of the reset', () => {
		const store = createLabStore(
			'billing-alarm-reset-test',
			{ builtAt: shipped.builtAt, state: shipped.state },
			undefined,
		);
		const first = store.getState().sim.billing.lastRealNow;
		store.reset();
		expect(store.getState().sim.billing.lastRealNow).toBeGreaterThanOrEqual(first);
		expect(Object.keys(store.getState().sim.iam.mfaDevices)).toEqual(Object.keys(shipped.state.iam.mfaDevices));
		expect(store.getState().history).toEqual([]);
	});
});
