import { BackToConsoleHome } from './BackToConsoleHome';
import { ScreenHeading } from './ScreenHeading';
import { SERVICES } from './services';

/** What RDS and S3 show: this practice console has no databases or storage. */
export function ServiceUnavailable({ service }: { service: 'rds' | 's3' }) {
	const name = SERVICES.find((entry) => entry.id === service)?.name ?? service.toUpperCase();
	return (
		<section class="c-screen" aria-labelledby="service-unavailable-title">
			<ScreenHeading id="service-unavailable-title">{name}</ScreenHeading>
			<div class="c-alert c-alert--info">
				<p class="c-alert__title">{name} is not part of this practice console</p>
				<p>
					This practice console only covers securing a new account and finding what runs in it. It has no databases or
					storage, because in a real account those are resources that cost money.
				</p>
				<p>
					In a real account, you would only open {name} after the root user has MFA, an IAM user does the daily work,
					and a billing alarm is watching your spending.
				</p>
			</div>
			<BackToConsoleHome />
		</section>
	);
}
