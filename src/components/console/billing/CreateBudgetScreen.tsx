import { useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { Alert } from '../ui/Alert';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { Field, Fieldset, RadioChoices } from '../ui/Field';
import { focusAfterRender } from '../ui/focus';
import { setFlash } from '../side/flash';
import { BillingNav } from './BillingNav';
import { CustomBudgetAlerts } from './CustomBudgetAlerts';
import {
	budgetRequestFor,
	fieldForBudgetError,
	fieldId,
	initialBudgetForm,
	TEMPLATE_NAMES,
	validateBudgetForm,
	type BudgetForm,
	type BudgetSetup,
	type BudgetTemplate,
	type FieldErrors,
} from './budget-form';
import './billing.css';

const SETUP_OPTIONS = [
	{
		value: 'template',
		label: 'Use a template (simplified)',
		hint: 'Use the recommended settings of a template. You can change some of them after you create the budget.',
	},
	{
		value: 'custom',
		label: 'Customize (advanced)',
		hint: 'Choose the budget amount and the alerts yourself.',
	},
] as const;

const TEMPLATE_OPTIONS = [
	{
		value: 'zero-spend',
		label: 'Zero spend budget',
		hint: 'Alerts you as soon as your spending goes above $0.01. Suits an account that should cost nothing.',
	},
	{
		value: 'monthly-cost',
		label: 'Monthly cost budget',
		hint: 'Alerts you when actual spend reaches 85% and 100% of the amount you set, and when forecasted spend is expected to reach 100%.',
	},
] as const;

/**
 * **Budgets** → **Create budget**: **Budget setup** with **Use a template (simplified)** (the
 * **Zero spend budget** and **Monthly cost budget** templates) or **Customize (advanced)** (a
 * monthly cost budget with alerts on actual and forecasted spend). Fields are checked before the
 * request is sent; AWS's own refusals are shown next to the field they concern.
 */
export function CreateBudgetScreen() {
	const { state, call, navigate, announce } = useConsole();
	const [form, setForm] = useState<BudgetForm>(initialBudgetForm);
	const [errors, setErrors] = useState<FieldErrors>({});
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);
	const existingNames = Object.keys(state.budgets);

	const update = (patch: Partial<BudgetForm>) => setForm((f) => ({ ...f, ...patch }));

	function chooseSetup(setup: BudgetSetup) {
		setErrors({});
		// The advanced form starts with an empty name, as the real console's does.
		update({ setup, name: setup === 'template' ? TEMPLATE_NAMES[form.template] : '' });
	}

	function chooseTemplate(template: BudgetTemplate) {
		setErrors({});
		// Keep a name the learner typed; replace only the other template's default name.
		const typed = !Object.values(TEMPLATE_NAMES).includes(form.name) && form.name !== '';
		update({ template, name: typed ? form.name : TEMPLATE_NAMES[template] });
	}

	function showErrors(found: FieldErrors): boolean {
		setErrors(found);
		const first = Object.keys(found)[0];
		if (first) focusAfterRender(() => document.getElementById(first));
		return first !== undefined;
	}

	function submit(event: Event) {
		event.preventDefault();
		if (showErrors(validateBudgetForm(form, existingNames))) {
			announce('The budget was not created. Check the fields marked with an error.');
			return;
		}
		const response = call({ op: 'CreateBudget', input: budgetRequestFor(form, state.account.accountId) });
		if (response.ok) {
			const title = `Your budget ${form.name} has been created successfully.`;
			setFlash('billing-budgets', {
				type: 'success',
				title,
				body: 'AWS Budgets checks your spend up to three times a day and emails the recipients when an alert threshold is crossed. Budgets alert you; they never stop your resources.',
			});
			announce(title);
			navigate({ screen: 'billing-budgets' });
			return;
		}
		setAttempt((n) => n + 1);
		const field = fieldForBudgetError(response.error.message);
		if (field) {
			setFailure(null);
			showErrors({ [field]: response.error.message });
		} else {
			setFailure(response.error);
		}
	}

	const isTemplate = form.setup === 'template';
	const needsAmount = !isTemplate || form.template === 'monthly-cost';
	return (
		<div class="c-service-layout">
			<BillingNav current="billing-budgets" />
			<div>
				<ScreenHeading>Create budget</ScreenHeading>
				<form onSubmit={submit} noValidate class="budget-form">
					<section class="billing-card" aria-labelledby="budget-setup-heading">
						<h3 id="budget-setup-heading">Budget setup</h3>
						<Fieldset legend="Choose how to set up your budget">
							<RadioChoices name="budget-setup" options={SETUP_OPTIONS} value={form.setup} onChange={chooseSetup} />
						</Fieldset>
					</section>
					{isTemplate && (
						<section class="billing-card" aria-labelledby="budget-templates-heading">
							<h3 id="budget-templates-heading">Templates</h3>
							<Fieldset legend="Choose a template that best matches your use case">
								<RadioChoices
									name="budget-template"
									options={TEMPLATE_OPTIONS}
									value={form.template}
									onChange={chooseTemplate}
								/>
							</Fieldset>
						</section>
					)}
					<section class="billing-card" aria-labelledby="budget-details-heading">
						<h3 id="budget-details-heading">
							{isTemplate
								? `${form.template === 'zero-spend' ? 'Zero spend budget' : 'Monthly cost budget'} - Template`
								: 'Monthly cost budget - Customize'}
						</h3>
						<Field
							label="Budget name"
							hint="Provide a descriptive name for this budget. Up to 100 characters; no colon (:) or backslash (\)."
							error={errors[fieldId.name]}
							id={fieldId.name}
						>
							{(control) => (
								<input
									{...control}
									value={form.name}
									maxLength={100}
									autocomplete="off"
									onInput={(e) => update({ name: e.currentTarget.value })}
								/>
							)}
						</Field>
						{needsAmount && (
							<Field
								label="Enter your budgeted amount ($)"
								hint="The most you want to spend in a month, in US dollars."
								error={errors[fieldId.amount]}
								id={fieldId.amount}
							>
								{(control) => (
									<input
										{...control}
										inputMode="decimal"
										autocomplete="off"
										value={form.amount}
										onInput={(e) => update({ amount: e.currentTarget.value })}
									/>
								)}
							</Field>
						)}
						{isTemplate ? (
							<Field
								label="Email recipients"
								hint="The addresses that get the alerts, separated by commas (up to 10)."
								error={errors[fieldId.emails]}
								id={fieldId.emails}
							>
								{(control) => (
									<input
										{...control}
										type="text"
										inputMode="email"
										autocomplete="off"
										value={form.emails}
										onInput={(e) => update({ emails: e.currentTarget.value })}
									/>
								)}
							</Field>
						) : (
							<CustomBudgetAlerts alerts={form.alerts} errors={errors} onChange={(alerts) => update({ alerts })} />
						)}
						<p class="billing-muted">
							{isTemplate && form.template === 'zero-spend'
								? 'This budget alerts the recipients once your spending goes above $0.01 in a month.'
								: 'Budgets alert the recipients; they never stop or delete anything. Forecasts project your current spending to the end of the month.'}
						</p>
					</section>
					{failure && <CallErrorAlert error={failure} focusKey={attempt} />}
					{Object.keys(errors).length > 0 && (
						<Alert type="error" live="alert">
							<p>Fix the fields marked with an error, then choose Create budget again.</p>
						</Alert>
					)}
					<div class="billing-actions">
						<Button onClick={() => navigate({ screen: 'billing-budgets' })}>Cancel</Button>
						<Button type="submit" variant="primary">
							Create budget
						</Button>
					</div>
				</form>
			</div>
		</div>
	);
}
