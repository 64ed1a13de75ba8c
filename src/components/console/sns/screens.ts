/** The SNS topic and subscription screens, downloaded the first time one opens. */
export { TopicsScreen } from './TopicsScreen';
export { SubscriptionsScreen } from './SubscriptionsScreen';
