import type { ComponentChildren } from 'preact';
import './ui.css';

export interface TableColumn<Row> {
	/** Stable key, also used by column choosers. */
	id: string;
	header: ComponentChildren;
	cell: (row: Row) => ComponentChildren;
	/** The row header column (usually the name); rendered as <th scope="row">. */
	rowHeader?: boolean;
}

export interface TableSelection<Row> {
	/** "single" renders radio buttons, "multiple" checkboxes. */
	mode: 'single' | 'multiple';
	selectedKeys: readonly string[];
	onChange: (keys: string[]) => void;
	/** Accessible name of a row's checkbox, e.g. "Select iam-admin". */
	label: (row: Row) => string;
	/** Header text of the selection column (hidden visually). */
	columnLabel?: string;
}

export interface TableProps<Row> {
	caption: ComponentChildren;
	/** Hide the caption visually when a heading right above already names the table. */
	captionHidden?: boolean;
	columns: readonly TableColumn<Row>[];
	rows: readonly Row[];
	rowKey: (row: Row) => string;
	selection?: TableSelection<Row>;
	/** Shown in a single cell when there are no rows. */
	empty?: ComponentChildren;
}

/**
 * A real data table (caption, column headers, row headers) that scrolls sideways on narrow
 * screens. Optional radio or checkbox selection per row, as the console's lists have.
 */
export function Table<Row>({
	caption,
	captionHidden = false,
	columns,
	rows,
	rowKey,
	selection,
	empty = 'No resources to display',
}: TableProps<Row>) {
	const selected = new Set(selection?.selectedKeys ?? []);
	const toggle = (key: string, checked: boolean) => {
		if (!selection) return;
		if (selection.mode === 'single') {
			selection.onChange(checked ? [key] : []);
			return;
		}
		const next = new Set(selected);
		if (checked) next.add(key);
		else next.delete(key);
		selection.onChange([...next]);
	};
	const columnCount = columns.length + (selection ? 1 : 0);
	return (
		<div class="c-table-wrap" role="region" aria-label={typeof caption === 'string' ? caption : undefined} tabIndex={0}>
			<table class="c-table">
				<caption class={captionHidden ? 'c-visually-hidden' : undefined}>{caption}</caption>
				<thead>
					<tr>
						{selection && (
							<th scope="col">
								<span class="c-visually-hidden">{selection.columnLabel ?? 'Select'}</span>
							</th>
						)}
						{columns.map((column) => (
							<th scope="col" key={column.id}>
								{column.header}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{rows.length === 0 && (
						<tr>
							<td class="c-table__empty" colSpan={columnCount}>
								{empty}
							</td>
						</tr>
					)}
					{rows.map((row) => {
						const key = rowKey(row);
						const isSelected = selected.has(key);
						return (
							<tr key={key} class={isSelected ? 'is-selected' : undefined}>
								{selection && (
									<td>
										<input
											type={selection.mode === 'single' ? 'radio' : 'checkbox'}
											name={selection.mode === 'single' ? 'table-selection' : undefined}
											aria-label={selection.label(row)}
											checked={isSelected}
											onChange={(event) => toggle(key, event.currentTarget.checked)}
										/>
									</td>
								)}
								{columns.map((column) =>
									column.rowHeader ? (
										<th scope="row" key={column.id}>
											{column.cell(row)}
										</th>
									) : (
										<td key={column.id}>{column.cell(row)}</td>
									),
								)}
							</tr>
						);
					})}
				</tbody>
			</table>
		</div>
	);
}
