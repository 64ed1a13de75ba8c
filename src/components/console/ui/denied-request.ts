import type { PolicyExplanation } from '@/simulator';

/** One line of the box an access-denied message shows: "Service: ec2". */
export interface DeniedRequestFact {
	readonly term: 'User' | 'Service' | 'Action' | 'On resource(s)' | 'Context';
	readonly value: string;
}

/** Why AWS refused, in the few words the console's access-denied box uses. */
function contextOf(explanation: PolicyExplanation): string {
	if (explanation.rootOnly) return 'only the root user can perform this action';
	if (explanation.billingAccessNotActivated) return 'IAM user access not activated';
	if (explanation.decision === 'explicitDeny') return 'explicit deny in an identity-based policy';
	return 'no identity-based policy allows the action';
}

/**
 * The facts of a refused request as today's consoles list them under **Access denied**: who asked,
 * the service and action, the resource and why.
 */
export function deniedRequestFacts(explanation: PolicyExplanation): readonly DeniedRequestFact[] {
	const colon = explanation.action.indexOf(':');
	return [
		{ term: 'User', value: explanation.principal },
		{ term: 'Service', value: colon < 0 ? explanation.action : explanation.action.slice(0, colon) },
		{ term: 'Action', value: colon < 0 ? explanation.action : explanation.action.slice(colon + 1) },
		{ term: 'On resource(s)', value: explanation.resource },
		{ term: 'Context', value: contextOf(explanation) },
	];
}

/** The box's text as **Copy** puts it on the clipboard: one "Term: value" line per fact. */
export function deniedRequestText(explanation: PolicyExplanation): string {
	return deniedRequestFacts(explanation)
		.map((fact) => `${fact.term}: ${fact.value}`)
		.join('\n');
}
