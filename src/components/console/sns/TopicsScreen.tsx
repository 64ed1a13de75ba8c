import { useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Field } from '../ui/Field';
import { Table } from '../ui/Table';
import { SnsCreateForm, SnsPage } from './SnsPage';

/** **Topics**: the Region's SNS topics (Name, Type, ARN) and **Create topic**. */
export function TopicsScreen() {
	const { state, region, call, announce } = useConsole();
	const topics = Object.values(state.sns[region]?.topics ?? {}).sort((a, b) => a.Name.localeCompare(b.Name));
	const [creating, setCreating] = useState(false);
	const [name, setName] = useState('');
	const [nameError, setNameError] = useState<string | null>(null);
	const [failure, setFailure] = useState<SimError | null>(null);
	const [done, setDone] = useState<string | null>(null);
	const nameRef = useRef<HTMLInputElement>(null);

	function create(event: Event) {
		event.preventDefault();
		setFailure(null);
		if (name.trim() === '') {
			setNameError('Enter a topic name.');
			nameRef.current?.focus();
			return;
		}
		const response = call({ op: 'CreateTopic', input: { Name: name.trim() }, region });
		if (!response.ok) {
			if (response.error.code === 'InvalidParameter') {
				setNameError(response.error.message);
				nameRef.current?.focus();
			} else setFailure(response.error);
			return;
		}
		const message = `Topic ${name.trim()} created successfully.`;
		setDone(message);
		announce(message);
		setCreating(false);
		setName('');
		setNameError(null);
	}

	return (
		<SnsPage
			screen="sns-topics"
			title="Topics"
			count={topics.length}
			createLabel="Create topic"
			creating={creating}
			onStartCreate={() => setCreating(true)}
			done={done}
			onDismissDone={() => setDone(null)}
		>
			{creating && (
				<SnsCreateForm
					headingId="sns-create-topic"
					title="Create topic"
					onSubmit={create}
					onCancel={() => {
						setCreating(false);
						setNameError(null);
						setFailure(null);
					}}
					failure={failure}
				>
					<p class="sns-muted">Type: Standard</p>
					<Field
						label="Name"
						hint="Up to 256 characters: letters, digits, hyphens (-) and underscores (_)."
						error={nameError}
						id="sns-topic-name"
					>
						{(control) => (
							<input
								{...control}
								ref={nameRef}
								value={name}
								autocomplete="off"
								onInput={(e) => setName(e.currentTarget.value)}
							/>
						)}
					</Field>
				</SnsCreateForm>
			)}
			<Table
				caption="Topics"
				captionHidden
				rows={topics}
				rowKey={(t) => t.TopicArn}
				empty="No topics. A topic sends one message to every subscribed address."
				columns={[
					{ id: 'name', header: 'Name', cell: (t) => t.Name, rowHeader: true },
					{ id: 'type', header: 'Type', cell: () => 'Standard' },
					{ id: 'arn', header: 'ARN', cell: (t) => <span class="c-mono">{t.TopicArn}</span> },
				]}
			/>
		</SnsPage>
	);
}
