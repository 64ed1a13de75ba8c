import { useRead } from '../use-read';
import { CallErrorAlert } from '../ui/ApiErrorAlert';
import { IamLayout } from './IamLayout';
import { formatUtc } from './iam-times';
import { policyType } from './policy-type';

/** A managed policy's page: its details and its JSON document. */
export function PolicyDetails({ policyArn }: { policyArn: string }) {
	const policy = useRead({ op: 'GetPolicy', input: { PolicyArn: policyArn } });
	const versionId = policy.ok ? policy.output.Policy.DefaultVersionId : 'v1';
	const version = useRead({ op: 'GetPolicyVersion', input: { PolicyArn: policyArn, VersionId: versionId } });
	const name = policy.ok ? policy.output.Policy.PolicyName : (policyArn.split('/').at(-1) ?? policyArn);
	const crumbs = [
		{ label: 'IAM', route: { screen: 'iam-dashboard' } as const },
		{ label: 'Policies', route: { screen: 'iam-policies' } as const },
		{ label: name },
	];
	if (!policy.ok) {
		return (
			<IamLayout title={name} titleId="iam-policy-title" current="policies" crumbs={crumbs}>
				<CallErrorAlert error={policy.error} focusOnShow={false} />
			</IamLayout>
		);
	}
	const details = policy.output.Policy;
	return (
		<IamLayout title={name} titleId="iam-policy-title" current="policies" crumbs={crumbs}>
			<p>{details.Description}</p>
			<section class="c-panel" aria-labelledby="policy-details-title">
				<h3 id="policy-details-title">Policy details</h3>
				<dl class="c-kv">
					<dt>Type</dt>
					<dd>{policyType(details)}</dd>
					<dt>Creation time</dt>
					<dd>{formatUtc(details.CreateDate)}</dd>
					<dt>Edited time</dt>
					<dd>{formatUtc(details.UpdateDate)}</dd>
					<dt>ARN</dt>
					<dd class="c-mono">{details.Arn}</dd>
					<dt>Policy version</dt>
					<dd>{details.DefaultVersionId} (default)</dd>
				</dl>
			</section>
			<section class="c-panel" aria-labelledby="policy-json-title">
				<h3 id="policy-json-title">Permissions defined in this policy</h3>
				{version.ok ? (
					<pre class="c-code" tabIndex={0} aria-label={`${name} policy document (JSON)`}>
						<code>{prettyJson(version.output.PolicyVersion.Document)}</code>
					</pre>
				) : (
					<CallErrorAlert error={version.error} focusOnShow={false} />
				)}
			</section>
		</IamLayout>
	);
}

function prettyJson(document: string): string {
	try {
		return JSON.stringify(JSON.parse(document), null, 2);
	} catch {
		return document;
	}
}
