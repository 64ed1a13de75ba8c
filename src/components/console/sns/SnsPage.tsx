import type { ComponentChildren } from 'preact';
import type { SimError } from '@/simulator';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { SnsNav } from './SnsNav';
import './sns.css';

interface SnsPageProps {
	screen: 'sns-topics' | 'sns-subscriptions';
	/** The page title; the list's heading adds the count, e.g. "Topics (2)". */
	title: string;
	count: number;
	/** The label of the button that opens the create form, and of the form's submit button. */
	createLabel: string;
	/** While the create form is open its opening button is hidden. */
	creating: boolean;
	onStartCreate: () => void;
	/** The last success message, shown until dismissed. */
	done: string | null;
	onDismissDone: () => void;
	children: ComponentChildren;
}

/** An Amazon SNS list page: the SNS navigation, the title, the last success message and the list's toolbar. */
export function SnsPage({
	screen,
	title,
	count,
	createLabel,
	creating,
	onStartCreate,
	done,
	onDismissDone,
	children,
}: SnsPageProps) {
	return (
		<div class="c-service-layout">
			<SnsNav current={screen} />
			<div>
				<ScreenHeading>{title}</ScreenHeading>
				{done && (
					<Alert type="success" live="status" onDismiss={onDismissDone}>
						<p>{done}</p>
					</Alert>
				)}
				<div class="sns-toolbar">
					<h3 class="sns-subtitle">
						{title} ({count})
					</h3>
					{!creating && (
						<Button variant="primary" onClick={onStartCreate}>
							{createLabel}
						</Button>
					)}
				</div>
				{children}
			</div>
		</div>
	);
}

interface SnsCreateFormProps {
	/** The id of the form's heading, which names the form. */
	headingId: string;
	/** The form's heading and the label of its submit button. */
	title: string;
	onSubmit: (event: Event) => void;
	onCancel: () => void;
	/** An error from the call that is not about one field. */
	failure: SimError | null;
	children: ComponentChildren;
}

/** The inline create form of an SNS list page: heading, fields, a call error, then Cancel and Create. */
export function SnsCreateForm({ headingId, title, onSubmit, onCancel, failure, children }: SnsCreateFormProps) {
	return (
		<form class="sns-panel" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
			<h4 id={headingId}>{title}</h4>
			{children}
			{failure && <CallErrorAlert error={failure} />}
			<div class="sns-actions">
				<Button onClick={onCancel}>Cancel</Button>
				<Button type="submit" variant="primary">
					{title}
				</Button>
			</div>
		</form>
	);
}
