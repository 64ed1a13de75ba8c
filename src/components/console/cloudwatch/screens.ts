/** The CloudWatch alarm screens, downloaded the first time one opens. */
export { AlarmsScreen } from './AlarmsScreen';
export { CreateAlarmScreen } from './CreateAlarmScreen';
