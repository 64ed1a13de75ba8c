import { useConsole } from '../console-context';
import { ScreenHeading } from './ScreenHeading';
import { SERVICES } from './services';
import { identityLabel } from './identity';

/** Console Home: where every sign-in lands, with the services this practice console offers. */
export function ConsoleHome() {
	const { state, navigate } = useConsole();
	const rootWithoutMfa = state.session?.principal.type === 'Root' && state.root.mfaSerials.length === 0;
	return (
		<section class="c-screen" aria-labelledby="console-home-title">
			<ScreenHeading id="console-home-title">Console Home</ScreenHeading>
			<p>Signed in as {identityLabel(state)}.</p>
			{rootWithoutMfa && (
				<div class="c-alert c-alert--warning">
					<p class="c-alert__title">Your root user has no MFA device</p>
					<p>
						Anyone who learns the root password can take over this account.{' '}
						<a
							href="#security-credentials"
							onClick={(event) => {
								event.preventDefault();
								navigate({ screen: 'security-credentials' });
							}}
						>
							Assign an MFA device
						</a>{' '}
						from Security credentials.
					</p>
				</div>
			)}
			<h3>Services</h3>
			<ul class="c-tiles">
				{SERVICES.map((service) => (
					<li key={service.id}>
						<a
							class="c-tile"
							href={`#${service.route.screen}`}
							onClick={(event) => {
								event.preventDefault();
								navigate(service.route);
							}}
						>
							<span class="c-tile__name">{service.name}</span>
							<span class="c-tile__summary">{service.summary}</span>
						</a>
					</li>
				))}
			</ul>
		</section>
	);
}
