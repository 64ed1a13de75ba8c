// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { selectSubscriptions, type ApiCall, type ApiResponse } from '@/simulator';
import { Inbox } from '@/components/console/side/Inbox';
import { renderWithConsole } from './harness';

afterEach(cleanup);

function subscribeEmail(run: (call: ApiCall) => ApiResponse) {
	const topic = run({ op: 'CreateTopic', input: { Name: 'billing-alerts' } });
	if (!topic.ok) throw new Error(topic.error.message);
	const { TopicArn } = topic.output as { TopicArn: string };
	const sub = run({ op: 'Subscribe', input: { TopicArn, Protocol: 'email', Endpoint: 'me@example.com' } });
	if (!sub.ok) throw new Error(sub.error.message);
}

describe('Inbox', () => {
	it('names the unread count in the button', () => {
		renderWithConsole(<Inbox />, { prepare: subscribeEmail });
		expect(screen.getByRole('button', { name: 'Inbox, 1 unread' })).toBeTruthy();
	});

	it('confirms the subscription from the email link and shows the confirmation page', async () => {
		const { harness } = renderWithConsole(<Inbox />, { prepare: subscribeEmail });
		expect(selectSubscriptions(harness.state())[0]?.status).toBe('Pending confirmation');
		fireEvent.click(screen.getByRole('button', { name: /^Inbox/ }));
		const messages = await screen.findByRole('list', { name: 'Messages' });
		const [first] = within(messages).getAllByRole('button');
		if (!first) throw new Error('No message listed');
		fireEvent.click(first);
		fireEvent.click(screen.getByRole('button', { name: 'Confirm subscription' }));
		expect(screen.getByRole('heading', { name: 'Subscription confirmed!' })).toBeTruthy();
		expect(selectSubscriptions(harness.state())[0]?.status).toBe('Confirmed');
		expect(harness.state().mailbox.every((m) => m.read)).toBe(true);
		expect(screen.getByRole('button', { name: 'Inbox' })).toBeTruthy();
	});

	it('says when the mailbox is empty', async () => {
		renderWithConsole(<Inbox />);
		fireEvent.click(screen.getByRole('button', { name: 'Inbox' }));
		expect(await screen.findByText('No messages yet.')).toBeTruthy();
	});
});
