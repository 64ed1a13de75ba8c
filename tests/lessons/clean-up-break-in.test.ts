import { describe, expect, it } from 'vitest';
import {
	deleteUserAsConsoleDoes,
	execute,
	selectEventHistory,
	selectInstancesInAllRegions,
	type CallContext,
	type SimState,
} from '@/simulator';
import {
	cleanUpBreakInLab,
	INTRUDER_IP,
	INTRUDER_REGION,
	INTRUDER_USER,
	WAY_IN,
	WAY_IN_CHOICES,
} from '@/lessons/labs/clean-up-break-in';
import { cleanUpBreakInSetup } from '@/lessons/setups/clean-up-break-in';
import { buildStartingAccount, seededRandomBytes, STARTING_ACCOUNTS_BUILT_AT } from '@/lessons/starting-accounts';
import { must } from '@/lessons/run';

const ctx: CallContext = { now: STARTING_ACCOUNTS_BUILT_AT + 60_000, randomBytes: seededRandomBytes('learner') };
const start = (): SimState => buildStartingAccount(cleanUpBreakInSetup).state;
const task = (id: string) => cleanUpBreakInLab.tasks.find((t) => t.id === id)!;
const statusOf = (state: SimState, id: string, answer?: string) => task(id).check(state, answer);

function terminateEverything(state: SimState): SimState {
	let next = state;
	for (const { region, instance } of selectInstancesInAllRegions(next, ctx.now))
		next = must(next, { op: 'TerminateInstances', input: { InstanceIds: [instance.InstanceId] }, region }, ctx);
	return next;
}

function deleteIntruder(state: SimState): SimState {
	const deleted = deleteUserAsConsoleDoes(state, { UserName: INTRUDER_USER }, ctx);
	expect(deleted.ok).toBe(true);
	return deleted.state;
}

function deleteAdminKeys(state: SimState): SimState {
	let next = state;
	for (const key of next.iam.users['iam-admin']?.accessKeys ?? [])
		next = must(next, { op: 'DeleteAccessKey', input: { UserName: 'iam-admin', AccessKeyId: key.AccessKeyId } }, ctx);
	return next;
}

describe('the break-in scenario', () => {
	const state = start();

	it('is the account done right: root signed in with MFA, iam-admin with IAMFullAccess and MFA, billing alarms', () => {
		expect(state.session).toMatchObject({ principal: { type: 'Root' } });
		expect(state.root.mfaSerials).toHaveLength(1);
		expect(state.iam.users['iam-admin']).toMatchObject({
			attachedPolicyArns: ['arn:aws:iam::aws:policy/IAMFullAccess'],
			mfaSerials: [expect.stringMatching(/mfa\/iam-admin-phone$/)],
		});
		expect(Object.keys(state.cloudwatch['us-east-1']?.alarms ?? {}).sort()).toEqual([
			'billing-over-10-usd',
			'billing-over-100-usd',
		]);
	});

	it('has an intruder’s user with AdministratorAccess and a key, and a second key on iam-admin', () => {
		expect(state.iam.users[INTRUDER_USER]).toMatchObject({
			attachedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
			accessKeys: [{ Status: 'Active' }],
		});
		expect(state.iam.users['iam-admin']?.accessKeys).toHaveLength(2);
	});

	it('runs an expensive instance in Sydney, none in the learner’s Region, and the $10 alarm goes off minutes later', () => {
		expect(selectInstancesInAllRegions(state, ctx.now).map(({ region, instance }) => [region, instance.State])).toEqual(
			[[INTRUDER_REGION, 'running']],
		);
		expect(state.billing.spendRateUsdPerHour).toBeGreaterThan(30);
		expect(state.billing.monthToDateUsd).toBeGreaterThan(10);
		expect(state.mailbox.some((m) => m.kind === 'alarm')).toBe(false);
		const later = execute(
			state,
			{ op: 'GetCostSummary', input: {} },
			{ ...ctx, now: STARTING_ACCOUNTS_BUILT_AT + 300_000 },
		);
		expect(later.state.cloudwatch['us-east-1']?.alarms['billing-over-10-usd']?.StateValue).toBe('ALARM');
		expect(later.state.mailbox.filter((m) => m.kind === 'alarm').map((m) => m.subject)).toEqual([
			'ALARM: "billing-over-10-usd" in US East (N. Virginia)',
		]);
	});

	it('keeps the evidence in Event history: iam-admin’s first key, from the intruder’s address, made the user', () => {
		const [leaked, spare] = state.iam.users['iam-admin']!.accessKeys;
		const created = selectEventHistory(
			state,
			{ region: 'us-east-1', attribute: { AttributeKey: 'ResourceName', AttributeValue: INTRUDER_USER } },
			ctx.now,
		);
		expect(created.map((e) => [e.EventName, e.Username, e.AccessKeyId])).toEqual([
			['CreateAccessKey', 'iam-admin', leaked?.AccessKeyId],
			['AttachUserPolicy', 'iam-admin', leaked?.AccessKeyId],
			['CreateUser', 'iam-admin', leaked?.AccessKeyId],
		]);
		expect(JSON.parse(created[2]!.CloudTrailEvent)).toMatchObject({ sourceIPAddress: INTRUDER_IP });
		const spareMade = selectEventHistory(
			state,
			{ region: 'us-east-1', attribute: { AttributeKey: 'ResourceName', AttributeValue: spare?.AccessKeyId ?? '' } },
			ctx.now,
		);
		expect(spareMade.map((e) => [e.EventName, e.Username])).toEqual([['CreateAccessKey', INTRUDER_USER]]);
		const sydney = selectEventHistory(state, { region: INTRUDER_REGION }, ctx.now);
		expect(sydney.map((e) => [e.EventName, e.Username])).toEqual([['RunInstances', INTRUDER_USER]]);
		expect(
			selectEventHistory(
				state,
				{ region: 'us-east-1', attribute: { AttributeKey: 'EventName', AttributeValue: 'ConsoleLogin' } },
				ctx.now,
			).every((e) => JSON.parse(e.CloudTrailEvent).sourceIPAddress !== INTRUDER_IP),
		).toBe(true);
	});
});

describe('the break-in lab’s tasks', () => {
	it('fail on the untouched account, each with its reason', () => {
		const state = start();
		expect(statusOf(state, 'way-in-found')).toEqual({
			met: false,
			reason: expect.stringContaining('CloudTrail → Event history'),
		});
		expect(statusOf(state, 'intruder-user-deleted')).toEqual({
			met: false,
			reason: `${INTRUDER_USER} still exists, with an access key and AdministratorAccess: whoever holds its key can do anything in the account. Delete the user; the console removes its keys and policies first.`,
		});
		expect(statusOf(state, 'access-keys-deleted')).toEqual({
			met: false,
			reason: expect.stringMatching(
				/^iam-admin still has the access keys AKIA\w+ and AKIA\w+, and an access key works without/,
			),
		});
		expect(statusOf(state, 'instances-terminated')).toEqual({
			met: false,
			reason: expect.stringMatching(
				/^i-[0-9a-f]{17} \(p4d\.24xlarge\) in Asia Pacific \(Sydney\) is still running, at about \$32\.77 an hour\./,
			),
		});
	});

	it('are all met after the reference solution', () => {
		const { state, answers } = cleanUpBreakInSetup.solve(start(), ctx);
		for (const t of cleanUpBreakInLab.tasks) expect(t.check(state, answers[t.id]), t.id).toEqual({ met: true });
	});

	it('leave the instance task failing when the user is gone but the instance still runs in Sydney', () => {
		const state = deleteAdminKeys(deleteIntruder(start()));
		expect(statusOf(state, 'intruder-user-deleted')).toEqual({ met: true });
		expect(statusOf(state, 'access-keys-deleted')).toEqual({ met: true });
		expect(statusOf(state, 'instances-terminated')).toMatchObject({
			met: false,
			reason: expect.stringContaining('in Asia Pacific (Sydney) is still running'),
		});
		// The deleted key no longer works: the instance keeps running until someone terminates it.
		expect(selectInstancesInAllRegions(state, ctx.now)[0]?.instance.State).toBe('running');
	});

	it('say a stopped instance is not enough', () => {
		const stopped = selectInstancesInAllRegions(start(), ctx.now)[0]!;
		const state = must(
			start(),
			{ op: 'StopInstances', input: { InstanceIds: [stopped.instance.InstanceId] }, region: INTRUDER_REGION },
			ctx,
		);
		expect(statusOf(state, 'instances-terminated')).toMatchObject({
			met: false,
			reason: expect.stringContaining('is stopped, not terminated'),
		});
		expect(statusOf(terminateEverything(state), 'instances-terminated')).toEqual({ met: true });
	});

	it('count one remaining key of iam-admin, and a deleted iam-admin, as not done', () => {
		const state = start();
		const first = state.iam.users['iam-admin']!.accessKeys[0]!.AccessKeyId;
		const oneLeft = must(state, { op: 'DeleteAccessKey', input: { UserName: 'iam-admin', AccessKeyId: first } }, ctx);
		expect(statusOf(oneLeft, 'access-keys-deleted')).toMatchObject({
			met: false,
			reason: expect.stringMatching(/^iam-admin still has the access key AKIA\w+, and/),
		});
		const gone = deleteUserAsConsoleDoes(state, { UserName: 'iam-admin' }, ctx).state;
		expect(statusOf(gone, 'access-keys-deleted')).toMatchObject({
			met: false,
			reason: expect.stringContaining('iam-admin no longer exists'),
		});
	});

	it('count another user with AdministratorAccess as not done', () => {
		let state = deleteIntruder(start());
		state = must(state, { op: 'CreateUser', input: { UserName: 'helper' } }, ctx);
		state = must(
			state,
			{
				op: 'AttachUserPolicy',
				input: { UserName: 'helper', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
			},
			ctx,
		);
		expect(statusOf(state, 'intruder-user-deleted')).toEqual({
			met: false,
			reason: 'helper has AdministratorAccess. Nobody in this account needs it: remove it or delete the user.',
		});
	});

	it('count AdministratorAccess through a group as not done', () => {
		let state = deleteIntruder(start());
		state = must(state, { op: 'CreateGroup', input: { GroupName: 'admins' } }, ctx);
		state = must(
			state,
			{
				op: 'AttachGroupPolicy',
				input: { GroupName: 'admins', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
			},
			ctx,
		);
		state = must(state, { op: 'AddUserToGroup', input: { GroupName: 'admins', UserName: 'iam-admin' } }, ctx);
		expect(statusOf(state, 'intruder-user-deleted')).toMatchObject({
			met: false,
			reason: expect.stringMatching(/^iam-admin has AdministratorAccess\./),
		});
	});

	it('count an access key of the root user as not done', () => {
		const state = must(deleteAdminKeys(start()), { op: 'CreateAccessKey', input: {} }, ctx);
		expect(statusOf(state, 'access-keys-deleted')).toMatchObject({
			met: false,
			reason: expect.stringMatching(/^The root user has an access key\./),
		});
	});

	it('accept only the right way in, and say where the evidence is for each wrong one', () => {
		const state = start();
		expect(statusOf(state, 'way-in-found', WAY_IN)).toEqual({ met: true });
		for (const choice of WAY_IN_CHOICES.filter((c) => c !== WAY_IN)) {
			const status = statusOf(state, 'way-in-found', choice);
			expect(status.met, choice).toBe(false);
			if (!status.met) expect(status.reason).toMatch(/^Not quite\. .{40,}/);
		}
	});

	it('are met by the console’s own calls, whatever the order', () => {
		let state = start();
		state = terminateEverything(state);
		state = deleteAdminKeys(state);
		state = deleteIntruder(state);
		for (const id of ['intruder-user-deleted', 'access-keys-deleted', 'instances-terminated'])
			expect(statusOf(state, id), id).toEqual({ met: true });
		// The intruder's keys are gone: a call signed with them is refused.
		const key = start().iam.users[INTRUDER_USER]!.accessKeys[0]!.AccessKeyId;
		const retry = execute(
			state,
			{ op: 'ListUsers', input: {} },
			{ ...ctx, accessKeyId: key, sourceIPAddress: INTRUDER_IP },
		);
		expect(retry.response).toMatchObject({ ok: false, error: { code: 'InvalidClientTokenId' } });
	});
});
