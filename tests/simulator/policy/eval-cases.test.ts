import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AWS_MANAGED_POLICIES, evaluatePolicies, MANAGE_OWN_MFA_EXAMPLE_POLICY, type PolicySource } from '@/simulator';

/** One case of `tests/fixtures/policy-eval/*.json`. `source` is the AWS page the case follows. */
interface EvalCase {
	name: string;
	source: string;
	request: { action: string; resource: string; context: Record<string, string | boolean | string[]> };
	policies: ({ managed: string } | { example: 'manage-own-mfa' } | PolicySource)[];
	expected: { decision: string; matchedStatements: unknown[] };
}

const dir = join(import.meta.dirname, '../../fixtures/policy-eval');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function resolve(policy: EvalCase['policies'][number]): PolicySource {
	if ('managed' in policy) {
		const found = AWS_MANAGED_POLICIES.find((p) => p.PolicyName === policy.managed);
		if (!found) throw new Error(`unknown managed policy ${policy.managed}`);
		return { policyArn: found.Arn, policyName: found.PolicyName, document: found.Document };
	}
	if ('example' in policy)
		return { policyArn: 'example:manage-own-mfa', policyName: 'ManageOwnMFA', document: MANAGE_OWN_MFA_EXAMPLE_POLICY };
	return policy;
}

describe.each(files)('policy evaluation cases in %s', (file) => {
	const cases = JSON.parse(readFileSync(join(dir, file), 'utf8')) as EvalCase[];
	it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
		expect(c.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
		const result = evaluatePolicies(c.request, c.policies.map(resolve));
		expect(result.decision).toBe(c.expected.decision);
		expect(result.matchedStatements).toEqual(c.expected.matchedStatements);
	});
});
