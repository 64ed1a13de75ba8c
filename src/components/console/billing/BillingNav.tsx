import type { ScreenName } from '../routes';
import { ServiceNav, type ServiceNavLink } from '../ui/ServiceNav';

const PAGES: readonly ServiceNavLink[] = [
	{ route: { screen: 'billing-home' }, label: 'Home' },
	{ route: { screen: 'billing-budgets' }, label: 'Budgets' },
	{ route: { screen: 'billing-preferences' }, label: 'Billing preferences' },
	{ route: { screen: 'billing-account' }, label: 'Account' },
];

/** The Billing and Cost Management console's side navigation (the pages this course uses). */
export function BillingNav(props: { current: ScreenName }) {
	return <ServiceNav service="Billing and Cost Management" links={PAGES} current={props.current} />;
}
