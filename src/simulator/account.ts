import type { CallContext } from './core/context.ts';
import { DEFAULT_PASSWORD_HASH_ITERATIONS, hashPassword } from './iam/passwords.ts';
import { PRACTICE_ROOT } from './practice-account.ts';
import type { SimState } from './state.ts';
import { createFreePlan } from './billing/free-plan.ts';
import { isSensibleClock } from './core/clock.ts';

/** Options for {@link createFreshAccount}. */
export interface FreshAccountOptions {
	readonly accountId?: string;
	readonly email?: string;
	readonly password?: string;
	/** Month-to-date estimated charges at the start, in USD. */
	readonly monthToDateUsd?: number;
	/** How fast charges accrue on the billing clock, USD per hour. */
	readonly spendRateUsdPerHour?: number;
	/** PBKDF2 iterations for password hashes (tests lower it for speed). */
	readonly passwordHashIterations?: number;
}

/**
 * A brand-new AWS account as the learner first meets it: only the root user, no MFA, no IAM users,
 * no alarms or budgets, billing alerts off, the Free plan, some month-to-date spend and a steady
 * spend rate.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html
 */
export function createFreshAccount(ctx: CallContext, options: FreshAccountOptions = {}): SimState {
	// A bug in the caller, not something a learner can cause: the page passes the browser's clock.
	if (!isSensibleClock(ctx.now))
		throw new RangeError(`createFreshAccount needs a clock between 2000 and 2200, not ${String(ctx.now)}.`);
	const iterations = options.passwordHashIterations ?? DEFAULT_PASSWORD_HASH_ITERATIONS;
	return {
		account: { accountId: options.accountId ?? PRACTICE_ROOT.accountId },
		root: {
			email: options.email ?? PRACTICE_ROOT.email,
			password: hashPassword(options.password ?? PRACTICE_ROOT.password, ctx, iterations),
			passwordLastChanged: ctx.now,
			mfaSerials: [],
			accessKeys: [],
		},
		iam: { users: {}, groups: {}, mfaDevices: {}, fidoDevices: {} },
		session: null,
		pendingSignIn: null,
		fidoCeremony: null,
		billing: {
			alertsEnabled: false,
			iamAccessActivated: false,
			clock: ctx.now,
			lastRealNow: ctx.now,
			spendRateUsdPerHour: options.spendRateUsdPerHour ?? 0.06,
			monthToDateUsd: options.monthToDateUsd ?? 4.2,
			datapoints: [],
			plan: createFreePlan(ctx.now),
		},
		budgets: {},
		cloudwatch: {},
		sns: {},
		ec2: {},
		mailbox: [],
		trail: [],
		settings: { passwordHashIterations: iterations },
		seq: 0,
	};
}
