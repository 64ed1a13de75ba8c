import type { ComponentChildren } from 'preact';
import { useConsole } from '../console-context';
import type { Route } from '../routes';
import { ScreenHeading } from '../shell/ScreenHeading';
import './iam.css';

export interface Crumb {
	label: string;
	route?: Route;
}

interface Props {
	title: ComponentChildren;
	titleId: string;
	/** Breadcrumbs above the title, "IAM" first. */
	crumbs?: readonly Crumb[];
	current: 'dashboard' | 'users' | 'policies';
	children: ComponentChildren;
}

/** A link that switches console screens (routes are data, so the href is only a label). */
export function RouteLink({
	route,
	children,
	class: className,
}: {
	route: Route;
	children: ComponentChildren;
	class?: string;
}) {
	const { navigate } = useConsole();
	return (
		<a
			href={`#${route.screen}`}
			class={className}
			onClick={(event) => {
				event.preventDefault();
				navigate(route);
			}}
		>
			{children}
		</a>
	);
}

const NAV: readonly { id: Props['current']; label: string; route: Route }[] = [
	{ id: 'dashboard', label: 'Dashboard', route: { screen: 'iam-dashboard' } },
	{ id: 'users', label: 'Users', route: { screen: 'iam-users' } },
	{ id: 'policies', label: 'Policies', route: { screen: 'iam-policies' } },
];

/** The IAM console frame: its own navigation pane beside the page, breadcrumbs and the title. */
export function IamLayout({ title, titleId, crumbs = [], current, children }: Props) {
	return (
		<div class="c-iam">
			<nav class="c-iam__nav" aria-label="Identity and Access Management (IAM)">
				<p class="c-iam__nav-title">Identity and Access Management (IAM)</p>
				<ul>
					{NAV.map((item) => (
						<li key={item.id}>
							<RouteLink route={item.route}>
								<span aria-current={item.id === current ? 'page' : undefined}>{item.label}</span>
							</RouteLink>
						</li>
					))}
				</ul>
			</nav>
			<section class="c-screen c-iam__main" aria-labelledby={titleId}>
				{crumbs.length > 0 && (
					<nav class="c-breadcrumbs" aria-label="Breadcrumbs">
						<ol>
							{crumbs.map((crumb) => (
								<li key={crumb.label}>
									{crumb.route ? <RouteLink route={crumb.route}>{crumb.label}</RouteLink> : crumb.label}
								</li>
							))}
						</ol>
					</nav>
				)}
				<ScreenHeading id={titleId}>{title}</ScreenHeading>
				{children}
			</section>
		</div>
	);
}
