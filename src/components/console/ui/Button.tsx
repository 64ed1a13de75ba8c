import type { JSX } from 'preact';
import './ui.css';

type ButtonVariant = 'normal' | 'primary' | 'danger' | 'link';

export type ButtonProps = JSX.ButtonHTMLAttributes<HTMLButtonElement> & {
	/** primary = the page's main action; link = looks like a link but acts as a button. */
	variant?: ButtonVariant;
};

/** A console button. Defaults to type="button" so it never submits a form by accident. */
export function Button({ variant = 'normal', type = 'button', class: className, ...rest }: ButtonProps) {
	const classes = [
		'c-btn',
		variant === 'normal' ? '' : `c-btn--${variant}`,
		typeof className === 'string' ? className : '',
	]
		.filter(Boolean)
		.join(' ');
	return <button type={type} class={classes} {...rest} />;
}
