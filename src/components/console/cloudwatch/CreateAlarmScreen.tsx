import { useEffect, useRef, useState } from 'preact/hooks';
import type { SimError } from '@/simulator';
import { useConsole } from '../console-context';
import { ScreenHeading } from '../shell/ScreenHeading';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { Button } from '../ui/Button';
import { setFlash } from '../side/flash';
import { CloudWatchNav } from './CloudWatchNav';
import { MetricBrowser } from './MetricBrowser';
import { RegionHint } from './RegionHint';
import { ActionsStep } from './create-alarm/ActionsStep';
import {
	alarmInput,
	FIELD_STEP,
	fieldForAlarmError,
	INITIAL_FORM,
	STEPS,
	validateStep,
	type AlarmForm,
	type FieldErrors,
	type FieldName,
	type FormSetter,
	type StepIndex,
} from './create-alarm/alarm-form';
import { MetricStep } from './create-alarm/MetricStep';
import { NameStep } from './create-alarm/NameStep';
import { PreviewStep } from './create-alarm/PreviewStep';
import '../security/security.css';
import './cloudwatch.css';

/**
 * The **Create alarm** wizard, as the real CloudWatch console has it for a billing alarm:
 * **Specify metric and conditions** → **Configure actions** → **Add name and description** →
 * **Preview and create**.
 */
export function CreateAlarmScreen() {
	const { state, region, call, navigate, announce } = useConsole();
	const [step, setStep] = useState<StepIndex>(0);
	const [browsing, setBrowsing] = useState(false);
	const [form, setForm] = useState<AlarmForm>(INITIAL_FORM);
	const [errors, setErrors] = useState<FieldErrors>({});
	const [failure, setFailure] = useState<SimError | null>(null);
	const [attempt, setAttempt] = useState(0);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const firstRender = useRef(true);

	useEffect(() => {
		if (firstRender.current) {
			firstRender.current = false;
			return;
		}
		if (!browsing) headingRef.current?.focus();
	}, [step, browsing]);

	const set: FormSetter = (key, value) => setForm((f) => ({ ...f, [key]: value }));

	function focusField(field: FieldName) {
		setTimeout(() => document.getElementById(`alarm-${field}`)?.focus(), 0);
	}

	function showErrors(found: FieldErrors): boolean {
		setErrors(found);
		const first = (Object.keys(found) as FieldName[])[0];
		if (!first) return false;
		focusField(first);
		return true;
	}

	function next() {
		if (showErrors(validateStep(step, form))) return;
		setFailure(null);
		setStep((step + 1) as StepIndex);
	}

	function previous() {
		setErrors({});
		setFailure(null);
		setStep((step - 1) as StepIndex);
	}

	function create() {
		const response = call({ op: 'PutMetricAlarm', input: alarmInput(form), region });
		if (response.ok) {
			setFlash('cloudwatch-alarms', {
				type: 'success',
				title: `Successfully created alarm ${form.name.trim()}.`,
				body: form.notify
					? 'If the topic has an email subscription waiting, confirm it from the Inbox, or no email will arrive.'
					: 'This alarm has no notification, so it changes state without telling anyone.',
			});
			announce(`Successfully created alarm ${form.name.trim()}.`);
			navigate({ screen: 'cloudwatch-alarms' });
			return;
		}
		setAttempt((n) => n + 1);
		const field = fieldForAlarmError(response.error.message);
		if (field) {
			setErrors({ [field]: response.error.message });
			setFailure(null);
			setStep(FIELD_STEP[field]);
			focusField(field);
		} else {
			setFailure(response.error);
		}
	}

	const topics = Object.values(state.sns[region]?.topics ?? {}).sort((a, b) => a.Name.localeCompare(b.Name));

	return (
		<div class="c-service-layout">
			<CloudWatchNav current="cloudwatch-create-alarm" />
			<div>
				<ScreenHeading>Create alarm</ScreenHeading>
				<RegionHint />
				<ol class="wizard-steps cw-steps" aria-label="Steps">
					{STEPS.map((label, index) => (
						<li key={label} aria-current={index === step ? 'step' : undefined}>
							<span class="wizard-steps__n">Step {index + 1}</span> {label}
						</li>
					))}
				</ol>
				{browsing ? (
					<MetricBrowser
						onCancel={() => setBrowsing(false)}
						onSelect={(metric) => {
							set('metric', metric);
							setErrors(({ metric: _cleared, ...rest }) => rest);
							setBrowsing(false);
						}}
					/>
				) : (
					<form
						noValidate
						onSubmit={(event) => {
							event.preventDefault();
							if (step === 3) create();
							else next();
						}}
					>
						<h3 ref={headingRef} tabIndex={-1} class="cw-heading">
							{STEPS[step]}
						</h3>
						{step === 0 && <MetricStep form={form} errors={errors} set={set} onBrowse={() => setBrowsing(true)} />}
						{step === 1 && <ActionsStep form={form} errors={errors} set={set} setErrors={setErrors} topics={topics} />}
						{step === 2 && <NameStep form={form} errors={errors} set={set} />}
						{step === 3 && <PreviewStep form={form} onEdit={(s) => setStep(s)} topics={topics} />}
						{failure && <CallErrorAlert error={failure} focusKey={attempt} />}
						<div class="cw-wizard-actions">
							<Button onClick={() => navigate({ screen: 'cloudwatch-alarms' })}>Cancel</Button>
							{step > 0 && <Button onClick={previous}>Previous</Button>}
							<Button type="submit" variant="primary">
								{step === 3 ? 'Create alarm' : 'Next'}
							</Button>
						</div>
					</form>
				)}
			</div>
		</div>
	);
}
