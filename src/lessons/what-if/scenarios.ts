import { ADMINISTRATOR_ACCESS, PRACTICE_ROOT, type ApiCall, type CallContext, type SimState } from '@/simulator';
import { BILLING_REGION, COURSE_USER } from '../checks';
import {
	accountWithIamAdmin,
	assignVirtualMfa,
	freshAccount,
	iamAdminLogin,
	IAM_ADMIN_FIRST_PASSWORD,
	IAM_ADMIN_PASSWORD,
	rootWithMfa,
	signOut,
} from '../scenarios';
import { must } from '../run';
import { spendingSpike } from './spending-spike';
import { attackerDid, refusal, usd, type WhatIfScenario, type WhatIfStep } from './what-if';

/** A code the attacker guesses; a real six-digit code matches it one time in a million. */
const GUESSED_CODE = '123456';
/** What the attacker launches: the largest GPU instances, the kind used for mining or model training. */
const ATTACKER_LAUNCH = { InstanceType: 'p4d.24xlarge', MinCount: 1, MaxCount: 3 } as const;

const rootLogin: ApiCall = {
	op: 'ConsoleLogin',
	input: { LoginType: 'Root', Email: PRACTICE_ROOT.email, Password: PRACTICE_ROOT.password },
};

const signedIn = (state: SimState) => state.session !== null;

function attackerSignsIn(who: string, login: ApiCall): WhatIfStep {
	return {
		actor: 'attacker',
		title: `Signs in as ${who} with the leaked password`,
		calls: () => [login],
		describe: (after, [response]) => {
			if (refusal(response)) return `The sign-in failed (${refusal(response)}).`;
			if (after.pendingSignIn?.step === 'mfa')
				return 'The password is right, so the sign-in page asks for an MFA code. The attacker has the password, but not your phone.';
			if (after.pendingSignIn?.step === 'mfaRegistration')
				return 'The password is right. The root user has no MFA, so the sign-in page suggests registering a device, and offers to skip that for now.';
			return `The password is all it takes: the attacker is in the console as ${who}.`;
		},
	};
}

const attackerGuessesCode: WhatIfStep = {
	actor: 'attacker',
	title: 'Types a guessed MFA code',
	calls: (state) =>
		state.pendingSignIn ? [{ op: 'ConsoleLoginMFA', input: { AuthenticationCode: GUESSED_CODE } }] : [],
	describe: (_after, [response]) =>
		response === undefined
			? 'Nothing to do: the attacker is already in.'
			: refusal(response)
				? `Refused (${refusal(response)}). Without the device the code changes every 30 seconds and cannot be guessed; the sign-in stops here.`
				: 'The guess happened to be right (one chance in a million).',
};

const attackerSkipsMfaPrompt: WhatIfStep = {
	actor: 'attacker',
	title: 'Chooses to skip registering MFA',
	calls: (state) => (state.pendingSignIn?.step === 'mfaRegistration' ? [{ op: 'SkipMFARegistration', input: {} }] : []),
	describe: (_after, [response]) =>
		response === undefined
			? 'Nothing to skip.'
			: refusal(response)
				? `Refused (${refusal(response)}): the days to skip are over, so only registering a device gets anyone in.`
				: 'The prompt can be skipped for up to 35 days, so the password alone was enough: the attacker is in the console as the root user. They could even register their own MFA device and lock you out.',
};

const attackerStartsInstances: WhatIfStep = {
	actor: 'attacker',
	title: `Starts ${ATTACKER_LAUNCH.MaxCount} large, expensive EC2 instances (${ATTACKER_LAUNCH.InstanceType})`,
	calls: (state) => (signedIn(state) ? [{ op: 'RunInstances', input: ATTACKER_LAUNCH, region: BILLING_REGION }] : []),
	describe: (after, [response]) => {
		if (response === undefined) return 'The attacker is not signed in, so there is nothing they can start.';
		if (refusal(response)) return `EC2 refuses (${refusal(response)}): this user's permissions stop at IAM.`;
		return `The account now costs ${usd(after.billing.spendRateUsdPerHour)} an hour.`;
	},
};

const aDayPasses: WhatIfStep = {
	actor: 'aws',
	title: 'A day passes on the billing clock',
	calls: () => [{ op: 'AdvanceBillingClock', input: { Hours: 24 } }],
	describe: (after) => `Charges this month: ${usd(after.billing.monthToDateUsd)}.`,
};

const leakedRootPassword: WhatIfScenario = {
	id: 'leaked-root-password',
	title: 'Your root password leaks',
	premise:
		'A website you once used the same password on is breached, and your root password is in the leaked list. Someone tries it.',
	variants: [
		{
			id: 'without-mfa',
			label: 'Root user without MFA',
			setup: (ctx) => freshAccount(ctx),
			steps: [attackerSignsIn('the root user', rootLogin), attackerSkipsMfaPrompt, attackerStartsInstances, aDayPasses],
			outcome: (state) =>
				attackerDid(state, 'RunInstances')
					? {
							safe: false,
							text: `The attacker owns the account and the bill: ${usd(state.billing.monthToDateUsd)} after one day, and rising by ${usd(state.billing.spendRateUsdPerHour * 24)} a day.`,
						}
					: { safe: true, text: 'The attacker did not get in.' },
		},
		{
			id: 'with-mfa',
			label: 'Root user with MFA',
			setup: (ctx) => signOut(rootWithMfa(ctx).state, ctx),
			steps: [attackerSignsIn('the root user', rootLogin), attackerGuessesCode, attackerStartsInstances, aDayPasses],
			outcome: (state) =>
				state.session === null
					? {
							safe: true,
							text: `The sign-in stopped at the MFA code. The bill is what you spent yourself: ${usd(state.billing.monthToDateUsd)}. Change the leaked password anyway.`,
						}
					: { safe: false, text: 'The attacker got in.' },
		},
	],
	lesson: {
		slug: 'root-mfa',
		title: 'Add MFA to the root user',
		takeaway: 'A password can leak without you doing anything wrong. MFA means a leaked password alone opens nothing.',
	},
};

/** iam-admin after its first sign-in: it has its own password; `withMfa` adds a device. Nobody signed in. */
function accountWithEverydayAdmin(ctx: CallContext, withMfa: boolean): SimState {
	let state = signOut(accountWithIamAdmin(ctx).state, ctx);
	state = must(state, iamAdminLogin(IAM_ADMIN_FIRST_PASSWORD), ctx);
	state = must(
		state,
		{ op: 'ChangeExpiredPassword', input: { OldPassword: IAM_ADMIN_FIRST_PASSWORD, NewPassword: IAM_ADMIN_PASSWORD } },
		ctx,
	);
	// iam-admin adds its own device, as lesson 7 teaches.
	if (withMfa) state = assignVirtualMfa(state, ctx, 'iam-admin-phone').state;
	return signOut(state, ctx);
}

const makesThemselvesAdmin: WhatIfStep = {
	actor: 'attacker',
	title: `Attaches AdministratorAccess to ${COURSE_USER}`,
	calls: (state) =>
		signedIn(state)
			? [{ op: 'AttachUserPolicy', input: { UserName: COURSE_USER, PolicyArn: ADMINISTRATOR_ACCESS.Arn } }]
			: [],
	describe: (_after, [response]) =>
		response === undefined
			? 'The attacker is not signed in, so they cannot change anything.'
			: refusal(response)
				? `Refused (${refusal(response)}).`
				: `Allowed: IAMFullAccess lets ${COURSE_USER} change any permission, including its own. It is now an administrator.`,
};

const adminLeak: WhatIfScenario = {
	id: 'iam-admin-without-mfa',
	title: `${COURSE_USER}'s password leaks`,
	premise: `${COURSE_USER} can "only" manage IAM. Someone finds its password on a sticky note. How far can they get?`,
	variants: [
		{
			id: 'without-mfa',
			label: `${COURSE_USER} without MFA`,
			setup: (ctx) => accountWithEverydayAdmin(ctx, false),
			steps: [
				attackerSignsIn(COURSE_USER, iamAdminLogin(IAM_ADMIN_PASSWORD)),
				attackerGuessesCode,
				makesThemselvesAdmin,
				attackerStartsInstances,
			],
			outcome: (state) =>
				state.iam.users[COURSE_USER]?.attachedPolicyArns.includes(ADMINISTRATOR_ACCESS.Arn)
					? {
							safe: false,
							text: `Managing IAM was enough to become an administrator. The attacker can now do anything, and is running up ${usd(state.billing.spendRateUsdPerHour)} an hour.`,
						}
					: { safe: true, text: 'The attacker could not change the permissions.' },
		},
		{
			id: 'with-mfa',
			label: `${COURSE_USER} with MFA`,
			setup: (ctx) => accountWithEverydayAdmin(ctx, true),
			steps: [
				attackerSignsIn(COURSE_USER, iamAdminLogin(IAM_ADMIN_PASSWORD)),
				attackerGuessesCode,
				makesThemselvesAdmin,
				attackerStartsInstances,
			],
			outcome: (state) =>
				state.session === null
					? { safe: true, text: 'The sign-in stopped at the MFA code, so the password alone was worth nothing.' }
					: { safe: false, text: 'The attacker got in.' },
		},
	],
	lesson: {
		slug: 'iam-user-mfa',
		title: 'Multi-Factor Authentication (again)',
		takeaway: 'A user who can manage IAM can give itself every permission. Protect it like root: with MFA.',
	},
};

/** Every what-if scenario, in course order. */
export const WHAT_IF_SCENARIOS: readonly WhatIfScenario[] = [leakedRootPassword, spendingSpike, adminLeak];
