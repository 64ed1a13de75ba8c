import { regionName } from '@/simulator';
import { useConsole } from '../console-context';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';

export const BILLING_REGION = 'us-east-1';

/** Billing metrics exist only in US East (N. Virginia); elsewhere, say so and offer to switch. */
export function RegionHint() {
	const { region, setRegion, announce } = useConsole();
	if (region === BILLING_REGION) return null;
	return (
		<Alert type="info" title={`You are in ${regionName(region)}`}>
			<p>
				Billing metrics, and so billing alarms, exist only in {regionName(BILLING_REGION)}. Alarms and topics are
				separate in each Region.
			</p>
			<p>
				<Button
					onClick={() => {
						setRegion(BILLING_REGION);
						announce(`Region changed to ${regionName(BILLING_REGION)}.`);
					}}
				>
					Switch to {regionName(BILLING_REGION)}
				</Button>
			</p>
		</Alert>
	);
}
