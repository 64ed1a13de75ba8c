import { describe, expect, it } from 'vitest';
import { hoursToMonthEnd } from '@/components/console/side/FastForward';
import { fieldForAlarmError } from '@/components/console/cloudwatch/create-alarm/alarm-form';
import { validateDeviceName } from '@/components/console/security/mfa-target';

describe('hoursToMonthEnd', () => {
	it('counts the whole hours left before the month ends', () => {
		expect(hoursToMonthEnd(Date.UTC(2025, 0, 31, 20, 0))).toBe(3);
		expect(hoursToMonthEnd(Date.UTC(2025, 0, 31, 23, 0))).toBe(0);
		expect(hoursToMonthEnd(Date.UTC(2025, 1, 1, 0, 0))).toBe(28 * 24 - 1);
	});
});

describe('fieldForAlarmError', () => {
	it('finds the field an AWS message names', () => {
		expect(fieldForAlarmError('The parameter AlarmName must be shorter than 256 characters.')).toBe('name');
		expect(fieldForAlarmError('DatapointsToAlarm must be less than or equal to EvaluationPeriods')).toBe('datapoints');
		expect(fieldForAlarmError('Threshold must be a number')).toBe('threshold');
		expect(fieldForAlarmError('Something else')).toBeNull();
	});
});

describe('validateDeviceName', () => {
	it('accepts the characters CreateVirtualMFADevice allows', () => {
		expect(validateDeviceName('root_phone+1=a,b.c@d-e')).toBeNull();
	});
	it('rejects empty names, spaces, other characters and names over 128 characters', () => {
		expect(validateDeviceName('')).toBe('Enter a device name.');
		expect(validateDeviceName('my phone')).toMatch(/no spaces/);
		expect(validateDeviceName('phone#1')).toMatch(/only letters/);
		expect(validateDeviceName('a'.repeat(129))).toMatch(/at most 128/);
	});
});
