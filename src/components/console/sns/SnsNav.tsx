import { useConsole } from '../console-context';
import './sns.css';

const PAGES = [
	{ screen: 'sns-topics', label: 'Topics' },
	{ screen: 'sns-subscriptions', label: 'Subscriptions' },
] as const;

/** Amazon SNS's side navigation. */
export function SnsNav(props: { current: 'sns-topics' | 'sns-subscriptions' }) {
	const { navigate } = useConsole();
	return (
		<nav class="sns-nav" aria-label="Amazon SNS">
			<p class="sns-nav__title">Amazon SNS</p>
			<ul>
				{PAGES.map((page) => (
					<li key={page.screen}>
						<a
							href={`#${page.screen}`}
							aria-current={page.screen === props.current ? 'page' : undefined}
							onClick={(event) => {
								event.preventDefault();
								navigate({ screen: page.screen });
							}}
						>
							{page.label}
						</a>
					</li>
				))}
			</ul>
		</nav>
	);
}
