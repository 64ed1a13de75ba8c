import { useId, useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { Choice, Fieldset } from '../ui/Field';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { BillingNav } from './BillingNav';
import './billing.css';

/**
 * **Account**: the **IAM user and role access to Billing information** setting. Only the root user
 * can change it; an IAM user gets the simulator's AccessDenied.
 */
export function BillingAccountScreen() {
	const { state, call, announce } = useConsole();
	const activated = state.billing.iamAccessActivated;
	const [editing, setEditing] = useState(false);
	const [activate, setActivate] = useState(activated);
	const [error, setError] = useState<SimError | null>(null);
	const [saved, setSaved] = useState<string | null>(null);
	const editRef = useRef<HTMLButtonElement>(null);
	const id = useId();

	function update(event: Event) {
		event.preventDefault();
		const response = call({ op: 'UpdateIamUserAccessToBilling', input: { Activate: activate } });
		if (!response.ok) {
			setError(response.error);
			return;
		}
		setError(null);
		setEditing(false);
		const message = activate
			? 'IAM user and role access to Billing information is activated. IAM users still need a policy that allows billing actions.'
			: 'IAM user and role access to Billing information is deactivated.';
		setSaved(message);
		announce(message);
		setTimeout(() => editRef.current?.focus(), 0);
	}

	return (
		<div class="c-service-layout">
			<BillingNav current="billing-account" />
			<div>
				<ScreenHeading>Account</ScreenHeading>
				<section class="billing-card" aria-labelledby={`${id}-settings`}>
					<h3 id={`${id}-settings`}>Account settings</h3>
					<dl class="billing-details">
						<dt>Account ID</dt>
						<dd class="c-mono">{state.account.accountId}</dd>
						<dt>Email address</dt>
						<dd>{state.root.email}</dd>
					</dl>
				</section>
				{saved && (
					<Alert type="success" live="status" onDismiss={() => setSaved(null)}>
						<p>{saved}</p>
					</Alert>
				)}
				<section class="billing-card" aria-labelledby={`${id}-iam`}>
					<div class="billing-card__head">
						<h3 id={`${id}-iam`}>IAM user and role access to Billing information</h3>
						{!editing && (
							<button
								type="button"
								class="c-btn"
								ref={editRef}
								onClick={() => {
									setActivate(activated);
									setError(null);
									setSaved(null);
									setEditing(true);
								}}
							>
								Edit
							</button>
						)}
					</div>
					<p class="billing-muted">
						By default only the root user can open billing pages, even for IAM users with billing permissions.
						Activating IAM access lets IAM users and roles in; their policies still decide what they may see and do.
					</p>
					{editing ? (
						<form onSubmit={update} noValidate>
							<Fieldset legend="Access">
								<Choice
									type="checkbox"
									label="Activate IAM Access"
									checked={activate}
									onChange={(e) => setActivate(e.currentTarget.checked)}
								/>
							</Fieldset>
							{error && <CallErrorAlert error={error} />}
							<div class="billing-actions">
								<Button
									onClick={() => {
										setEditing(false);
										setError(null);
										setTimeout(() => editRef.current?.focus(), 0);
									}}
								>
									Cancel
								</Button>
								<Button type="submit" variant="primary">
									Update
								</Button>
							</div>
						</form>
					) : (
						<dl class="billing-details">
							<dt>IAM user and role access to Billing information</dt>
							<dd>{activated ? 'Activated' : 'Deactivated'}</dd>
						</dl>
					)}
				</section>
			</div>
		</div>
	);
}
