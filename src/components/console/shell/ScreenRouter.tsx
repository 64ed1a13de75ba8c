import type { JSX } from 'preact';
import { useConsole } from '../console-context';
import type { Route } from '../routes';
import { AssignMfaScreen } from '../security/AssignMfaScreen';
import { SecurityCredentialsScreen } from '../security/SecurityCredentialsScreen';
import { SignInScreen } from '../signin/SignInScreen';
import { BillingAccountScreen } from '../billing/BillingAccountScreen';
import { BillingHomeScreen } from '../billing/BillingHomeScreen';
import { BillingPreferencesScreen } from '../billing/BillingPreferencesScreen';
import { AlarmsScreen } from '../cloudwatch/AlarmsScreen';
import { CreateAlarmScreen } from '../cloudwatch/CreateAlarmScreen';
import { SubscriptionsScreen } from '../sns/SubscriptionsScreen';
import { TopicsScreen } from '../sns/TopicsScreen';
import { IamDashboard } from '../iam/IamDashboard';
import { UsersList } from '../iam/UsersList';
import { CreateUserWizard } from '../iam/CreateUserWizard';
import { UserDetails } from '../iam/UserDetails';
import { PoliciesList } from '../iam/PoliciesList';
import { PolicyDetails } from '../iam/PolicyDetails';
import { AccessDenied } from './AccessDenied';
import { ConsoleHome } from './ConsoleHome';
import { ServiceUnavailable } from './ServiceUnavailable';
import { checkServiceAccess } from './service-access';
import { serviceForRoute } from './services';

/** Renders the screen for a route, after checking that the signed-in identity may open its service. */
export function ScreenRouter({ route }: { route: Route }) {
	const { state, region, now } = useConsole();
	const service = serviceForRoute(route);
	if (service && state.session) {
		const denial = checkServiceAccess(state, service, region, now());
		if (denial) return <AccessDenied service={service} error={denial} />;
	}
	return screenFor(route);
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
		case 'cloudwatch-alarms':
			return <AlarmsScreen />;
		case 'cloudwatch-create-alarm':
			return <CreateAlarmScreen />;
		case 'sns-topics':
			return <TopicsScreen />;
		case 'sns-subscriptions':
			return <SubscriptionsScreen />;
		case 'service-unavailable':
			return <ServiceUnavailable service={route.service} />;
	}
}
