import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';
import './ui.css';

export interface TabItem<Id extends string> {
	id: Id;
	label: string;
	content: () => ComponentChildren;
}

export interface TabsProps<Id extends string> {
	/** Accessible name of the tab list. */
	label: string;
	tabs: readonly TabItem<Id>[];
	selected: Id;
	onSelect: (id: Id) => void;
}

/**
 * ARIA tabs (automatic activation): arrow keys move between tabs, Home/End jump to the ends,
 * and only the selected tab is in the tab order. The parent owns which tab is selected.
 */
export function Tabs<Id extends string>({ label, tabs, selected, onSelect }: TabsProps<Id>) {
	const base = `t${useId()}`;
	const listRef = useRef<HTMLDivElement>(null);
	const focusTab = (index: number) => {
		const tab = tabs[(index + tabs.length) % tabs.length];
		if (!tab) return;
		onSelect(tab.id);
		listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(`${base}-tab-${tab.id}`)}`)?.focus();
	};
	const onKeyDown = (event: KeyboardEvent, index: number) => {
		const moves: Record<string, number> = {
			ArrowRight: index + 1,
			ArrowLeft: index - 1,
			Home: 0,
			End: tabs.length - 1,
		};
		const target = moves[event.key];
		if (target === undefined) return;
		event.preventDefault();
		focusTab(target);
	};
	const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
	return (
		<div class="c-tabs">
			<div class="c-tabs__list" role="tablist" aria-label={label} ref={listRef}>
				{tabs.map((tab, index) => (
					<button
						type="button"
						role="tab"
						key={tab.id}
						id={`${base}-tab-${tab.id}`}
						class="c-tabs__tab"
						aria-selected={tab.id === current?.id}
						aria-controls={`${base}-panel`}
						tabIndex={tab.id === current?.id ? 0 : -1}
						onClick={() => onSelect(tab.id)}
						onKeyDown={(event) => onKeyDown(event, index)}
					>
						{tab.label}
					</button>
				))}
			</div>
			{current && (
				<div
					class="c-tabs__panel"
					role="tabpanel"
					id={`${base}-panel`}
					aria-labelledby={`${base}-tab-${current.id}`}
					tabIndex={0}
				>
					{current.content()}
				</div>
			)}
		</div>
	);
}
