import type { RefObject } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { Field } from '../ui/Field';
import { validateMfaCode } from './mfa-target';

type Pair<T> = readonly [T, T];

const LABELS: Pair<'MFA code 1' | 'MFA code 2'> = ['MFA code 1', 'MFA code 2'];

/** The two consecutive codes a device gives to be assigned or resynchronized, with their errors. */
export interface MfaCodePair {
	readonly codes: Pair<string>;
	readonly errors: Pair<string | null>;
	readonly refs: Pair<RefObject<HTMLInputElement>>;
	setCode: (index: 0 | 1, value: string) => void;
	/** Checks both codes' format, shows what is wrong and focuses the first wrong field; true when both are fine. */
	validate: () => boolean;
	/** Shows one message for the pair (the service rejected the codes together) and focuses the first field. */
	rejectPair: (message: string) => void;
	/** Empties both fields and their errors. */
	clear: () => void;
}

/** State for {@link MfaCodeFields}. */
export function useMfaCodePair(): MfaCodePair {
	const [codes, setCodes] = useState<Pair<string>>(['', '']);
	const [errors, setErrors] = useState<Pair<string | null>>([null, null]);
	const refs: Pair<RefObject<HTMLInputElement>> = [useRef<HTMLInputElement>(null), useRef<HTMLInputElement>(null)];
	return {
		codes,
		errors,
		refs,
		setCode: (index, value) => setCodes((current) => (index === 0 ? [value, current[1]] : [current[0], value])),
		validate() {
			const next = [validateMfaCode(codes[0], LABELS[0]), validateMfaCode(codes[1], LABELS[1])] as const;
			setErrors(next);
			if (next[0]) refs[0].current?.focus();
			else if (next[1]) refs[1].current?.focus();
			return next[0] === null && next[1] === null;
		},
		rejectPair(message) {
			setErrors([message, message]);
			refs[0].current?.focus();
		},
		clear() {
			setCodes(['', '']);
			setErrors([null, null]);
		},
	};
}

interface MfaCodeFieldsProps {
	pair: MfaCodePair;
	/** The fields get the ids `<idPrefix>-1` and `<idPrefix>-2`; a message for both gets `<idPrefix>s-error`. */
	idPrefix: string;
	hints?: Pair<string>;
	/** Changes on every failed submit, so a repeated message for both codes is announced again. */
	attempt: number;
}

/**
 * **MFA code 1** and **MFA code 2**. A message that is about the pair (the same text on both) is shown
 * once under the second field, and both fields point at it.
 */
export function MfaCodeFields({ pair, idPrefix, hints, attempt }: MfaCodeFieldsProps) {
	const { codes, errors, refs } = pair;
	const sharedError = errors[0] !== null && errors[0] === errors[1];
	const sharedErrorId = `${idPrefix}s-error`;
	return (
		<>
			{([0, 1] as const).map((index) => (
				<Field
					key={index}
					label={LABELS[index]}
					hint={hints?.[index]}
					error={sharedError ? null : errors[index]}
					id={`${idPrefix}-${index + 1}`}
				>
					{(control) => (
						<input
							{...control}
							ref={refs[index]}
							aria-describedby={
								sharedError
									? `${sharedErrorId} ${control['aria-describedby'] ?? ''}`.trim()
									: control['aria-describedby']
							}
							aria-invalid={errors[index] ? true : undefined}
							class="mfa-code"
							value={codes[index]}
							inputMode="numeric"
							autocomplete="one-time-code"
							maxLength={6}
							onInput={(e) => pair.setCode(index, e.currentTarget.value.replace(/\s/g, ''))}
						/>
					)}
				</Field>
			))}
			{sharedError && (
				<div key={attempt} id={sharedErrorId} class="c-field__error" role="alert">
					{errors[0]}
				</div>
			)}
		</>
	);
}
