import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { totpCode } from '@/simulator';
import { safeStorage } from '@/store/persistence';
import { useConsole } from '../console-context';
import { AuthenticatorAddButtons } from './AuthenticatorAddButtons';
import { getSetupOffer, subscribeSetupOffer } from './authenticator-signals';
import {
	type AuthenticatorAccount,
	isBase32Secret,
	loadAccounts,
	normalizeSecret,
	parseOtpauthUri,
	saveAccounts,
} from './authenticator-store';

const STEP_SECONDS = 30;

/** What the learner asked for before the panel's code arrived; the panel does it first. */
export type FirstAction = 'scan' | 'enter-key';

/** A new id for an account; only needs to be unique inside this authenticator. */
function newAccountId(existing: readonly AuthenticatorAccount[], at: number): string {
	let id = `acct-${at.toString(36)}`;
	let n = 1;
	while (existing.some((a) => a.id === id)) id = `acct-${at.toString(36)}-${n++}`;
	return id;
}

function formatCode(code: string): string {
	return `${code.slice(0, 3)} ${code.slice(3)}`;
}

/**
 * The working part of the practice authenticator: its saved accounts, each with the current
 * six-digit code from real time, and the two ways to add one ("scanning" the QR code the console
 * shows, or typing its secret key). Downloaded the first time the learner uses the authenticator,
 * or at once when it holds accounts or the console shows a QR code.
 */
export function AuthenticatorPanel({ firstAction }: { firstAction?: FirstAction | undefined }) {
	const { now, announce } = useConsole();
	const [loaded] = useState(() => loadAccounts(safeStorage().storage, now()));
	const [accounts, setAccounts] = useState<readonly AuthenticatorAccount[]>(loaded.accounts);
	const [notice, setNotice] = useState<string | null>(
		loaded.damaged
			? 'The saved practice authenticator could not be read, so it starts empty. A copy of the old data was kept in this browser. Add your accounts again.'
			: null,
	);
	const [time, setTime] = useState(() => now());
	const [offer, setOffer] = useState(getSetupOffer);
	const [showKeyForm, setShowKeyForm] = useState(firstAction === 'enter-key');
	const scanRef = useRef<HTMLButtonElement>(null);

	useEffect(() => subscribeSetupOffer(() => setOffer(getSetupOffer())), []);

	useEffect(() => {
		// Ticks once a second so the code and countdown follow real time. Nothing is announced here:
		// a screen reader would otherwise read out a number every second.
		const timer = setInterval(() => setTime(now()), 1000);
		return () => clearInterval(timer);
	}, [now]);

	useEffect(() => {
		if (firstAction !== 'scan') return;
		// The learner pressed Scan QR code before this code arrived: scan now, and keep focus on
		// the button they pressed (the one they saw was replaced by this one).
		scanRef.current?.focus();
		scanQrCode();
		// Once, when the panel arrives.
	}, []);

	function update(next: readonly AuthenticatorAccount[]) {
		setAccounts(next);
		if (!saveAccounts(safeStorage().storage, next)) {
			setNotice('This browser did not let the page save the practice authenticator; it will be empty after a reload.');
		}
	}

	function addAccount(issuer: string, accountName: string, secret: string): void {
		const duplicate = accounts.find((a) => a.secret === secret);
		if (duplicate) {
			setNotice(`This key is already in the authenticator as ${describe(duplicate)}.`);
			announce(`This key is already in the authenticator as ${describe(duplicate)}.`);
			return;
		}
		const at = now();
		const account: AuthenticatorAccount = { id: newAccountId(accounts, at), issuer, accountName, secret, addedAt: at };
		update([...accounts, account]);
		setNotice(null);
		announce(`Added ${describe(account)} to the practice authenticator.`);
	}

	function scanQrCode() {
		const parsed = offer ? parseOtpauthUri(offer.uri) : null;
		if (!parsed) {
			const message =
				'No QR code to scan. In the console, open Assign MFA device, choose Authenticator app, then Show QR code.';
			setNotice(message);
			announce(message);
			return;
		}
		addAccount(parsed.issuer, parsed.accountName, parsed.secret);
	}

	function removeAccount(account: AuthenticatorAccount) {
		update(accounts.filter((a) => a.id !== account.id));
		announce(`Removed ${describe(account)}.`);
	}

	async function copyCode(code: string) {
		try {
			await navigator.clipboard.writeText(code);
			announce('Code copied.');
		} catch {
			announce('Copying is blocked in this browser. Select the code and copy it yourself.');
		}
	}

	const secondsLeft = STEP_SECONDS - (Math.floor(time / 1000) % STEP_SECONDS);

	return (
		<>
			{notice && (
				<p class="auth__notice" role="status">
					{notice}
				</p>
			)}
			<AuthenticatorAddButtons
				scanRef={scanRef}
				onScan={scanQrCode}
				onEnterKey={() => setShowKeyForm(!showKeyForm)}
				keyFormOpen={showKeyForm}
				offerOpen={offer !== null}
			/>
			{showKeyForm && (
				<SetupKeyForm
					onAdd={(name, secret) => {
						addAccount('', name, secret);
						setShowKeyForm(false);
					}}
				/>
			)}
			{accounts.length === 0 ? (
				<p class="auth__empty">No accounts yet.</p>
			) : (
				<ul class="auth__list" aria-label="Accounts">
					{accounts.map((account) => (
						<AccountRow
							key={account.id}
							account={account}
							time={time}
							secondsLeft={secondsLeft}
							onCopy={(code) => void copyCode(code)}
							onRemove={removeAccount}
						/>
					))}
				</ul>
			)}
		</>
	);
}

function describe(account: AuthenticatorAccount): string {
	return account.issuer ? `${account.issuer} (${account.accountName})` : account.accountName;
}

function AccountRow(props: {
	account: AuthenticatorAccount;
	time: number;
	secondsLeft: number;
	onCopy: (code: string) => void;
	onRemove: (account: AuthenticatorAccount) => void;
}) {
	const { account, time, secondsLeft } = props;
	const [confirming, setConfirming] = useState(false);
	const code = totpCode(account.secret, time);
	const nameId = useId();
	return (
		<li class="auth__account" aria-labelledby={nameId}>
			<p id={nameId} class="auth__account-name">
				{account.issuer && <span class="auth__issuer">{account.issuer}</span>}
				<span>{account.accountName || 'Unnamed account'}</span>
			</p>
			<p class="auth__code">
				<span class="c-visually-hidden">Current code: </span>
				<span class="auth__digits">{formatCode(code)}</span>
			</p>
			<div class="auth__timer">
				<span class="auth__bar" aria-hidden="true">
					<span class="auth__bar-fill" style={{ width: `${(secondsLeft / STEP_SECONDS) * 100}%` }} />
				</span>
				<span class="auth__seconds">
					{secondsLeft} s<span class="c-visually-hidden"> until the next code</span>
				</span>
			</div>
			<div class="auth__actions">
				<button type="button" class="c-btn" onClick={() => props.onCopy(code)}>
					Copy code<span class="c-visually-hidden"> for {account.accountName}</span>
				</button>
				{confirming ? (
					<>
						<button type="button" class="c-btn c-btn--danger" onClick={() => props.onRemove(account)}>
							Yes, remove<span class="c-visually-hidden"> {account.accountName}</span>
						</button>
						<button type="button" class="c-btn c-btn--link" onClick={() => setConfirming(false)}>
							Keep it
						</button>
					</>
				) : (
					<button type="button" class="c-btn c-btn--link" onClick={() => setConfirming(true)}>
						Remove<span class="c-visually-hidden"> {account.accountName}</span>
					</button>
				)}
			</div>
			{confirming && (
				<p class="auth__warning" role="status">
					Removing it means this authenticator can no longer make codes for that MFA device.
				</p>
			)}
		</li>
	);
}

function SetupKeyForm(props: { onAdd: (accountName: string, secret: string) => void }) {
	const [name, setName] = useState('');
	const [key, setKey] = useState('');
	const [errors, setErrors] = useState<{ name?: string; key?: string }>({});
	const nameRef = useRef<HTMLInputElement>(null);
	const keyRef = useRef<HTMLInputElement>(null);
	const id = useId();

	useEffect(() => nameRef.current?.focus(), []);

	function submit(event: Event) {
		event.preventDefault();
		const secret = normalizeSecret(key);
		const next: { name?: string; key?: string } = {};
		if (name.trim() === '') next.name = 'Enter a name for this account, for example "AWS root".';
		if (secret === '') next.key = 'Enter the secret key that the console shows under Show secret key.';
		else if (!isBase32Secret(secret))
			next.key = 'This is not a valid secret key. It uses the letters A to Z and digits 2 to 7.';
		setErrors(next);
		if (next.name) nameRef.current?.focus();
		else if (next.key) keyRef.current?.focus();
		else props.onAdd(name.trim(), secret);
	}

	return (
		<form class="auth__form" onSubmit={submit} noValidate aria-label="Enter a setup key">
			<div class="c-field">
				<label class="c-field__label" for={`${id}-name`}>
					Account name
				</label>
				<input
					ref={nameRef}
					id={`${id}-name`}
					value={name}
					onInput={(e) => setName(e.currentTarget.value)}
					aria-invalid={errors.name ? true : undefined}
					aria-describedby={errors.name ? `${id}-name-error` : undefined}
					autocomplete="off"
				/>
				{errors.name && (
					<p id={`${id}-name-error`} class="c-field__error">
						{errors.name}
					</p>
				)}
			</div>
			<div class="c-field">
				<label class="c-field__label" for={`${id}-key`}>
					Secret key
				</label>
				<input
					ref={keyRef}
					id={`${id}-key`}
					value={key}
					onInput={(e) => setKey(e.currentTarget.value)}
					aria-invalid={errors.key ? true : undefined}
					aria-describedby={errors.key ? `${id}-key-error` : undefined}
					autocomplete="off"
					spellcheck={false}
					class="c-mono"
				/>
				{errors.key && (
					<p id={`${id}-key-error`} class="c-field__error">
						{errors.key}
					</p>
				)}
			</div>
			<button type="submit" class="c-btn c-btn--primary">
				Add account
			</button>
		</form>
	);
}
