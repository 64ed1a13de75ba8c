// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BILLING, execute, IAM_FULL_ACCESS, IAM_READ_ONLY_ACCESS, type CallContext, type SimState } from '@/simulator';
import { Console } from '@/components/console/Console';
import type { Route } from '@/components/console/routes';
import { testStore } from './support';

const ACCT = '111122223333';

afterEach(() => {
	cleanup();
	vi.unstubAllGlobals();
});

/** An account where `userName` (with `policyArn`) is the one signed in to the console. */
function signedInAs(userName: string, policyArn: string) {
	return (state: SimState, ctx: CallContext): SimState => {
		let next = execute(state, { op: 'CreateUser', input: { UserName: userName } }, ctx).state;
		next = execute(next, { op: 'AttachUserPolicy', input: { UserName: userName, PolicyArn: policyArn } }, ctx).state;
		return { ...next, session: { principal: { type: 'IAMUser', userName }, withMfa: false, since: ctx.now } };
	};
}

async function open(route: Route, prepare: ReturnType<typeof signedInAs>) {
	render(<Console store={testStore({ signedInAsRoot: true, prepare })} initialRoute={route} />);
	return screen.findByRole('heading', { name: 'Access denied' }, { timeout: 10_000 });
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
	const spy = vi.fn(writeText);
	vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: spy } });
	return spy;
}

/** The value listed for `term` in the box of facts about the refused request. */
const fact = (term: string, scope: HTMLElement = document.body) =>
	within(scope)
		.getAllByRole('term')
		.find((dt) => dt.textContent === `${term}:`)?.nextElementSibling?.textContent;

// Screens' code downloads (and compiles in the test runner) on first use: allow time on a busy machine.
describe('Access denied page', { timeout: 20_000 }, () => {
	it('shows the refused request as today’s consoles do, with AWS’s message and Why? below', async () => {
		await open({ screen: 'ec2-instances' }, signedInAs('iam-admin', IAM_FULL_ACCESS.Arn));
		expect(document.querySelector('.c-screen__service')?.textContent).toBe('EC2');
		expect(screen.getByText(/You don't have permission to/).textContent).toBe(
			"You don't have permission to ec2:DescribeInstances.",
		);
		expect(fact('User')).toBe(`arn:aws:iam::${ACCT}:user/iam-admin`);
		expect(fact('Service')).toBe('ec2');
		expect(fact('Action')).toBe('DescribeInstances');
		expect(fact('On resource(s)')).toBe('*');
		expect(fact('Context')).toBe('no identity-based policy allows the action');
		expect(
			screen.getByText(
				`You are not authorized to perform this operation. User: arn:aws:iam::${ACCT}:user/iam-admin is not authorized to perform: ec2:DescribeInstances because no identity-based policy allows the ec2:DescribeInstances action`,
			),
		).toBeTruthy();
		expect(screen.getByText('Why?')).toBeTruthy();
	});

	it('copies the box’s text with Copy, and says so', async () => {
		const writeText = stubClipboard(() => Promise.resolve());
		await open({ screen: 'ec2-instances' }, signedInAs('iam-admin', IAM_FULL_ACCESS.Arn));
		fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
		expect(writeText).toHaveBeenCalledWith(
			[
				`User: arn:aws:iam::${ACCT}:user/iam-admin`,
				'Service: ec2',
				'Action: DescribeInstances',
				'On resource(s): *',
				'Context: no identity-based policy allows the action',
			].join('\n'),
		);
		expect(await screen.findByText('Copied.')).toBeTruthy();
	});

	it('says politely when the browser blocks the clipboard', async () => {
		stubClipboard(() => Promise.reject(new DOMException('Blocked', 'NotAllowedError')));
		await open({ screen: 'ec2-instances' }, signedInAs('iam-admin', IAM_FULL_ACCESS.Arn));
		fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
		expect(
			await screen.findByText(
				'Your browser did not let this page copy. Select the text in the box and copy it yourself.',
			),
		).toBeTruthy();
	});

	it('gives Billing’s context when the root user has not activated IAM access', async () => {
		await open({ screen: 'billing-home' }, signedInAs('payer', BILLING.Arn));
		expect(fact('Context')).toBe('IAM user access not activated');
		expect(fact('On resource(s)')).toBe('*');
	});
});

// Screens' code downloads (and compiles in the test runner) on first use: allow time on a busy machine.
describe('Access denied inside a screen', { timeout: 20_000 }, () => {
	it('shows the same box in the screen’s error when an action is refused', async () => {
		const prepare = (state: SimState, ctx: CallContext) =>
			signedInAs('reader', IAM_READ_ONLY_ACCESS.Arn)(
				execute(state, { op: 'CreateUser', input: { UserName: 'bob' } }, ctx).state,
				ctx,
			);
		render(<Console store={testStore({ signedInAsRoot: true, prepare })} initialRoute={{ screen: 'iam-users' }} />);
		await screen.findByRole('heading', { name: 'Users (2)' }, { timeout: 10_000 });
		fireEvent.click(screen.getByRole('checkbox', { name: 'Select bob' }));
		fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]!);
		const dialog = screen.getByRole('dialog', { name: 'Delete bob?' });
		fireEvent.input(within(dialog).getByRole('textbox'), { target: { value: 'bob' } });
		fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));

		// The Users list downloads its error box with the first error it has to show.
		const alert = (await screen.findByText('Access denied')).closest('.c-alert') as HTMLElement;
		expect(within(alert).getByText(/You don't have permission to/).textContent).toMatch(
			/^You don't have permission to iam:\w+\.$/,
		);
		expect(fact('User', alert)).toBe(`arn:aws:iam::${ACCT}:user/reader`);
		expect(fact('Service', alert)).toBe('iam');
		expect(fact('On resource(s)', alert)).toBe(`arn:aws:iam::${ACCT}:user/bob`);
		expect(within(alert).getByRole('button', { name: 'Copy' })).toBeTruthy();
		expect(within(alert).getByText('Why?')).toBeTruthy();
	});
});
