import type { PolicyView } from '@/simulator';

/** The policy Type column: AWS managed, AWS managed - job function, or Customer managed. */
export function policyType(policy: Pick<PolicyView, 'Arn' | 'Path'>): string {
	if (!policy.Arn.startsWith('arn:aws:iam::aws:policy/')) return 'Customer managed';
	return policy.Path.startsWith('/job-function/') ? 'AWS managed - job function' : 'AWS managed';
}
