import type { SimError } from '@/simulator';
import { AccessDeniedDetails } from '../ui/AccessDeniedDetails';
import { WhyDenied } from '../ui/WhyDenied';
import { BackToConsoleHome } from './BackToConsoleHome';
import { ScreenHeading } from './ScreenHeading';
import type { ServiceEntry } from './services';

/**
 * The page a service shows when the signed-in IAM user may not use it, as today's consoles show
 * it: **Access denied**, the refused request's facts with **Copy**, then the course's "Why?".
 */
export function AccessDenied({ service, error }: { service: ServiceEntry; error: SimError }) {
	return (
		<section class="c-screen" aria-labelledby="access-denied-title">
			<p class="c-screen__service">{service.name}</p>
			<ScreenHeading id="access-denied-title">Access denied</ScreenHeading>
			<div class="c-alert c-alert--error">
				<div class="c-alert__body">
					{error.explanation ? (
						<AccessDeniedDetails explanation={error.explanation} message={error.message} />
					) : (
						<p>{error.message}</p>
					)}
					<p>Ask your administrator to add permissions, or sign in as an identity that has them.</p>
					{error.explanation && <WhyDenied explanation={error.explanation} />}
				</div>
			</div>
			<BackToConsoleHome />
		</section>
	);
}
