import type { PolicyExplanation } from '@/simulator';
import './ui.css';

export interface WhyDeniedProps {
	explanation: PolicyExplanation;
	/** The disclosure's label; "Why?" by default. */
	summary?: string;
	/** Open from the start (for example on a full-page access-denied screen). */
	open?: boolean;
}

/** The last part of a policy ARN: arn:aws:iam::aws:policy/IAMFullAccess → IAMFullAccess. */
function policyLabel(explanation: PolicyExplanation, policyArn: string): string {
	const known = explanation.policiesConsidered.find((policy) => policy.policyArn === policyArn);
	return known?.policyName ?? policyArn.split('/').at(-1) ?? policyArn;
}

function statementLabel(statement: PolicyExplanation['matchedStatements'][number]): string {
	return statement.sid ? `statement “${statement.sid}”` : `statement ${statement.index + 1}`;
}

/**
 * A "Why?" disclosure that explains an IAM decision in plain words: which policies were looked
 * at, which statement allowed or denied the request, or that nothing allowed it. Works for any
 * failed call whose error carries an explanation.
 */
export function WhyDenied({ explanation, summary = 'Why?', open = false }: WhyDeniedProps) {
	const { decision, matchedStatements, policiesConsidered } = explanation;
	const denies = matchedStatements.filter((statement) => statement.effect === 'Deny');
	const allows = matchedStatements.filter((statement) => statement.effect === 'Allow');
	return (
		<details class="c-why" open={open}>
			<summary>{summary}</summary>
			<div class="c-why__body">
				<p>{explanation.plain}</p>
				<p>
					The request: action <code>{explanation.action}</code> on resource <code>{explanation.resource}</code>, made by{' '}
					<code>{explanation.principal}</code>.
				</p>
				{explanation.rootBypass && (
					<p>The root user is not limited by IAM policies: it can do everything in its account.</p>
				)}
				{explanation.rootOnly && <p>Only the root user can do this. No IAM policy can grant it to an IAM user.</p>}
				{explanation.billingAccessNotActivated && (
					<p>
						IAM users cannot open billing pages until the root user turns on “IAM user and role access to Billing
						information” in Account settings, even when their policies allow billing actions.
					</p>
				)}
				{!explanation.rootBypass && (
					<>
						<p>
							{policiesConsidered.length === 0
								? 'No policies are attached to this identity, so nothing can allow the request.'
								: `Policies considered (${policiesConsidered.length}):`}
						</p>
						{policiesConsidered.length > 0 && (
							<ul>
								{policiesConsidered.map((policy) => (
									<li key={policy.policyArn}>
										<code>{policy.policyName}</code>
									</li>
								))}
							</ul>
						)}
						{decision === 'explicitDeny' &&
							denies.map((statement) => (
								<p key={`${statement.policyArn}-${statement.index}`}>
									{statementLabel(statement)} in <code>{policyLabel(explanation, statement.policyArn)}</code> explicitly
									denies this. An explicit deny always wins, whatever else allows the request.
								</p>
							))}
						{decision === 'implicitDeny' && policiesConsidered.length > 0 && (
							<p>
								None of their statements allows this action on this resource. IAM denies every request that no statement
								explicitly allows (an implicit deny).
							</p>
						)}
						{decision === 'allowed' &&
							allows.map((statement) => (
								<p key={`${statement.policyArn}-${statement.index}`}>
									Allowed by {statementLabel(statement)} in <code>{policyLabel(explanation, statement.policyArn)}</code>
									.
								</p>
							))}
					</>
				)}
			</div>
		</details>
	);
}
