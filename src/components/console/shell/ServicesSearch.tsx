import { useId, useRef, useState } from 'preact/hooks';
import { useConsole } from '../console-context';
import { searchServices, type SearchResult } from './services';

/**
 * The navigation bar's service search, built on the ARIA 1.2 combobox pattern with a listbox
 * popup: type to filter, Down/Up move through the results, Enter opens the highlighted service,
 * Escape closes the list (and clears the box when it is already closed).
 */
export function ServicesSearch() {
	const { navigate } = useConsole();
	const base = `svc${useId()}`;
	const listId = `${base}-list`;
	const [query, setQuery] = useState('');
	const [open, setOpen] = useState(false);
	const [active, setActive] = useState(-1);
	const inputRef = useRef<HTMLInputElement>(null);
	const results = searchServices(query);

	const choose = (service: SearchResult) => {
		setOpen(false);
		setQuery('');
		setActive(-1);
		navigate(service.route);
	};

	const onKeyDown = (event: KeyboardEvent) => {
		switch (event.key) {
			case 'ArrowDown':
				event.preventDefault();
				setOpen(true);
				setActive((index) => (results.length === 0 ? -1 : (index + 1) % results.length));
				break;
			case 'ArrowUp':
				event.preventDefault();
				setOpen(true);
				setActive((index) => (results.length === 0 ? -1 : index <= 0 ? results.length - 1 : index - 1));
				break;
			case 'Enter': {
				const service = results[active] ?? (query.trim() ? results[0] : undefined);
				if (open && service) {
					event.preventDefault();
					choose(service);
				}
				break;
			}
			case 'Escape':
				if (open) {
					event.preventDefault();
					setOpen(false);
					setActive(-1);
				} else {
					setQuery('');
				}
				break;
			default:
				break;
		}
	};

	const activeId = open && active >= 0 && results[active] ? `${base}-opt-${results[active].id}` : undefined;
	return (
		<div class="c-search">
			<label class="c-visually-hidden" for={`${base}-input`}>
				Search for services
			</label>
			<input
				ref={inputRef}
				id={`${base}-input`}
				class="c-search__input"
				type="text"
				role="combobox"
				autocomplete="off"
				placeholder="Search"
				aria-autocomplete="list"
				aria-expanded={open}
				aria-controls={listId}
				aria-activedescendant={activeId}
				value={query}
				onInput={(event) => {
					setQuery(event.currentTarget.value);
					setOpen(true);
					setActive(-1);
				}}
				onKeyDown={onKeyDown}
				onFocus={() => setOpen(false)}
				onBlur={() => {
					// Let a click on an option land before the list closes.
					setTimeout(() => setOpen(false), 150);
				}}
			/>
			<ul id={listId} role="listbox" aria-label="Services" class="c-search__list" hidden={!open}>
				{results.length === 0 && (
					<li class="c-search__empty" role="presentation">
						No services match “{query}”
					</li>
				)}
				{results.map((service, index) => (
					<li
						key={service.id}
						id={`${base}-opt-${service.id}`}
						role="option"
						aria-selected={index === active}
						aria-labelledby={`${base}-name-${service.id}`}
						aria-describedby={`${base}-summary-${service.id}`}
						class="c-search__option"
						onMouseDown={(event) => event.preventDefault()}
						onClick={() => choose(service)}
					>
						<span class="c-search__name" id={`${base}-name-${service.id}`}>
							{service.name}
						</span>
						<span class="c-search__summary" id={`${base}-summary-${service.id}`}>
							{service.summary}
						</span>
					</li>
				))}
			</ul>
		</div>
	);
}
