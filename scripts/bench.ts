/**
 * Simulator benchmarks: operations per second through `execute`, policy evaluations per second,
 * the time of a sign-in (PBKDF2 at the default cost, and with a precomputed hash) and of a
 * 1,000-step random walk.
 * Run with `npm run bench`. Prints plain numbers.
 */
import { loadavg } from 'node:os';
import fc from 'fast-check';
import {
	createFreshAccount,
	evaluatePolicies,
	execute,
	IAM_FULL_ACCESS,
	MANAGE_OWN_MFA_EXAMPLE_POLICY,
	PRACTICE_ROOT,
	type ApiCall,
	type CallContext,
	type PolicySource,
	type SimState,
} from '../src/simulator/index.ts';
import { apiCallArb } from '../tests/support/arbitraries.ts';

function context(): CallContext & { now: number } {
	let x = 12345;
	return {
		now: Date.UTC(2025, 0, 1),
		randomBytes: (n) =>
			Uint8Array.from({ length: n }, () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0), x >>> 24)),
	};
}

function timeIt(run: () => number, minMs = 1000): { perSecond: number; count: number } {
	const start = performance.now();
	let count = 0;
	while (performance.now() - start < minMs) count += run();
	return { perSecond: Math.round((count * 1000) / (performance.now() - start)), count };
}

const ctx = context();
let state: SimState = createFreshAccount(ctx, { passwordHashIterations: 10 });
const step = (call: ApiCall): void => {
	state = execute(state, call, ctx).state;
};
step({
	op: 'ConsoleLogin',
	input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
});
for (const name of ['alice', 'bob', 'iam-admin']) {
	step({ op: 'CreateUser', input: { UserName: name } });
	step({ op: 'CreateLoginProfile', input: { UserName: name, Password: 'Practice-User-Pass-1' } });
}
step({ op: 'AttachUserPolicy', input: { UserName: 'iam-admin', PolicyArn: IAM_FULL_ACCESS.Arn } });
step({ op: 'ConsoleLogout', input: {} });
step({
	op: 'ConsoleLogin',
	input: {
		LoginType: 'IAMUser',
		Account: PRACTICE_ROOT.accountId,
		UserName: 'iam-admin',
		Password: 'Practice-User-Pass-1',
	},
});
const signedInAsAdmin = state;

// 1. Operations through execute, as an IAM user (so every call is authorized by policy evaluation).
const mix: ApiCall[] = [
	{ op: 'ListUsers', input: {} },
	{ op: 'GetUser', input: { UserName: 'alice' } },
	{ op: 'ListAttachedUserPolicies', input: { UserName: 'iam-admin' } },
	{ op: 'DescribeAlarms', input: {} },
	{ op: 'AttachUserPolicy', input: { UserName: 'bob', PolicyArn: IAM_FULL_ACCESS.Arn } },
	{ op: 'DetachUserPolicy', input: { UserName: 'bob', PolicyArn: IAM_FULL_ACCESS.Arn } },
];
let i = 0;
const ops = timeIt(() => {
	for (let k = 0; k < 100; k++) {
		ctx.now += 100;
		const call = mix[i++ % mix.length];
		if (call) state = execute(state, call, ctx).state;
	}
	return 100;
});

// 2. Policy evaluations.
const policies: PolicySource[] = [
	{ policyArn: IAM_FULL_ACCESS.Arn, policyName: IAM_FULL_ACCESS.PolicyName, document: IAM_FULL_ACCESS.Document },
	{ policyArn: 'example', policyName: 'ManageOwnMFA', document: MANAGE_OWN_MFA_EXAMPLE_POLICY },
];
const requests = [
	{
		action: 'iam:CreateUser',
		resource: 'arn:aws:iam::111122223333:user/bob',
		context: { 'aws:username': 'alice', 'aws:MultiFactorAuthPresent': true },
	},
	{
		action: 'cloudwatch:DescribeAlarms',
		resource: '*',
		context: { 'aws:username': 'alice', 'aws:MultiFactorAuthPresent': false },
	},
	{
		action: 'iam:EnableMFADevice',
		resource: 'arn:aws:iam::111122223333:user/alice',
		context: { 'aws:username': 'alice', 'aws:MultiFactorAuthPresent': false },
	},
];
let j = 0;
const evaluations = timeIt(() => {
	for (let k = 0; k < 1000; k++) {
		const request = requests[j++ % requests.length];
		if (request) evaluatePolicies(request, policies);
	}
	return 1000;
});

// 3. A sign-in at the default PBKDF2 cost: a password the learner chose (hashed with PBKDF2), and
// the public practice password (its hash is precomputed, so no PBKDF2 runs).
function timeSignIn(password: string): number {
	const account = createFreshAccount(ctx, { password });
	const start = performance.now();
	const signIns = 20;
	for (let k = 0; k < signIns; k++) {
		execute(
			account,
			{ op: 'ConsoleLogin', input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: password } },
			ctx,
		);
	}
	return (performance.now() - start) / signIns;
}
const signInMs = timeSignIn('Learner-Chosen-Root-Password-1!');
const practiceSignInMs = timeSignIn(PRACTICE_ROOT.password);

// 4. A 1,000-step random walk of arbitrary calls (well formed and garbage).
const walk = fc.sample(apiCallArb, { numRuns: 1000, seed: 2025 });
let walkState = createFreshAccount(ctx, { passwordHashIterations: 10 });
const walkStart = performance.now();
for (const call of walk) {
	ctx.now += 5000;
	walkState = execute(walkState, call, ctx).state;
}
const walkMs = performance.now() - walkStart;

console.log(`execute operations per second: ${ops.perSecond}`);
console.log(`policy evaluations per second: ${evaluations.perSecond}`);
console.log(`console sign-in ms, learner-chosen password (PBKDF2 default cost): ${signInMs.toFixed(2)}`);
console.log(`console sign-in ms, practice password (precomputed hash): ${practiceSignInMs.toFixed(2)}`);
console.log(`1000-step random walk ms: ${walkMs.toFixed(1)}`);
console.log(`users in the bench account: ${Object.keys(signedInAsAdmin.iam.users).length}`);
console.log(`machine load average (1 min) during the run: ${(loadavg()[0] ?? 0).toFixed(2)}`);
