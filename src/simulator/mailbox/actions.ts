import { done, type Handler } from '../core/handler.ts';
import { fail } from '../core/result.ts';
import { requiredString } from '../core/validate.ts';
import { findUser, noSuchUser } from '../iam/lookup.ts';
import { deliverMail } from './mailbox.ts';

/**
 * The **Email sign-in instructions** button on the **Retrieve password** page: a message with the
 * user name and the account's sign-in URL. The password is never included.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_users_create.html
 */
export const sendSignInInstructions: Handler<'SendSignInInstructions'> = (state, input, env) => {
	const name = requiredString(input, 'UserName', { min: 1, max: 64 });
	if (!name.ok) return name;
	const user = findUser(state, name.value);
	if (!user) return fail('NoSuchEntity', noSuchUser(name.value));
	const account = state.account.alias ?? state.account.accountId;
	// SIMPLIFIED: the real button opens the learner's own mail client with a draft; here the draft
	// lands in the practice mailbox.
	const [next, MessageId] = deliverMail(state, {
		to: `${user.UserName} (draft)`,
		from: state.root.email,
		subject: 'Your AWS Management Console sign-in details',
		body: [
			'Hello,',
			'',
			'You can now sign in to the AWS Management Console.',
			'',
			`Console sign-in URL: https://${account}.signin.aws.amazon.com/console`,
			`User name: ${user.UserName}`,
			'',
			'Your administrator will give you your password separately.',
		].join('\n'),
		receivedAt: env.now,
		kind: 'sign-in-instructions',
	});
	return done(next, { MessageId });
};

/** Marks a practice-mailbox message as read. */
export const markMessageRead: Handler<'MarkMessageRead'> = (state, input) => {
	const id = requiredString(input, 'MessageId', { min: 1, max: 64 });
	if (!id.ok) return id;
	if (!state.mailbox.some((m) => m.MessageId === id.value))
		return fail('NoSuchMessage', `No message with id ${id.value}.`);
	return done(
		{ ...state, mailbox: state.mailbox.map((m) => (m.MessageId === id.value ? { ...m, read: true } : m)) },
		{},
	);
};
