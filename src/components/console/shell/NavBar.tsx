import { selectMfaRegistrationRequired } from '@/simulator';
import { useConsole } from '../console-context';
import { AccountMenu } from './AccountMenu';
import { RegionSelect } from './RegionSelect';
import { ServicesSearch } from './ServicesSearch';

/**
 * The dark navigation bar across the top of every signed-in console screen. While the root user
 * must register MFA, it keeps only the account menu (to sign out).
 */
export function NavBar() {
	const { state, navigate } = useConsole();
	if (selectMfaRegistrationRequired(state)) {
		return (
			<nav class="c-navbar" aria-label="Console navigation">
				<div class="c-navbar__end">
					<AccountMenu />
				</div>
			</nav>
		);
	}
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
