import { ADMINISTRATOR_ACCESS_ARN, regionName, type Ec2Instance, type IamUser, type SimState } from '@/simulator';
import { met, notMet, type Lab, type TaskStatus } from '../lab';
import { COURSE_USER, findUserIgnoringCase } from '../checks';

/** The user the intruder created to come back later, with a name meant to look harmless. */
export const INTRUDER_USER = 'support-backup';
/** Where the intruder's instance runs: far from the learner's usual US East (N. Virginia). */
export const INTRUDER_REGION = 'ap-southeast-2';
/** The intruder's address, from a range kept for documentation (RFC 5737), so it is nobody's. */
export const INTRUDER_IP = '192.0.2.44';

/** The choices of the question "How did the intruder get in?", and the right one. */
export const WAY_IN_CHOICES = [
	'By signing in as the root user',
	`By signing in as ${COURSE_USER} with its password`,
	`With ${COURSE_USER}'s access key`,
	`With ${INTRUDER_USER}'s access key`,
] as const;
export const WAY_IN = WAY_IN_CHOICES[2];

/** Why each wrong answer is wrong, and where the evidence is. */
const WRONG_WAY_IN: Readonly<Record<string, string>> = {
	[WAY_IN_CHOICES[0]]: `Every root user event comes from your own address. Look at who created ${INTRUDER_USER}: the User name and AWS access key of its CreateUser event.`,
	[WAY_IN_CHOICES[1]]: `A password sign-in would show a ConsoleLogin event from the intruder's address, and there is none. Look at the AWS access key column of the CreateUser event.`,
	[WAY_IN_CHOICES[3]]: `${INTRUDER_USER} did not exist until the intruder created it, so its key cannot be the way in. Who created ${INTRUDER_USER}, and with which key?`,
};

function wayInStatus(_state: SimState, answer?: string): TaskStatus {
	if (!answer) {
		return notMet(
			'Choose an answer. CloudTrail → Event history, in US East (N. Virginia), shows who created each user and with which access key.',
		);
	}
	if (answer === WAY_IN) return met;
	return notMet(`Not quite. ${WRONG_WAY_IN[answer] ?? 'Read the CreateUser event in Event history.'}`);
}

/**
 * Whether AdministratorAccess reaches the user, attached to it or to one of its groups. Read from the
 * account directly: the account health checks would be one more download for this lesson page.
 */
function hasAdministratorAccess(state: SimState, user: IamUser): boolean {
	return [user.attachedPolicyArns, ...user.groupNames.map((name) => state.iam.groups[name]?.attachedPolicyArns ?? [])]
		.flat()
		.includes(ADMINISTRATOR_ACCESS_ARN);
}

function intruderUserStatus(state: SimState): TaskStatus {
	const intruder = findUserIgnoringCase(state, INTRUDER_USER);
	if (intruder) {
		const keys = intruder.accessKeys.length;
		return notMet(
			`${intruder.UserName} still exists${keys > 0 ? `, with ${keys === 1 ? 'an access key' : `${keys} access keys`}` : ''}${hasAdministratorAccess(state, intruder) ? ' and AdministratorAccess' : ''}: whoever holds its key can do anything in the account. Delete the user; the console removes its keys and policies first.`,
		);
	}
	const admins = Object.values(state.iam.users)
		.filter((user) => hasAdministratorAccess(state, user))
		.map((user) => user.UserName);
	if (admins.length > 0) {
		return notMet(
			`${admins.join(', ')} ${admins.length === 1 ? 'has' : 'have'} AdministratorAccess. Nobody in this account needs it: remove it or delete the user.`,
		);
	}
	return met;
}

function accessKeysStatus(state: SimState): TaskStatus {
	const admin = findUserIgnoringCase(state, COURSE_USER);
	if (!admin) {
		return notMet(
			`${COURSE_USER} no longer exists. Deleting it locks out the intruder, but also you: reset the lab and delete its access keys instead.`,
		);
	}
	if (admin.accessKeys.length > 0) {
		const ids = admin.accessKeys.map((key) => key.AccessKeyId).join(' and ');
		return notMet(
			`${admin.UserName} still has ${admin.accessKeys.length === 1 ? 'the access key' : 'the access keys'} ${ids}, and an access key works without a password or MFA. Event history shows who made each key and who used it. ${admin.UserName} works in the console and needs none: delete them all.`,
		);
	}
	if (state.root.accessKeys.length > 0) {
		return notMet(
			"The root user has an access key. Anyone who finds it can do anything in the account, without a password or MFA. Delete it in the root user's Security credentials.",
		);
	}
	return met;
}

const usd = (amount: number): string => `$${amount.toFixed(2)}`;

/**
 * Instances not yet terminated, in every Region. Read from the account directly rather than through
 * the EC2 selectors, which would be one more download for this lesson page.
 */
function instancesLeft(state: SimState): { region: string; instance: Ec2Instance }[] {
	return Object.entries(state.ec2).flatMap(([region, regional]) =>
		Object.values(regional.instances)
			.filter((instance) => instance.State !== 'terminated' && instance.State !== 'shutting-down')
			.map((instance) => ({ region, instance })),
	);
}

function instancesStatus(state: SimState): TaskStatus {
	const left = instancesLeft(state);
	const first = left[0];
	if (!first) return met;
	const { region, instance } = first;
	const where = `${instance.InstanceId} (${instance.InstanceType}) in ${regionName(region)}`;
	const others = left.length > 1 ? ` ${left.length - 1} more ${left.length === 2 ? 'is' : 'are'} left too.` : '';
	if (instance.State === 'stopped' || instance.State === 'stopping') {
		return notMet(
			`${where} is stopped, not terminated: it keeps its disk, and anyone with access can start it again. Terminate it.${others}`,
		);
	}
	return notMet(
		`${where} is still running, at about ${usd(instance.hourlyPriceUsd)} an hour. Choose its Region in the navigation bar, then terminate it in EC2 → Instances.${others}`,
	);
}

/** Lesson 8: someone got into the practice account; find out how, and remove everything they left. */
export const cleanUpBreakInLab: Lab = {
	id: 'clean-up-break-in',
	title: 'Clean up after a break-in',
	startScreen: 'console-home',
	tasks: [
		{
			id: 'way-in-found',
			title: 'Find out how the intruder got in',
			question: { label: 'How did the intruder get in?', choices: WAY_IN_CHOICES },
			hints: [
				'Before you delete anything, read the account’s own record of what happened: every call is in CloudTrail.',
				'Open CloudTrail → Event history in US East (N. Virginia), where IAM events are kept. Find the event that created the user you do not know.',
				`CloudTrail → Event history → Lookup attributes: Event name, CreateUser → read the User name and AWS access key columns, then compare that key with ${COURSE_USER}'s keys in IAM.`,
			],
			check: wayInStatus,
		},
		{
			id: 'intruder-user-deleted',
			title: 'Delete the user the intruder created',
			hints: [
				'An IAM user you did not create, with AdministratorAccess and an access key, is the intruder’s way back in.',
				`Find ${INTRUDER_USER} in IAM → Users.`,
				`IAM → Users → select ${INTRUDER_USER} → Delete → type the user name to confirm → Delete.`,
			],
			check: intruderUserStatus,
		},
		{
			id: 'access-keys-deleted',
			title: `Delete every access key of ${COURSE_USER}`,
			hints: [
				`Event history shows two access keys on ${COURSE_USER}: the one the intruder used, and one the intruder added. Both still work.`,
				`Open IAM → Users → ${COURSE_USER} → Security credentials → Access keys.`,
				`IAM → Users → ${COURSE_USER} → Security credentials → Access keys → Delete next to each key.`,
			],
			check: accessKeysStatus,
		},
		{
			id: 'instances-terminated',
			title: 'Terminate every instance the intruder launched',
			hints: [
				'EC2 shows only the instances of the Region chosen in the navigation bar. The intruder did not use yours.',
				`The RunInstances event is in Event history of the Region it ran in; EC2 → Instances also lists how many instances run in every Region. Switch to ${regionName(INTRUDER_REGION)}.`,
				`Region selector → ${regionName(INTRUDER_REGION)} → EC2 → Instances → select the instance → Instance state → Terminate (delete) instance → Terminate (delete).`,
			],
			check: instancesStatus,
		},
	],
	solutionSteps: [
		'CloudTrail → Event history (US East (N. Virginia)): the events from an address you do not know start with CreateUser, made as iam-admin with an access key. No ConsoleLogin: the way in was iam-admin’s access key.',
		`IAM → Users → select ${INTRUDER_USER} → Delete → type its name → Delete.`,
		`IAM → Users → ${COURSE_USER} → Security credentials → Access keys → Delete each key.`,
		`Region selector → ${regionName(INTRUDER_REGION)} → EC2 → Instances → select the instance → Instance state → Terminate (delete) instance → Terminate (delete).`,
	],
};
