import { useState } from 'preact/hooks';
import { createTopicWithEmailSubscriptions, type SimError } from '@/simulator';
import { useConsole } from '../../console-context';
import { Alert } from '../../ui/Alert';
import { CallErrorAlert } from '../../ui/ApiErrorAlert';
import { Button } from '../../ui/Button';
import { Choice, Field, Fieldset } from '../../ui/Field';
import { focusAfterRender } from '../../ui/focus';
import { alarmStateLabel } from '../alarm-state-label';
import { emailList, type AlarmForm, type FieldErrors, type FormSetter } from './alarm-form';

/** Step 2, **Configure actions**: which state notifies which SNS topic, with **Create new topic**. */
export function ActionsStep(props: {
	form: AlarmForm;
	errors: FieldErrors;
	set: FormSetter;
	setErrors: (errors: FieldErrors) => void;
	topics: readonly { TopicArn: string; Name: string }[];
}) {
	const { form, errors, set, topics } = props;
	const { region, perform, announce } = useConsole();
	const [created, setCreated] = useState<string | null>(null);
	const [failure, setFailure] = useState<SimError | null>(null);

	function createTopic() {
		const emails = emailList(form.emails);
		if (emails.length === 0) {
			props.setErrors({ emails: 'Enter at least one email address.' });
			document.getElementById('alarm-emails')?.focus();
			return;
		}
		// The console creates the topic and subscribes each address as one step.
		const outcome = perform((before, ctx) => {
			const result = createTopicWithEmailSubscriptions(
				before,
				{ Name: form.newTopicName.trim(), Endpoints: emails, region },
				ctx,
			);
			return { state: result.state, result };
		});
		const failed = outcome.failedStep?.response;
		if (failed && !failed.ok) {
			if (failed.error.code === 'AccessDenied') {
				setFailure(failed.error);
			} else {
				const field = outcome.failedStep?.call.op === 'CreateTopic' ? 'newTopicName' : 'emails';
				props.setErrors({ [field]: failed.error.message });
				document.getElementById(`alarm-${field}`)?.focus();
				setFailure(null);
			}
			return;
		}
		if (outcome.topicArn === undefined) return;
		set('topicArn', outcome.topicArn);
		set('topicMode', 'existing');
		// The Create topic form gives way to the topic list, with the new topic chosen.
		focusAfterRender('alarm-topic');
		props.setErrors({});
		setFailure(null);
		const message = `Topic ${form.newTopicName.trim()} created. A confirmation email went to ${emails.join(', ')}: open the Inbox and confirm the subscription, or no alarm email will arrive.`;
		setCreated(message);
		announce(message);
	}

	if (!form.notify) {
		return (
			<section class="cw-panel" aria-labelledby="alarm-notification-heading">
				<h4 id="alarm-notification-heading">Notification</h4>
				<p>The alarm will not notify anyone.</p>
				<Button onClick={() => set('notify', true)}>Add notification</Button>
			</section>
		);
	}

	return (
		<section class="cw-panel" aria-labelledby="alarm-notification-heading">
			<div class="cw-toolbar">
				<h4 id="alarm-notification-heading">Notification</h4>
				<Button onClick={() => set('notify', false)}>Remove</Button>
			</div>
			<Fieldset legend="Alarm state trigger" hint="Define the alarm state that will trigger this action.">
				{(['ALARM', 'OK', 'INSUFFICIENT_DATA'] as const).map((value) => (
					<Choice
						key={value}
						type="radio"
						name="alarm-trigger"
						label={alarmStateLabel(value)}
						checked={form.trigger === value}
						onChange={() => set('trigger', value)}
					/>
				))}
			</Fieldset>
			{/* SIMPLIFIED: one notification, and no "Use topic ARN to notify other accounts" option. */}
			<Fieldset legend="Send a notification to the following SNS topic">
				<Choice
					type="radio"
					name="alarm-topic-mode"
					label="Select an existing SNS topic"
					checked={form.topicMode === 'existing'}
					onChange={() => set('topicMode', 'existing')}
				/>
				<Choice
					type="radio"
					name="alarm-topic-mode"
					label="Create new topic"
					checked={form.topicMode === 'new'}
					onChange={() => set('topicMode', 'new')}
				/>
			</Fieldset>
			{created && (
				<Alert type="success" live="status">
					<p>{created}</p>
				</Alert>
			)}
			{failure && <CallErrorAlert error={failure} />}
			{form.topicMode === 'existing' ? (
				<Field
					label="Send a notification to..."
					hint={topics.length === 0 ? 'There are no topics in this Region yet. Choose Create new topic.' : undefined}
					error={errors.topic}
					id="alarm-topic"
				>
					{(control) => (
						<select {...control} value={form.topicArn} onChange={(e) => set('topicArn', e.currentTarget.value)}>
							<option value="">Choose a topic</option>
							{topics.map((t) => (
								<option key={t.TopicArn} value={t.TopicArn}>
									{t.Name}
								</option>
							))}
						</select>
					)}
				</Field>
			) : (
				<>
					<Field
						label="Create a new topic…"
						hint="The topic name must be unique. Letters, digits, hyphens and underscores, up to 256 characters."
						error={errors.newTopicName}
						id="alarm-newTopicName"
					>
						{(control) => (
							<input
								{...control}
								value={form.newTopicName}
								onInput={(e) => set('newTopicName', e.currentTarget.value)}
							/>
						)}
					</Field>
					<Field
						label="Email endpoints that will receive the notification…"
						hint="Add a comma-separated list of email addresses. Each address gets a confirmation email."
						error={errors.emails}
						id="alarm-emails"
					>
						{(control) => (
							<input
								{...control}
								type="email"
								multiple
								autocomplete="email"
								value={form.emails}
								onInput={(e) => set('emails', e.currentTarget.value)}
							/>
						)}
					</Field>
					<Button onClick={createTopic}>Create topic</Button>
				</>
			)}
		</section>
	);
}
