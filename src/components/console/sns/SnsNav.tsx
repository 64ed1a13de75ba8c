import { ServiceNav, type ServiceNavLink } from '../ui/ServiceNav';

const PAGES: readonly ServiceNavLink[] = [
	{ route: { screen: 'sns-topics' }, label: 'Topics' },
	{ route: { screen: 'sns-subscriptions' }, label: 'Subscriptions' },
];

/** Amazon SNS's side navigation. */
export function SnsNav(props: { current: 'sns-topics' | 'sns-subscriptions' }) {
	return <ServiceNav service="Amazon SNS" links={PAGES} current={props.current} />;
}
