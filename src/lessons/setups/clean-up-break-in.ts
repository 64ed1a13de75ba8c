import {
	ADMINISTRATOR_ACCESS,
	deleteUserAsConsoleDoes,
	selectInstancesInAllRegions,
	type CallContext,
	type SimState,
} from '@/simulator';
import type { LabSetup } from '../lab';
import { COURSE_USER } from '../checks';
import { INTRUDER_IP, INTRUDER_REGION, INTRUDER_USER, WAY_IN } from '../labs/clean-up-break-in';
import { IAM_ADMIN_PASSWORD } from '../names';
import { assignVirtualMfa, rootWithMfa, withBillingAlarms, withIamAdmin } from '../scenarios';
import { must, mustWithOutput } from '../run';

/** A GPU instance type, the kind people who break into accounts launch to mine. */
const INTRUDER_INSTANCE_TYPE = 'p4d.24xlarge';
/**
 * How long the instance has run when the learner looks, on the billing clock: 12 minutes, just
 * short of the first billing data (15 minutes after billing alerts were turned on), so the $10
 * alarm goes off a few minutes into the lab. Alarm emails written now would quote the build's time.
 */
const HOURS_BEFORE_NOTICED = 0.2;

/**
 * The account of the earlier lessons, done right: root with MFA and signed in, billing alarms at $10
 * and $100 with a confirmed email, iam-admin with IAMFullAccess and MFA. Later the learner made
 * iam-admin an access key for the command line.
 */
function accountDoneRight(ctx: CallContext): { state: SimState; leakedKey: string } {
	let state = withBillingAlarms(rootWithMfa(ctx).state, ctx);
	state = withIamAdmin(state, ctx, IAM_ADMIN_PASSWORD, false);
	state = assignVirtualMfa(state, ctx, `${COURSE_USER}-phone`, COURSE_USER).state;
	const made = mustWithOutput(state, { op: 'CreateAccessKey', input: { UserName: COURSE_USER } }, ctx);
	return { state: made.state, leakedKey: made.output.AccessKey.AccessKeyId };
}

/**
 * What the intruder did with iam-admin's leaked key, from an address of their own, with programmatic
 * calls (no console sign-in, so no MFA was ever asked for): created a user with AdministratorAccess
 * and a key of its own, and with that key added a spare key to iam-admin and launched an expensive
 * instance far from the learner's Region.
 */
function breakIn(state: SimState, ctx: CallContext, leakedKey: string): SimState {
	const asIamAdmin: CallContext = { ...ctx, accessKeyId: leakedKey, sourceIPAddress: INTRUDER_IP };
	let next = must(state, { op: 'CreateUser', input: { UserName: INTRUDER_USER } }, asIamAdmin);
	next = must(
		next,
		{ op: 'AttachUserPolicy', input: { UserName: INTRUDER_USER, PolicyArn: ADMINISTRATOR_ACCESS.Arn } },
		asIamAdmin,
	);
	const planted = mustWithOutput(next, { op: 'CreateAccessKey', input: { UserName: INTRUDER_USER } }, asIamAdmin);
	const asIntruder: CallContext = {
		...ctx,
		accessKeyId: planted.output.AccessKey.AccessKeyId,
		sourceIPAddress: INTRUDER_IP,
	};
	next = must(planted.state, { op: 'CreateAccessKey', input: { UserName: COURSE_USER } }, asIntruder);
	return must(
		next,
		{
			op: 'RunInstances',
			input: { InstanceType: INTRUDER_INSTANCE_TYPE, MinCount: 1, MaxCount: 1 },
			region: INTRUDER_REGION,
		},
		asIntruder,
	);
}

/**
 * Lesson 8 starts after a break-in: the root user is signed in, the charges are climbing, and
 * everything the intruder did is in the trail. The solution reads nothing: it removes what the
 * lab's checks look for, as a learner who has read Event history would.
 */
export const cleanUpBreakInSetup: LabSetup = {
	labId: 'clean-up-break-in',
	scenario(ctx) {
		const { state, leakedKey } = accountDoneRight(ctx);
		// Minutes pass on the billing clock, and the instance's charges with them.
		return must(
			breakIn(state, ctx, leakedKey),
			{ op: 'AdvanceBillingClock', input: { Hours: HOURS_BEFORE_NOTICED } },
			ctx,
		);
	},
	solve(state, ctx) {
		const deleted = deleteUserAsConsoleDoes(state, { UserName: INTRUDER_USER }, ctx);
		if (!deleted.ok) throw new Error(`Lab setup failed: could not delete ${INTRUDER_USER}.`);
		let next = deleted.state;
		for (const key of next.iam.users[COURSE_USER]?.accessKeys ?? [])
			next = must(next, { op: 'DeleteAccessKey', input: { UserName: COURSE_USER, AccessKeyId: key.AccessKeyId } }, ctx);
		for (const { region, instance } of selectInstancesInAllRegions(next, ctx.now)) {
			if (instance.State === 'terminated') continue;
			next = must(next, { op: 'TerminateInstances', input: { InstanceIds: [instance.InstanceId] }, region }, ctx);
		}
		return { state: next, answers: { 'way-in-found': WAY_IN } };
	},
};
