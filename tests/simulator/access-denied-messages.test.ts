import { describe, expect, it } from 'vitest';
import { BILLING, IAM_FULL_ACCESS, PRACTICE_ROOT, type ApiCall, type PolicyExplanation } from '@/simulator';
import { accessDeniedError } from '../../src/simulator/authz.ts';
import { given } from '../support/given.ts';

const ACCT = PRACTICE_ROOT.accountId;
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;

/** A signed-in IAM user with no policies at all. */
function alice() {
	const g = given().rootSignedIn().user('alice');
	g.signInAs('alice');
	return g;
}

describe('AccessDenied messages', () => {
	it('names the resource for actions with resource-level permissions', () => {
		const g = alice();
		expect(g.err({ op: 'DeleteUser', input: { UserName: 'alice' } }).message).toBe(
			`User: ${ALICE} is not authorized to perform: iam:DeleteUser on resource: ${ALICE} because no identity-based policy allows the iam:DeleteUser action`,
		);
	});

	// Each of these lists no resource type in the Service Authorization Reference, so IAM authorizes
	// it against "*" and the denial has no "on resource" part.
	const onlyStar: readonly ApiCall[] = [
		{ op: 'ListUsers', input: {} },
		{ op: 'ListGroups', input: {} },
		{ op: 'ListVirtualMFADevices', input: {} },
		{ op: 'ListPolicies', input: {} },
		{ op: 'ListAccountAliases', input: {} },
		{ op: 'GetAccountSummary', input: {} },
		{ op: 'GetAccountPasswordPolicy', input: {} },
		{ op: 'CreateAccountAlias', input: { AccountAlias: 'my-practice' } },
		{ op: 'ListTopics', input: {} },
		{ op: 'ListSubscriptions', input: {} },
		{ op: 'ListMetrics', input: {} },
		{ op: 'ListBuckets', input: {} },
	];
	it.each(onlyStar.map((call) => [call.op, call] as const))(
		'authorizes %s against "*" and names no resource',
		(_op, call) => {
			const error = alice().err(call);
			const action = error.explanation?.action ?? '';
			expect(error.code).toBe('AccessDenied');
			expect(error.explanation?.resource).toBe('*');
			expect(error.message).toBe(
				`User: ${ALICE} is not authorized to perform: ${action} because no identity-based policy allows the ${action} action`,
			);
		},
	);

	it('puts EC2’s sentence in front of EC2 denials', () => {
		const g = given().rootSignedIn().iamAdmin();
		g.signInAs('iam-admin');
		expect(g.err({ op: 'DescribeInstances', input: {} }).message).toBe(
			`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action`,
		);
		// Other services' denials have no such sentence.
		expect(g.err({ op: 'DescribeAlarms', input: {} }).message).toMatch(/^User: /);
	});

	it('says when the root user has not activated IAM access to Billing', () => {
		const g = given().rootSignedIn().user('payer', [BILLING.Arn]);
		g.signInAs('payer');
		const error = g.err({ op: 'GetCostSummary', input: {} });
		const action = error.explanation?.action ?? '';
		expect(error.explanation?.billingAccessNotActivated).toBe(true);
		expect(error.message).toBe(
			`User: arn:aws:iam::${ACCT}:user/payer is not authorized to perform: ${action} because IAM user and role access to Billing information is not activated for this account`,
		);
	});

	it('names the policy of an explicit deny', () => {
		const explanation: PolicyExplanation = {
			decision: 'explicitDeny',
			principal: ALICE,
			action: 'iam:DeleteUser',
			resource: ALICE,
			policiesConsidered: [{ policyArn: IAM_FULL_ACCESS.Arn, policyName: 'IAMFullAccess' }],
			matchedStatements: [{ policyArn: 'arn:aws:iam::111122223333:policy/NoDeletes', effect: 'Deny', index: 0 }],
			plain: 'Denied.',
		};
		expect(accessDeniedError(explanation).message).toBe(
			`User: ${ALICE} is not authorized to perform: iam:DeleteUser on resource: ${ALICE} with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/NoDeletes`,
		);
		expect(accessDeniedError({ ...explanation, resource: '*' }, false).message).toBe(
			`User: ${ALICE} is not authorized to perform: iam:DeleteUser with an explicit deny in an identity-based policy: arn:aws:iam::111122223333:policy/NoDeletes`,
		);
	});
});
