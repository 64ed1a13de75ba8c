import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';
import './ui.css';

/** What Field hands its control, so the label, hint and error are wired to it. */
export interface FieldControlProps {
	id: string;
	'aria-describedby': string | undefined;
	'aria-invalid': true | undefined;
}

export interface FieldProps {
	label: ComponentChildren;
	/** Help shown under the label and announced with the control. */
	hint?: ComponentChildren;
	/** Validation message; when set the control is marked invalid and described by it. */
	error?: string | null | undefined;
	/** Use a fixed id (for example, for a "skip to field" link); a generated one otherwise. */
	id?: string;
	children: (control: FieldControlProps) => JSX.Element;
}

/** A labelled form control with an optional hint and inline error tied to it with aria-describedby. */
export function Field({ label, hint, error, id, children }: FieldProps) {
	const generated = useId();
	const controlId = id ?? `f${generated}`;
	const hintId = `${controlId}-hint`;
	const errorId = `${controlId}-error`;
	const describedBy = [error ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ');
	return (
		<div class="c-field">
			<label class="c-field__label" for={controlId}>
				{label}
			</label>
			{hint && (
				<div class="c-field__hint" id={hintId}>
					{hint}
				</div>
			)}
			{children({
				id: controlId,
				'aria-describedby': describedBy || undefined,
				'aria-invalid': error ? true : undefined,
			})}
			{error && (
				<div class="c-field__error" id={errorId}>
					{error}
				</div>
			)}
		</div>
	);
}

export interface FieldsetProps {
	legend: ComponentChildren;
	hint?: ComponentChildren;
	error?: string | null | undefined;
	children: ComponentChildren;
}

/** A group of radio buttons or checkboxes with a legend, an optional hint and an error. */
export function Fieldset({ legend, hint, error, children }: FieldsetProps) {
	const base = `fs${useId()}`;
	const describedBy = [error ? `${base}-error` : '', hint ? `${base}-hint` : ''].filter(Boolean).join(' ');
	return (
		<fieldset class="c-fieldset" aria-describedby={describedBy || undefined}>
			<legend>{legend}</legend>
			{hint && (
				<div class="c-field__hint" id={`${base}-hint`}>
					{hint}
				</div>
			)}
			{children}
			{error && (
				<div class="c-field__error" id={`${base}-error`}>
					{error}
				</div>
			)}
		</fieldset>
	);
}

export interface ChoiceProps extends Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'label'> {
	type: 'radio' | 'checkbox';
	label: ComponentChildren;
	hint?: ComponentChildren;
}

/**
 * One radio button or checkbox with its label (and an optional line of help under it). The label
 * alone names the control; the help is its description (`aria-describedby`), as AWS's design
 * system does, so a screen reader says "Root user, radio button", then the help, not one long name.
 */
export function Choice({ type, label, hint, id, ...rest }: ChoiceProps) {
	const generated = useId();
	const inputId = typeof id === 'string' ? id : `c${generated}`;
	const hintId = `${inputId}-hint`;
	return (
		<div class="c-choice">
			<input type={type} id={inputId} aria-describedby={hint ? hintId : undefined} {...rest} />
			<div class="c-choice__text">
				<label for={inputId}>{label}</label>
				{hint && (
					<span class="c-choice__hint" id={hintId}>
						{hint}
					</span>
				)}
			</div>
		</div>
	);
}

export interface RadioOption<Value extends string> {
	value: Value;
	label: ComponentChildren;
	hint?: ComponentChildren;
	/** A fixed id, for example for a "skip to field" link from an error summary. */
	id?: string;
}

export interface RadioChoicesProps<Value extends string> {
	name: string;
	options: readonly RadioOption<Value>[];
	/** The chosen option; none is checked when it matches no option. */
	value: Value | null | undefined;
	onChange: (value: Value) => void;
}

/** A set of radio buttons, one {@link Choice} per option. Put it in a {@link Fieldset} that names the set. */
export function RadioChoices<Value extends string>({ name, options, value, onChange }: RadioChoicesProps<Value>) {
	return (
		<>
			{options.map((option) => (
				<Choice
					key={option.value}
					type="radio"
					name={name}
					{...(option.id === undefined ? {} : { id: option.id })}
					label={option.label}
					hint={option.hint}
					checked={value === option.value}
					onChange={() => onChange(option.value)}
				/>
			))}
		</>
	);
}
