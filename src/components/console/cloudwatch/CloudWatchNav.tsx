import { useConsole } from '../console-context';
import './cloudwatch.css';

/** CloudWatch's side navigation, reduced to the alarm pages this course uses. */
export function CloudWatchNav(props: { current: 'cloudwatch-alarms' | 'cloudwatch-create-alarm' }) {
	const { navigate } = useConsole();
	return (
		<nav class="cw-nav" aria-label="CloudWatch">
			<p class="cw-nav__title">CloudWatch</p>
			<p class="cw-nav__group">Alarms</p>
			<ul>
				<li>
					<a
						href="#cloudwatch-alarms"
						aria-current={props.current === 'cloudwatch-alarms' ? 'page' : undefined}
						onClick={(event) => {
							event.preventDefault();
							navigate({ screen: 'cloudwatch-alarms' });
						}}
					>
						All alarms
					</a>
				</li>
			</ul>
		</nav>
	);
}
