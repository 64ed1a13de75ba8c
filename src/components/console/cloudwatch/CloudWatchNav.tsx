import { ServiceNav, type ServiceNavLink } from '../ui/ServiceNav';

const PAGES: readonly ServiceNavLink[] = [{ route: { screen: 'cloudwatch-alarms' }, label: 'All alarms' }];

/** CloudWatch's side navigation, reduced to the alarm pages this course uses. */
export function CloudWatchNav(props: { current: 'cloudwatch-alarms' | 'cloudwatch-create-alarm' }) {
	return <ServiceNav service="CloudWatch" group="Alarms" links={PAGES} current={props.current} />;
}
