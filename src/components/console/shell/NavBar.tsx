import { useConsole } from '../console-context';
import { AccountMenu } from './AccountMenu';
import { RegionSelect } from './RegionSelect';
import { ServicesSearch } from './ServicesSearch';

/** The dark navigation bar across the top of every signed-in console screen. */
export function NavBar() {
	const { navigate } = useConsole();
	return (
		<nav class="c-navbar" aria-label="Console navigation">
			<a
				class="c-navbar__home"
				href="#console-home"
				onClick={(event) => {
					event.preventDefault();
					navigate({ screen: 'console-home' });
				}}
			>
				<span aria-hidden="true" class="c-navbar__logo">
					aws
				</span>
				<span class="c-visually-hidden">Console Home</span>
			</a>
			<ServicesSearch />
			<div class="c-navbar__end">
				<RegionSelect />
				<AccountMenu />
			</div>
		</nav>
	);
}
