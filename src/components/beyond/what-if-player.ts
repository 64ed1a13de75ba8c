/**
 * Everything that plays a "what if" story: the stories themselves and the simulator behind them.
 * The island downloads this module when the learner starts using it, not with the page.
 */
export { WHAT_IF_SCENARIOS } from '@/lessons/what-if/scenarios';
export { lastSignIn, playStep } from '@/lessons/what-if/what-if';
