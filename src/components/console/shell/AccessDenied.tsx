import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { WhyDenied } from '../ui/WhyDenied';
import { ScreenHeading } from './ScreenHeading';
import type { ServiceEntry } from './services';

/** The page a service shows when the signed-in IAM user may not use it. */
export function AccessDenied({ service, error }: { service: ServiceEntry; error: SimError }) {
	const { navigate } = useConsole();
	return (
		<section class="c-screen" aria-labelledby="access-denied-title">
			<ScreenHeading id="access-denied-title">{service.name}</ScreenHeading>
			<div class="c-alert c-alert--error">
				<div class="c-alert__body">
					<p class="c-alert__title">Access denied</p>
					<p>{error.message}</p>
					<p>Ask your administrator to add permissions, or sign in as an identity that has them.</p>
					{error.explanation && <WhyDenied explanation={error.explanation} />}
				</div>
			</div>
			<p>
				<a
					href="#console-home"
					onClick={(event) => {
						event.preventDefault();
						navigate({ screen: 'console-home' });
					}}
				>
					Back to Console Home
				</a>
			</p>
		</section>
	);
}
