import { Field } from '../../ui/Field';
import type { AlarmForm, FieldErrors, FormSetter } from './alarm-form';

/** Step 3, **Add name and description**. */
export function NameStep(props: { form: AlarmForm; errors: FieldErrors; set: FormSetter }) {
	const { form, errors, set } = props;
	return (
		<section class="cw-panel" aria-labelledby="alarm-name-heading">
			<h4 id="alarm-name-heading">Name and description</h4>
			<Field label="Alarm name" error={errors.name} id="alarm-name" hint="For example Billing-10-USD.">
				{(control) => (
					<input
						{...control}
						value={form.name}
						autocomplete="off"
						onInput={(e) => set('name', e.currentTarget.value)}
					/>
				)}
			</Field>
			<Field
				label="Alarm description - optional"
				error={errors.description}
				id="alarm-description"
				hint="Up to 1024 characters."
			>
				{(control) => (
					<textarea
						{...control}
						rows={3}
						value={form.description}
						onInput={(e) => set('description', e.currentTarget.value)}
					/>
				)}
			</Field>
		</section>
	);
}
