import { addMonths, FREE_PLAN_MONTHS } from './billing/free-plan.ts';
import { budgetPeriodStart } from './budgets/period-bounds.ts';
import { totpStep } from './mfa/totp-step.ts';
import type {
	AccessKeyRecord,
	Budget,
	Ec2Instance,
	IamUser,
	MetricAlarm,
	RegionalSns,
	SimState,
	TrailRecord,
	VirtualMfaDevice,
} from './state.ts';

/**
 * Members of a trail record's request or response that hold a time: AWS names its date members
 * `…Date`, `…Time` or `…Timestamp` (`CreateDate`, `LastUpdatedTime`, `StateUpdatedTimestamp`), and
 * `PasswordLastUsed`.
 */
const DATE_MEMBER = /(?:Date|Time|Timestamp)$|^PasswordLastUsed$/;

/**
 * Moves an account in time: the account as if everything in it had happened `to − from` later.
 * Every time moves by that amount (creation and sign-in dates, the billing clock and the last real
 * time it saw, trail times, MFA steps, plan and budget dates, subscription and mail times, the
 * root user's MFA prompt, EC2 instances' launch and state-change times), and the last TOTP step
 * each MFA device used moves by whole 30-second steps. An account built by operations at `from` becomes the account the same operations, given
 * the same random bytes, build at `to`: the billing clock does not jump on the next call, codes
 * are checked against the right steps, and every "N days since" count starts again.
 *
 * Exact when every time in the account is `from` plus whole 30-second steps (operations run at
 * `from`, at later TOTP steps or hours later on the billing clock), and no UTC month starts
 * between `from` and the billing clock: month-to-date charges reset at a month's start, so an
 * account built an hour before one has different charges. Calendar dates are recomputed rather
 * than moved: the Free plan ends six calendar months after its new start, and each budget's
 * period is the one that contains the new billing clock (its spend so far is kept). Texts that
 * already quote a time (alarm reasons with datapoints, emails about them) keep the words they were
 * written with.
 * @see https://www.rfc-editor.org/rfc/rfc6238#section-4 (TOTP time steps)
 */
export function rebaseAccount(state: SimState, from: number, to: number): SimState {
	const delta = to - from;
	if (delta === 0) return state;
	const steps = totpStep(to) - totpStep(from);
	const at = (time: number): number => time + delta;
	const atOptional = <K extends string>(key: K, time: number | undefined): { [P in K]?: number } =>
		(time === undefined ? {} : { [key]: at(time) }) as { [P in K]?: number };

	const key = (record: AccessKeyRecord): AccessKeyRecord => ({
		...record,
		CreateDate: at(record.CreateDate),
		...(record.lastUsed ? { lastUsed: { ...record.lastUsed, date: at(record.lastUsed.date) } } : {}),
	});
	const user = (record: IamUser): IamUser => ({
		...record,
		CreateDate: at(record.CreateDate),
		...(record.loginProfile
			? {
					loginProfile: {
						...record.loginProfile,
						CreateDate: at(record.loginProfile.CreateDate),
						passwordLastChanged: at(record.loginProfile.passwordLastChanged),
					},
				}
			: {}),
		accessKeys: record.accessKeys.map(key),
		...atOptional('lastSignIn', record.lastSignIn),
		...atOptional('lastActivity', record.lastActivity),
	});
	const device = (record: VirtualMfaDevice): VirtualMfaDevice => ({
		...record,
		createDate: at(record.createDate),
		...atOptional('EnableDate', record.EnableDate),
		...(record.lastUsedStep === undefined ? {} : { lastUsedStep: record.lastUsedStep + steps }),
	});
	const alarm = (record: MetricAlarm): MetricAlarm => ({
		...record,
		StateUpdatedTimestamp: at(record.StateUpdatedTimestamp),
		AlarmConfigurationUpdatedTimestamp: at(record.AlarmConfigurationUpdatedTimestamp),
	});
	const sns = (regional: RegionalSns): RegionalSns => ({
		topics: mapRecord(regional.topics, (topic) => ({ ...topic, createdAt: at(topic.createdAt) })),
		subscriptions: mapRecord(regional.subscriptions, (s) => ({ ...s, createdAt: at(s.createdAt) })),
	});

	const instance = (record: Ec2Instance): Ec2Instance => ({
		...record,
		LaunchTime: at(record.LaunchTime),
		...atOptional('stateChangedAt', record.stateChangedAt),
	});

	const billing = state.billing;
	const clock = at(billing.clock);
	const budget = (record: Budget): Budget => ({
		...record,
		createdAt: at(record.createdAt),
		LastUpdatedTime: at(record.LastUpdatedTime),
		periodStart: budgetPeriodStart(record.TimeUnit, clock),
	});
	const planStart = at(billing.plan.startedAt);

	return {
		...state,
		root: {
			...state.root,
			passwordLastChanged: at(state.root.passwordLastChanged),
			accessKeys: state.root.accessKeys.map(key),
			...atOptional('lastSignIn', state.root.lastSignIn),
			...atOptional('mfaPromptFirstShownAt', state.root.mfaPromptFirstShownAt),
		},
		iam: {
			users: mapRecord(state.iam.users, user),
			groups: mapRecord(state.iam.groups, (group) => ({ ...group, CreateDate: at(group.CreateDate) })),
			mfaDevices: mapRecord(state.iam.mfaDevices, device),
			fidoDevices: mapRecord(state.iam.fidoDevices, (fido) => ({ ...fido, EnableDate: at(fido.EnableDate) })),
		},
		fidoCeremony: state.fidoCeremony && { ...state.fidoCeremony, startedAt: at(state.fidoCeremony.startedAt) },
		session: state.session && { ...state.session, since: at(state.session.since) },
		pendingSignIn: state.pendingSignIn && { ...state.pendingSignIn, startedAt: at(state.pendingSignIn.startedAt) },
		billing: {
			...billing,
			...atOptional('alertsEnabledAt', billing.alertsEnabledAt),
			clock,
			lastRealNow: at(billing.lastRealNow),
			...atOptional('nextPublishAt', billing.nextPublishAt),
			datapoints: billing.datapoints.map((point) => ({ ...point, Timestamp: at(point.Timestamp) })),
			plan: {
				...billing.plan,
				startedAt: planStart,
				expiresAt: addMonths(planStart, FREE_PLAN_MONTHS),
				...atOptional('upgradedAt', billing.plan.upgradedAt),
			},
			...atOptional('nextBudgetUpdateAt', billing.nextBudgetUpdateAt),
		},
		budgets: mapRecord(state.budgets, budget),
		cloudwatch: mapRecord(state.cloudwatch, (regional) => ({ alarms: mapRecord(regional.alarms, alarm) })),
		sns: mapRecord(state.sns, sns),
		ec2: mapRecord(state.ec2, (regional) => ({ instances: mapRecord(regional.instances, instance) })),
		mailbox: state.mailbox.map((message) => ({ ...message, receivedAt: at(message.receivedAt) })),
		trail: state.trail.map((record) => trailRecord(record, at)),
	};
}

function trailRecord(record: TrailRecord, at: (time: number) => number): TrailRecord {
	return {
		...record,
		eventTime: at(record.eventTime),
		requestParameters: withDatesMoved(record.requestParameters, at),
		...(record.responseElements === undefined ? {} : { responseElements: withDatesMoved(record.responseElements, at) }),
	};
}

/** A copy of a request or response in which every date member is moved. */
function withDatesMoved(value: unknown, at: (time: number) => number): unknown {
	if (Array.isArray(value)) return value.map((item) => withDatesMoved(item, at));
	if (typeof value !== 'object' || value === null) return value;
	return Object.fromEntries(
		Object.entries(value).map(([name, member]) => [
			name,
			typeof member === 'number' && DATE_MEMBER.test(name) ? at(member) : withDatesMoved(member, at),
		]),
	);
}

/** The same record with every value mapped (`Object.fromEntries` keeps a key such as `__proto__` an entry). */
function mapRecord<T>(record: Readonly<Record<string, T>>, map: (value: T) => T): Record<string, T> {
	return Object.fromEntries(Object.entries(record).map(([name, value]) => [name, map(value)]));
}
