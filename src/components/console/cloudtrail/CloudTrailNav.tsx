import { ServiceNav, type ServiceNavLink } from '../ui/ServiceNav';

const PAGES: readonly ServiceNavLink[] = [{ route: { screen: 'cloudtrail-event-history' }, label: 'Event history' }];

/** CloudTrail's side navigation, reduced to the event history this course uses. */
export function CloudTrailNav() {
	return <ServiceNav service="CloudTrail" links={PAGES} current="cloudtrail-event-history" />;
}
