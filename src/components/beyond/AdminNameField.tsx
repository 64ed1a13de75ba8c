import { useEffect, useState } from 'preact/hooks';
import { IAM_USER_NAME_PATTERN } from '@/store/progress-state';
import { setRealAdminUserName } from '@/store/progress-changes';

/**
 * The name of the learner's everyday IAM user on their real account. The course calls it
 * iam-admin; a learner who chose another name types it here, and the commands follow. It is kept
 * with their progress, so it is still there next time (and travels with an export).
 */
export function AdminNameField({ current }: { current: string }) {
	const [draft, setDraft] = useState(current);
	useEffect(() => setDraft(current), [current]);
	const trimmed = draft.trim();
	const valid = trimmed === '' || IAM_USER_NAME_PATTERN.test(trimmed);
	return (
		<div class="b-check__name">
			<label for="admin-user-name">Your everyday IAM user</label>
			<input
				id="admin-user-name"
				type="text"
				autoComplete="off"
				spellcheck={false}
				value={draft}
				aria-describedby="admin-user-name-help"
				aria-invalid={valid ? undefined : 'true'}
				onInput={(event) => {
					const value = event.currentTarget.value;
					setDraft(value);
					if (value.trim() === '' || IAM_USER_NAME_PATTERN.test(value.trim())) setRealAdminUserName(value);
				}}
			/>
			<p id="admin-user-name-help" class={valid ? 'b-check__hint' : 'b-check__message b-check__message--error'}>
				{valid
					? 'The user you sign in as for everyday work. The course names it iam-admin; if yours has another name, type it here and the commands below change to match. It is remembered with your course progress; nothing you paste is.'
					: 'IAM user names use only letters, digits and _+=,.@- (up to 64 characters), so this cannot be a user name. The commands still use the last valid name.'}
			</p>
		</div>
	);
}
