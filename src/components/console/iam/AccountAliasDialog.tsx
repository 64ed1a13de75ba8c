import { useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { Button } from '../ui/Button';
import { Field } from '../ui/Field';
import { Modal } from '../ui/Modal';
import { aliasProblem } from './alias-rules';

interface Props {
	open: boolean;
	current: string | undefined;
	onClose: () => void;
}

/** Create or edit the account alias (CreateAccountAlias replaces the old one). */
export function AccountAliasDialog({ open, current, onClose }: Props) {
	const { call, announce } = useConsole();
	const [alias, setAlias] = useState(current ?? '');
	const [error, setError] = useState<string | null>(null);
	const title = current ? 'Edit account alias' : 'Create alias for AWS account';

	const save = (event: Event) => {
		event.preventDefault();
		const value = alias.trim();
		const problem = aliasProblem(value);
		if (problem) {
			setError(problem);
			return;
		}
		const response = call({ op: 'CreateAccountAlias', input: { AccountAlias: value } });
		if (!response.ok) {
			setError(response.error.message);
			return;
		}
		setError(null);
		announce(`Account alias ${value} saved.`);
		onClose();
	};

	return (
		<Modal
			open={open}
			title={title}
			onClose={onClose}
			footer={
				<>
					<Button onClick={onClose}>Cancel</Button>
					<Button variant="primary" type="submit" form="alias-form">
						Save changes
					</Button>
				</>
			}
		>
			<form id="alias-form" onSubmit={save} noValidate>
				<Field
					label="Preferred alias"
					error={error}
					hint="3 to 63 lowercase letters, digits and hyphens. It must be unique across AWS and replaces the account ID in your sign-in URL."
				>
					{(control) => (
						<input
							{...control}
							type="text"
							autocomplete="off"
							spellcheck={false}
							value={alias}
							onInput={(event) => setAlias(event.currentTarget.value)}
						/>
					)}
				</Field>
			</form>
		</Modal>
	);
}
