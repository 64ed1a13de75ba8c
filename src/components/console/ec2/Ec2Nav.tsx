import { ServiceNav, type ServiceNavLink } from '../ui/ServiceNav';

const PAGES: readonly ServiceNavLink[] = [{ route: { screen: 'ec2-instances' }, label: 'Instances' }];

/** EC2's side navigation, reduced to the instance list this course uses. */
export function Ec2Nav() {
	return <ServiceNav service="EC2" group="Instances" links={PAGES} current="ec2-instances" />;
}
