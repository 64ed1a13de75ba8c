import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePolicies, type PolicySource } from '@/simulator';
import { policyArb, requestArb } from '../../support/arbitraries.ts';

const RUNS = 500;

describe('evaluatePolicies properties', () => {
	it('gives explicitDeny whenever a matching Deny statement is present', () => {
		fc.assert(
			fc.property(requestArb, fc.array(policyArb, { maxLength: 4 }), (request, policies) => {
				const deny: PolicySource = {
					policyArn: 'arn:aws:iam::111122223333:policy/DenyIt',
					policyName: 'DenyIt',
					document: { Statement: [{ Effect: 'Deny', Action: request.action, Resource: request.resource }] },
				};
				expect(evaluatePolicies(request, [...policies, deny]).decision).toBe('explicitDeny');
			}),
			{ numRuns: RUNS },
		);
	});

	it('never lifts an explicitDeny by adding policies', () => {
		fc.assert(
			fc.property(
				requestArb,
				fc.array(policyArb, { minLength: 1, maxLength: 4 }),
				fc.array(policyArb, { maxLength: 3 }),
				(request, policies, extra) => {
					fc.pre(evaluatePolicies(request, policies).decision === 'explicitDeny');
					expect(evaluatePolicies(request, [...policies, ...extra]).decision).toBe('explicitDeny');
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('ignores the order of policies and of statements', () => {
		fc.assert(
			fc.property(
				requestArb,
				fc.array(policyArb, { maxLength: 5 }),
				fc.func(fc.integer()),
				(request, policies, key) => {
					const shuffled = [...policies]
						.map((p) => {
							const statements = Array.isArray(p.document.Statement)
								? [...p.document.Statement]
								: [p.document.Statement];
							return { ...p, document: { ...p.document, Statement: statements.reverse() } };
						})
						.sort((a, b) => key(a.policyName) - key(b.policyName));
					expect(evaluatePolicies(request, shuffled).decision).toBe(evaluatePolicies(request, policies).decision);
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('allows only when some Allow matches and no Deny does', () => {
		fc.assert(
			fc.property(requestArb, fc.array(policyArb, { maxLength: 4 }), (request, policies) => {
				const result = evaluatePolicies(request, policies);
				if (result.decision === 'allowed')
					expect(result.matchedStatements.every((s) => s.effect === 'Allow')).toBe(true);
				if (result.decision === 'explicitDeny')
					expect(result.matchedStatements.every((s) => s.effect === 'Deny')).toBe(true);
				if (result.decision === 'implicitDeny') expect(result.matchedStatements).toEqual([]);
			}),
			{ numRuns: RUNS },
		);
	});
});
