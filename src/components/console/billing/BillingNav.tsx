import type { ScreenName } from '../routes';
import { useConsole } from '../console-context';
import './billing.css';

const PAGES: readonly { screen: 'billing-home' | 'billing-preferences' | 'billing-account'; label: string }[] = [
	{ screen: 'billing-home', label: 'Home' },
	{ screen: 'billing-preferences', label: 'Billing preferences' },
	{ screen: 'billing-account', label: 'Account' },
];

/** The Billing and Cost Management console's side navigation (the pages this course uses). */
export function BillingNav(props: { current: ScreenName }) {
	const { navigate } = useConsole();
	return (
		<nav class="billing-nav" aria-label="Billing and Cost Management">
			<p class="billing-nav__title">Billing and Cost Management</p>
			<ul>
				{PAGES.map((page) => (
					<li key={page.screen}>
						<a
							href={`#${page.screen}`}
							aria-current={page.screen === props.current ? 'page' : undefined}
							onClick={(event) => {
								event.preventDefault();
								navigate({ screen: page.screen });
							}}
						>
							{page.label}
						</a>
					</li>
				))}
			</ul>
		</nav>
	);
}
