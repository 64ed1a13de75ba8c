/**
 * Every screen of the practice console, as data. The console keeps one Route in component
 * state; links and buttons call navigate(route). Keeping routes as plain data (not URLs)
 * lets a lab start on any screen and lets tests name screens without a router library.
 */
export type Route =
	| { screen: 'sign-in'; mode?: 'root' | 'iam-user'; account?: string }
	| { screen: 'console-home' }
	| { screen: 'iam-dashboard' }
	| { screen: 'iam-users' }
	| { screen: 'iam-create-user' }
	| { screen: 'iam-user'; userName: string; tab?: 'permissions' | 'security-credentials' }
	| { screen: 'iam-policies' }
	| { screen: 'iam-policy'; policyArn: string }
	| { screen: 'security-credentials' }
	| { screen: 'assign-mfa'; userName?: string }
	| { screen: 'billing-home' }
	| { screen: 'billing-preferences' }
	| { screen: 'billing-account' }
	| { screen: 'billing-budgets' }
	| { screen: 'billing-create-budget' }
	| { screen: 'cloudwatch-alarms' }
	| { screen: 'cloudwatch-create-alarm' }
	| { screen: 'sns-topics' }
	| { screen: 'sns-subscriptions' }
	| { screen: 'ec2-instances' }
	| { screen: 'cloudtrail-event-history' }
	| { screen: 'service-unavailable'; service: 'rds' | 's3' };

export type ScreenName = Route['screen'];
