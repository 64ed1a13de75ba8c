import type { ApiCall } from '@/simulator';
import type { Route } from '../routes';

/** A service in the navigation bar's search and on Console Home. */
export interface ServiceEntry {
	id: 'iam' | 'billing' | 'cloudwatch' | 'sns' | 'ec2' | 'cloudtrail' | 'rds' | 's3';
	/** The name the real console's search shows. */
	name: string;
	/** One line under the name, as the real search results have. */
	summary: string;
	/** Extra words people search for. */
	keywords: readonly string[];
	route: Route;
	/** Global services show "Global" instead of a Region selector value. */
	global: boolean;
	/**
	 * The read-only call the service's first page makes. It is tried (and its result thrown away)
	 * before the page opens, so an IAM user without permission sees AWS's access-denied page.
	 */
	entryCall: ApiCall;
}

export const SERVICES: readonly ServiceEntry[] = [
	{
		id: 'iam',
		name: 'IAM',
		summary: 'Manage access to AWS resources',
		keywords: ['identity and access management', 'users', 'policies', 'mfa'],
		route: { screen: 'iam-dashboard' },
		global: true,
		entryCall: { op: 'GetAccountSummary', input: {} },
	},
	{
		id: 'billing',
		name: 'Billing and Cost Management',
		summary: 'View and pay bills, set billing preferences',
		keywords: ['billing', 'cost', 'bill', 'budgets', 'payments'],
		route: { screen: 'billing-home' },
		global: true,
		entryCall: { op: 'GetCostSummary', input: {} },
	},
	{
		id: 'cloudwatch',
		name: 'CloudWatch',
		summary: 'Monitor resources and applications',
		keywords: ['alarms', 'metrics', 'monitoring', 'billing alarm'],
		route: { screen: 'cloudwatch-alarms' },
		global: false,
		entryCall: { op: 'DescribeAlarms', input: {} },
	},
	{
		id: 'sns',
		name: 'Simple Notification Service',
		summary: 'Pub/sub messaging: topics and subscriptions',
		keywords: ['sns', 'topics', 'subscriptions', 'email notifications'],
		route: { screen: 'sns-topics' },
		global: false,
		entryCall: { op: 'ListTopics', input: {} },
	},
	{
		id: 'ec2',
		name: 'EC2',
		summary: 'Virtual servers in the cloud',
		keywords: ['elastic compute cloud', 'instances', 'servers'],
		route: { screen: 'ec2-instances' },
		global: false,
		entryCall: { op: 'DescribeInstances', input: {} },
	},
	{
		id: 'cloudtrail',
		name: 'CloudTrail',
		summary: 'Track user activity and API usage',
		keywords: ['event history', 'audit', 'activity'],
		route: { screen: 'cloudtrail-event-history' },
		global: false,
		entryCall: { op: 'LookupEvents', input: {} },
	},
	{
		id: 'rds',
		name: 'RDS',
		summary: 'Managed relational database service',
		keywords: ['relational database service', 'database', 'mysql', 'postgres'],
		route: { screen: 'service-unavailable', service: 'rds' },
		global: false,
		entryCall: { op: 'DescribeDBInstances', input: {} },
	},
	{
		id: 's3',
		name: 'S3',
		summary: 'Scalable storage in the cloud',
		keywords: ['simple storage service', 'buckets', 'storage'],
		route: { screen: 'service-unavailable', service: 's3' },
		global: true,
		entryCall: { op: 'ListBuckets', input: {} },
	},
];

/** The service a screen belongs to, or undefined for screens every signed-in identity may open. */
export function serviceForRoute(route: Route): ServiceEntry | undefined {
	const id = serviceIdForRoute(route);
	return id ? SERVICES.find((service) => service.id === id) : undefined;
}

function serviceIdForRoute(route: Route): ServiceEntry['id'] | undefined {
	switch (route.screen) {
		case 'iam-dashboard':
		case 'iam-users':
		case 'iam-create-user':
		case 'iam-user':
		case 'iam-policies':
		case 'iam-policy':
			return 'iam';
		case 'billing-home':
		case 'billing-preferences':
		case 'billing-account':
		case 'billing-budgets':
		case 'billing-create-budget':
			return 'billing';
		case 'cloudwatch-alarms':
		case 'cloudwatch-create-alarm':
			return 'cloudwatch';
		case 'sns-topics':
		case 'sns-subscriptions':
			return 'sns';
		case 'ec2-instances':
			return 'ec2';
		case 'cloudtrail-event-history':
			return 'cloudtrail';
		case 'service-unavailable':
			return route.service;
		default:
			// Sign-in, Console Home and the signed-in identity's own security credentials and MFA
			// pages are open to everyone; their calls are checked one by one.
			return undefined;
	}
}

/** A search result: a service, or a feature page of one (as the real search lists "Budgets"). */
export interface SearchResult {
	readonly id: string;
	readonly name: string;
	readonly summary: string;
	readonly keywords: readonly string[];
	readonly route: Route;
}

/** Feature pages the search finds by name, each inside its service's console. */
const FEATURES: readonly SearchResult[] = [
	{
		id: 'budgets',
		name: 'Budgets',
		summary: 'Billing and Cost Management feature: alerts when your costs pass an amount you set',
		keywords: ['budget', 'zero spend', 'cost alerts', 'forecast'],
		route: { screen: 'billing-budgets' },
	},
];

const matches = (entry: SearchResult, needle: string): boolean =>
	entry.name.toLowerCase().includes(needle) ||
	entry.id.includes(needle) ||
	entry.keywords.some((keyword) => keyword.includes(needle));

/**
 * Services whose names or keywords contain the query (case-insensitive), with matching feature
 * pages first; an empty query lists the services.
 */
export function searchServices(query: string): readonly SearchResult[] {
	const needle = query.trim().toLowerCase();
	if (!needle) return SERVICES;
	return [...FEATURES.filter((feature) => matches(feature, needle)), ...SERVICES.filter((s) => matches(s, needle))];
}
