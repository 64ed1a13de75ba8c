import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { asRecord, printable, validationMessage } from '../core/validate.ts';
import { accountPlanStatus, remainingCreditsUsd } from './plan.ts';

/**
 * GetAccountPlanState: the plan Billing Home shows (Free or Paid), whether it is active, the
 * credits left and, on the Free plan, when it ends.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_freetier_GetAccountPlanState.html
 */
export const getAccountPlanState: Handler<'GetAccountPlanState'> = (state) => {
	const plan = state.billing.plan;
	return done(state, {
		accountId: state.account.accountId,
		accountPlanType: plan.type,
		accountPlanStatus: accountPlanStatus(plan, state.billing.clock),
		accountPlanRemainingCredits: { amount: remainingCreditsUsd(plan), unit: 'USD' },
		...(plan.type === 'FREE' ? { accountPlanExpirationDate: plan.expiresAt } : {}),
	});
};

/**
 * UpgradeAccountPlan `{ accountPlanType: 'PAID' }`: moves the account to the Paid plan. Charges
 * are then billed once the credits run out. Upgrading again changes nothing; going back to the
 * Free plan is not possible (UNCONFIRMED wording).
 * SIMPLIFIED: AWS closes an account whose Free plan has ended unless it is upgraded within 90 days;
 * the practice account stays open and can be upgraded at any time.
 * @see https://docs.aws.amazon.com/aws-cost-management/latest/APIReference/API_freetier_UpgradeAccountPlan.html
 */
export const upgradeAccountPlan: Handler<'UpgradeAccountPlan'> = (state, input) => {
	const type = asRecord(input)['accountPlanType'];
	if (type !== 'FREE' && type !== 'PAID') {
		return fail(
			'ValidationException',
			validationMessage(
				'accountPlanType',
				typeof type === 'object' ? null : type,
				'Member must satisfy enum value set: [FREE, PAID]',
			),
		);
	}
	if (type === 'FREE') {
		return fail(
			'ValidationException',
			`The account plan cannot be changed to ${printable(type)}. An account can only be upgraded to the Paid plan.`,
		);
	}
	const output = { accountId: state.account.accountId, accountPlanType: 'PAID', accountPlanStatus: 'ACTIVE' } as const;
	if (state.billing.plan.type === 'PAID') return done(state, output);
	const plan = { ...state.billing.plan, type: 'PAID' as const, upgradedAt: state.billing.clock };
	return done({ ...state, billing: { ...state.billing, plan } }, output);
};
