import { useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Field } from '../ui/Field';
import { Table } from '../ui/Table';
import { SnsCreateForm, SnsPage } from './SnsPage';

/**
 * **Subscriptions**: each subscription's ID (**PendingConfirmation** until confirmed), endpoint,
 * status, protocol and topic; **Create subscription** for an email address.
 */
export function SubscriptionsScreen() {
	const { state, region, call, announce } = useConsole();
	const topics = Object.values(state.sns[region]?.topics ?? {}).sort((a, b) => a.Name.localeCompare(b.Name));
	const subscriptions = Object.values(state.sns[region]?.subscriptions ?? {});
	const [creating, setCreating] = useState(false);
	const [topicArn, setTopicArn] = useState('');
	const [endpoint, setEndpoint] = useState('');
	const [errors, setErrors] = useState<{ topic?: string; endpoint?: string }>({});
	const [failure, setFailure] = useState<SimError | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const topicRef = useRef<HTMLSelectElement>(null);
	const endpointRef = useRef<HTMLInputElement>(null);

	function create(event: Event) {
		event.preventDefault();
		setFailure(null);
		const found: { topic?: string; endpoint?: string } = {};
		if (topicArn === '') found.topic = 'Choose a topic.';
		if (endpoint.trim() === '') found.endpoint = 'Enter an email address.';
		setErrors(found);
		if (found.topic) return topicRef.current?.focus();
		if (found.endpoint) return endpointRef.current?.focus();
		const response = call({
			op: 'Subscribe',
			input: { TopicArn: topicArn, Protocol: 'email', Endpoint: endpoint.trim() },
			region,
		});
		if (!response.ok) {
			if (response.error.code === 'InvalidParameter') {
				setErrors({ endpoint: response.error.message });
				endpointRef.current?.focus();
			} else setFailure(response.error);
			return;
		}
		const message = `Subscription created. It stays Pending confirmation until the link in the email to ${endpoint.trim()} is followed: check the Inbox.`;
		setDone(message);
		announce(message);
		setCreating(false);
		setEndpoint('');
	}

	const topicName = (arn: string) => arn.slice(arn.lastIndexOf(':') + 1);

	return (
		<SnsPage
			screen="sns-subscriptions"
			title="Subscriptions"
			count={subscriptions.length}
			createLabel="Create subscription"
			creating={creating}
			onStartCreate={() => setCreating(true)}
			done={done}
			onDismissDone={() => setDone(null)}
		>
			{creating && (
				<SnsCreateForm
					headingId="sns-create-sub"
					title="Create subscription"
					onSubmit={create}
					onCancel={() => {
						setCreating(false);
						setErrors({});
						setFailure(null);
					}}
					failure={failure}
				>
					<Field label="Topic ARN" error={errors.topic} id="sns-sub-topic">
						{(control) => (
							<select {...control} ref={topicRef} value={topicArn} onChange={(e) => setTopicArn(e.currentTarget.value)}>
								<option value="">Choose a topic</option>
								{topics.map((t) => (
									<option key={t.TopicArn} value={t.TopicArn}>
										{t.TopicArn}
									</option>
								))}
							</select>
						)}
					</Field>
					{/* SIMPLIFIED: Email is the only protocol the practice mailbox can receive. */}
					<Field label="Protocol" id="sns-sub-protocol" hint="Only Email can be practised here.">
						{(control) => (
							<select {...control} value="email">
								<option value="email">Email</option>
							</select>
						)}
					</Field>
					<Field
						label="Endpoint"
						hint="An email address that can receive notifications from Amazon SNS."
						error={errors.endpoint}
						id="sns-sub-endpoint"
					>
						{(control) => (
							<input
								{...control}
								ref={endpointRef}
								type="email"
								autocomplete="email"
								value={endpoint}
								onInput={(e) => setEndpoint(e.currentTarget.value)}
							/>
						)}
					</Field>
				</SnsCreateForm>
			)}
			<Table
				caption="Subscriptions"
				captionHidden
				rows={subscriptions}
				rowKey={(s) => s.SubscriptionArn}
				empty="No subscriptions."
				columns={[
					{
						id: 'id',
						header: 'ID',
						cell: (s) => (
							<span class="c-mono">
								{s.confirmed ? s.SubscriptionArn.slice(s.SubscriptionArn.lastIndexOf(':') + 1) : 'PendingConfirmation'}
							</span>
						),
						rowHeader: true,
					},
					{ id: 'endpoint', header: 'Endpoint', cell: (s) => s.Endpoint },
					{ id: 'status', header: 'Status', cell: (s) => (s.confirmed ? 'Confirmed' : 'Pending confirmation') },
					{ id: 'protocol', header: 'Protocol', cell: () => 'EMAIL' },
					{ id: 'topic', header: 'Topic', cell: (s) => topicName(s.TopicArn) },
				]}
			/>
		</SnsPage>
	);
}
