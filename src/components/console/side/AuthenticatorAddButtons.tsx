import type { Ref } from 'preact';

export interface AuthenticatorAddButtonsProps {
	onScan: () => void;
	onEnterKey: () => void;
	keyFormOpen: boolean;
	/** The console is showing a QR code the authenticator can "scan". */
	offerOpen: boolean;
	scanRef?: Ref<HTMLButtonElement>;
}

/**
 * The practice authenticator's two ways to add an account. The panel shows them before its code
 * has downloaded too, so they look and sit the same whether or not it has.
 */
export function AuthenticatorAddButtons({
	onScan,
	onEnterKey,
	keyFormOpen,
	offerOpen,
	scanRef,
}: AuthenticatorAddButtonsProps) {
	return (
		<>
			<div class="auth__add">
				<button ref={scanRef ?? null} type="button" class="c-btn c-btn--primary" onClick={onScan}>
					Scan QR code
				</button>
				<button type="button" class="c-btn" aria-expanded={keyFormOpen} onClick={onEnterKey}>
					Enter a setup key
				</button>
			</div>
			{!offerOpen && <p class="auth__hint">The console has no QR code open right now.</p>}
		</>
	);
}
