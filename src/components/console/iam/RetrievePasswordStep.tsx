import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';

interface Props {
	userName: string;
	/** Held in component state only: it is never saved, as AWS shows it only this once. */
	password: string;
	signInUrl: string;
}

/** Quotes a CSV field when it needs it (commas, quotes, line breaks). */
function csvField(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV the **Download .csv file** button saves. */
// SIMPLIFIED: the real file's column names are not documented; these name what each column holds.
export function credentialsCsv(userName: string, password: string, signInUrl: string): string {
	return `User name,Password,Console sign-in URL\r\n${[userName, password, signInUrl].map(csvField).join(',')}\r\n`;
}

/** Step 4, **Retrieve password**: the only time the password can be seen or downloaded. */
export function RetrievePasswordStep({ userName, password, signInUrl }: Props) {
	const { call, navigate, announce } = useConsole();
	const [shown, setShown] = useState(false);
	const [emailed, setEmailed] = useState(false);
	const [error, setError] = useState<SimError | null>(null);

	const download = () => {
		const blob = new Blob([credentialsCsv(userName, password, signInUrl)], { type: 'text/csv' });
		const url = URL.createObjectURL(blob);
		const link = document.createElement('a');
		link.href = url;
		link.download = `${userName}_credentials.csv`;
		document.body.append(link);
		link.click();
		link.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
		announce(`${userName}_credentials.csv downloaded.`);
	};

	const email = () => {
		const response = call({ op: 'SendSignInInstructions', input: { UserName: userName } });
		if (response.ok) {
			setError(null);
			setEmailed(true);
			announce('Sign-in instructions sent to the practice inbox.');
		} else setError(response.error);
	};

	return (
		<>
			<Alert type="success" title="User created successfully">
				<p>
					You can view and download the user’s password and email instructions for signing in to the AWS Management
					Console. This is the only time you can view or download this password.
				</p>
			</Alert>
			{error && <CallErrorAlert error={error} />}
			{emailed && (
				<Alert type="info" live="status">
					<p>Sign-in instructions were sent to the practice inbox. The email does not include the password.</p>
				</Alert>
			)}
			<section class="c-panel" aria-labelledby="console-signin-title">
				<h3 id="console-signin-title">Console sign-in details</h3>
				<dl class="c-kv">
					<dt>Console sign-in URL</dt>
					<dd class="c-mono">{signInUrl}</dd>
					<dt>User name</dt>
					<dd>{userName}</dd>
					<dt>Console password</dt>
					<dd>
						<span class="c-secret">
							<span class="c-mono" aria-live="polite">
								{shown ? (
									password
								) : (
									<>
										<span aria-hidden="true">••••••••••••••••</span>
										<span class="c-visually-hidden">Password hidden</span>
									</>
								)}
							</span>
							<Button variant="link" onClick={() => setShown(!shown)}>
								{shown ? 'Hide' : 'Show'}
							</Button>
						</span>
					</dd>
				</dl>
			</section>
			<div class="c-toolbar">
				<Button onClick={email}>Email sign-in instructions</Button>
				<Button onClick={download}>Download .csv file</Button>
				<Button variant="primary" onClick={() => navigate({ screen: 'iam-users' })}>
					Return to users list
				</Button>
			</div>
		</>
	);
}
