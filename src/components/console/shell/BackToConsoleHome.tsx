import { useConsole } from '../console-context';

/** The way out of a page the learner cannot use: a link back to Console Home, as AWS's pages give. */
export function BackToConsoleHome() {
	const { navigate } = useConsole();
	return (
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
	);
}
