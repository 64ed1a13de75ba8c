import type { ApiResponse, SimError } from '@/simulator';

/** The sign-in page's steps that answer with where the sign-in stands. */
type SignInStepOperation = 'ConsoleLogin' | 'ConsoleLoginMFA' | 'ConsoleLoginFIDO' | 'ChangeExpiredPassword';
import { useConsole } from '../console-context';

/**
 * What to do after a sign-in step: on success open Console Home; when another step follows
 * (MFA code, new password) stay on the sign-in page, whose content follows the pending sign-in,
 * and move focus to its new heading. Returns the error to show, if any.
 */
export function useSignInResult(): (response: ApiResponse<SignInStepOperation>) => SimError | null {
	const { navigate, announce, route } = useConsole();
	return (response) => {
		if (!response.ok) return response.error;
		if (response.output.Result === 'Success') {
			announce('Signed in.');
			navigate({ screen: 'console-home' });
		} else {
			navigate(route.screen === 'sign-in' ? { ...route } : { screen: 'sign-in' });
		}
		return null;
	};
}
