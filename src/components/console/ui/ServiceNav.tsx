import { useConsole } from '../console-context';
import type { Route, ScreenName } from '../routes';
import './service-page.css';

export interface ServiceNavLink {
	route: Route;
	label: string;
}

interface ServiceNavProps {
	/** The service's console name, shown as the title and used as the navigation's label. */
	service: string;
	links: readonly ServiceNavLink[];
	/** The page being shown; its link is marked as the current page. */
	current: ScreenName;
	/** A heading above the links, as CloudWatch shows "Alarms". */
	group?: string;
}

/**
 * A service's own navigation (Billing, Amazon SNS, CloudWatch), shown as a compact bar above the page
 * inside a `c-service-layout` container. The links switch console
 * screens (routes are data, so the href is only a label).
 */
export function ServiceNav({ service, links, current, group }: ServiceNavProps) {
	const { navigate } = useConsole();
	return (
		<nav class="c-service-nav" aria-label={service}>
			<p class="c-service-nav__title">{service}</p>
			{group !== undefined && <p class="c-service-nav__group">{group}</p>}
			<ul>
				{links.map((link) => (
					<li key={link.route.screen}>
						<a
							href={`#${link.route.screen}`}
							aria-current={link.route.screen === current ? 'page' : undefined}
							onClick={(event) => {
								event.preventDefault();
								navigate(link.route);
							}}
						>
							{link.label}
						</a>
					</li>
				))}
			</ul>
		</nav>
	);
}
