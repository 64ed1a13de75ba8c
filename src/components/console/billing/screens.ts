/** The Billing and Cost Management screens, downloaded the first time one opens. */
export { BillingHomeScreen } from './BillingHomeScreen';
export { BillingPreferencesScreen } from './BillingPreferencesScreen';
export { BillingAccountScreen } from './BillingAccountScreen';
