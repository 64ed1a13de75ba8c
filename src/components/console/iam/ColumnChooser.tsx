import { useState } from 'preact/hooks';
import { Button } from '../ui/Button';
import { Choice } from '../ui/Field';
import { Modal } from '../ui/Modal';

export interface ColumnChoice<Id extends string> {
	readonly id: Id;
	readonly title: string;
}

interface ColumnChooserProps<Id extends string> {
	/** Every column, in table order. The first one (the row's name) is always shown. */
	columns: readonly ColumnChoice<Id>[];
	visible: readonly Id[];
	onConfirm: (visible: readonly Id[]) => void;
}

/**
 * The settings (gear) button above a console table and its dialog: **Select visible columns**, then
 * **Confirm**. Cancel, Escape or closing the dialog changes nothing.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html
 */
export function ColumnChooser<Id extends string>({ columns, visible, onConfirm }: ColumnChooserProps<Id>) {
	const [open, setOpen] = useState(false);
	const [draft, setDraft] = useState<readonly Id[]>(visible);
	const always = columns[0]?.id;
	const toggle = (id: Id, checked: boolean) =>
		setDraft(
			checked ? columns.map((c) => c.id).filter((c) => c === id || draft.includes(c)) : draft.filter((c) => c !== id),
		);
	return (
		<>
			<Button
				class="c-btn--icon"
				aria-label="Preferences"
				onClick={() => {
					setDraft(visible);
					setOpen(true);
				}}
			>
				<svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true" focusable="false">
					<path
						fill="currentColor"
						fill-rule="evenodd"
						d="M6.9 0.8h2.2l0.4 1.9 1.2 0.5 1.6-1.1 1.6 1.6-1.1 1.6 0.5 1.2 1.9 0.4v2.2l-1.9 0.4-0.5 1.2 1.1 1.6-1.6 1.6-1.6-1.1-1.2 0.5-0.4 1.9H6.9l-0.4-1.9-1.2-0.5-1.6 1.1-1.6-1.6 1.1-1.6-0.5-1.2-1.9-0.4V6.9l1.9-0.4 0.5-1.2-1.1-1.6 1.6-1.6 1.6 1.1 1.2-0.5ZM8 5.4a2.6 2.6 0 1 0 0 5.2 2.6 2.6 0 0 0 0-5.2Z"
					/>
				</svg>
			</Button>
			<Modal
				open={open}
				title="Select visible columns"
				onClose={() => setOpen(false)}
				footer={
					<>
						<Button onClick={() => setOpen(false)}>Cancel</Button>
						<Button
							variant="primary"
							onClick={() => {
								onConfirm(always === undefined || draft.includes(always) ? draft : [always, ...draft]);
								setOpen(false);
							}}
						>
							Confirm
						</Button>
					</>
				}
			>
				<fieldset class="c-fieldset">
					<legend class="c-visually-hidden">Select visible columns</legend>
					{columns.map((column) => (
						<Choice
							key={column.id}
							type="checkbox"
							label={column.title}
							checked={draft.includes(column.id)}
							disabled={column.id === always}
							onChange={(event) => toggle(column.id, event.currentTarget.checked)}
						/>
					))}
				</fieldset>
			</Modal>
		</>
	);
}
