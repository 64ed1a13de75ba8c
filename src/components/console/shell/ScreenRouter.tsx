import type { ComponentChildren, JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { selectSignedInAsUnrestrictedRoot } from '@/simulator';
import { useConsole } from '../console-context';
import type { Route } from '../routes';
import { ConsoleHome } from './ConsoleHome';
import { checkServiceAccess } from './service-access';
import { serviceForRoute } from './services';
import { lazyScreen, ScreenLoadFailed, ScreenLoading } from './lazy-screen';
import { useScreenReadyWhenArrived } from './screen-ready';

// Each service's screens are a separate download, fetched the first time one of them opens.
const iam = () => import('../iam/screens');
const security = () => import('../security/screens');
const billing = () => import('../billing/screens');
const budgets = () => import('../billing/budget-screens');
const cloudwatch = () => import('../cloudwatch/screens');
const sns = () => import('../sns/screens');

// Labs from lesson 3 on open signed in, so the sign-in page comes the first time it shows.
const SignInScreen = lazyScreen(() => import('../signin/SignInScreen').then((m) => m.SignInScreen));
// The page for a service the practice console does not have (RDS, S3): fetched like a screen.
const ServiceUnavailable = lazyScreen(() => import('./ServiceUnavailable').then((m) => m.ServiceUnavailable));
// Only an identity without permission ever sees it, so it is fetched like a screen.
const AccessDenied = lazyScreen(() => import('./AccessDenied').then((m) => m.AccessDenied));
const IamDashboard = lazyScreen(() => iam().then((m) => m.IamDashboard));
// The root user's Users list can show before the operations arrive, so it comes on its own.
const UsersList = lazyScreen(() => import('../iam/UsersList').then((m) => m.UsersList));
// The create-user wizard is most of the IAM screens' code and opens once per lab: it comes on its own.
const CreateUserWizard = lazyScreen(() => import('../iam/CreateUserWizard').then((m) => m.CreateUserWizard));
const UserDetails = lazyScreen(() => iam().then((m) => m.UserDetails));
const PoliciesList = lazyScreen(() => iam().then((m) => m.PoliciesList));
const PolicyDetails = lazyScreen(() => iam().then((m) => m.PolicyDetails));
const SecurityCredentialsScreen = lazyScreen(() => security().then((m) => m.SecurityCredentialsScreen));
const AssignMfaScreen = lazyScreen(() => security().then((m) => m.AssignMfaScreen));
const BillingHomeScreen = lazyScreen(() => billing().then((m) => m.BillingHomeScreen));
const BillingPreferencesScreen = lazyScreen(() => billing().then((m) => m.BillingPreferencesScreen));
const BillingAccountScreen = lazyScreen(() => billing().then((m) => m.BillingAccountScreen));
const BudgetsScreen = lazyScreen(() => budgets().then((m) => m.BudgetsScreen));
const CreateBudgetScreen = lazyScreen(() => budgets().then((m) => m.CreateBudgetScreen));
const AlarmsScreen = lazyScreen(() => cloudwatch().then((m) => m.AlarmsScreen));
const CreateAlarmScreen = lazyScreen(() => cloudwatch().then((m) => m.CreateAlarmScreen));
const TopicsScreen = lazyScreen(() => sns().then((m) => m.TopicsScreen));
const SubscriptionsScreen = lazyScreen(() => sns().then((m) => m.SubscriptionsScreen));
const InstancesScreen = lazyScreen(() => import('../ec2/InstancesScreen').then((m) => m.InstancesScreen));
const EventHistoryScreen = lazyScreen(() =>
	import('../cloudtrail/EventHistoryScreen').then((m) => m.EventHistoryScreen),
);

/**
 * Screens that draw everything they show from the saved account through selectors, so the root
 * user (whom IAM never refuses) sees them before the simulator's operations download: a learner
 * who goes straight to the list need not wait for them.
 */
const SHOWN_TO_ROOT_WITHOUT_OPERATIONS: ReadonlySet<Route['screen']> = new Set(['iam-users']);

/**
 * Renders the screen for a route. Sign-in and Console Home need only the saved account, as does
 * the root user's Users list; every other screen waits for the simulator's operations
 * (downloading them if needed) and first checks that the signed-in identity may open its service.
 */
export function ScreenRouter({ route }: { route: Route }) {
	const { state } = useConsole();
	if (route.screen === 'sign-in' || route.screen === 'console-home') return screenFor(route);
	const withoutOperations =
		SHOWN_TO_ROOT_WITHOUT_OPERATIONS.has(route.screen) && selectSignedInAsUnrestrictedRoot(state);
	return (
		<SimulatorGate waits={!withoutOperations}>
			<ServiceScreen route={route} />
		</SimulatorGate>
	);
}

function ServiceScreen({ route }: { route: Route }) {
	const { state, region, now, call, simulator } = useConsole();
	const service = serviceForRoute(route);
	const who = state.session ? JSON.stringify(state.session.principal) : '';
	// Opening a service page makes its first read call for real, once per visit, as the real console
	// does: the attempt (allowed or AccessDenied) lands in the trail, where labs and "Why?" read it.
	// A screen shown before the operations arrive makes it when they do.
	useEffect(() => {
		if (!service || !who || !simulator) return;
		call(service.global ? service.entryCall : { ...service.entryCall, region });
	}, [service?.id, route.screen, who, region, simulator !== undefined]);
	if (service && state.session && simulator) {
		const denial = checkServiceAccess(simulator, state, service, region, now());
		if (denial) return <AccessDenied service={service} error={denial} />;
	}
	return screenFor(route);
}

/**
 * Renders its child once the simulator's operations are on the page, downloading them if needed;
 * at once when the screen does not wait for them (they then download on first use, as on sign-in).
 */
function SimulatorGate({ waits, children }: { waits: boolean; children: ComponentChildren }) {
	const { simulatorStatus, loadSimulator } = useConsole();
	useEffect(() => {
		if (waits && simulatorStatus === 'idle') loadSimulator();
	}, [waits, simulatorStatus]);
	useScreenReadyWhenArrived(!waits || simulatorStatus === 'ready');
	if (!waits || simulatorStatus === 'ready') return <>{children}</>;
	if (simulatorStatus === 'failed') return <ScreenLoadFailed onRetry={loadSimulator} />;
	return <ScreenLoading />;
}

function screenFor(route: Route): JSX.Element {
	switch (route.screen) {
		case 'sign-in':
			return <SignInScreen key={`${route.mode}-${route.account}`} mode={route.mode} account={route.account} />;
		case 'console-home':
			return <ConsoleHome />;
		case 'iam-dashboard':
			return <IamDashboard />;
		case 'iam-users':
			return <UsersList />;
		case 'iam-create-user':
			return <CreateUserWizard />;
		case 'iam-user':
			return <UserDetails userName={route.userName} tab={route.tab ?? 'permissions'} />;
		case 'iam-policies':
			return <PoliciesList />;
		case 'iam-policy':
			return <PolicyDetails policyArn={route.policyArn} />;
		case 'security-credentials':
			return <SecurityCredentialsScreen />;
		case 'assign-mfa':
			return route.userName === undefined ? <AssignMfaScreen /> : <AssignMfaScreen userName={route.userName} />;
		case 'billing-home':
			return <BillingHomeScreen />;
		case 'billing-preferences':
			return <BillingPreferencesScreen />;
		case 'billing-account':
			return <BillingAccountScreen />;
		case 'billing-budgets':
			return <BudgetsScreen />;
		case 'billing-create-budget':
			return <CreateBudgetScreen />;
		case 'cloudwatch-alarms':
			return <AlarmsScreen />;
		case 'cloudwatch-create-alarm':
			return <CreateAlarmScreen />;
		case 'sns-topics':
			return <TopicsScreen />;
		case 'sns-subscriptions':
			return <SubscriptionsScreen />;
		case 'ec2-instances':
			return <InstancesScreen />;
		case 'cloudtrail-event-history':
			return <EventHistoryScreen />;
		case 'service-unavailable':
			return <ServiceUnavailable service={route.service} />;
	}
}
