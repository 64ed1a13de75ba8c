/** The console's shared small components. */
export { Alert, ErrorAlert, type AlertProps, type AlertType, type ErrorAlertProps } from './Alert';
export { Button, type ButtonProps } from './Button';
export {
	Choice,
	Field,
	Fieldset,
	RadioChoices,
	type ChoiceProps,
	type FieldControlProps,
	type FieldProps,
	type FieldsetProps,
	type RadioChoicesProps,
	type RadioOption,
} from './Field';
export { ConfirmDialog, Modal, type ConfirmDialogProps, type ModalProps } from './Modal';
export { Table, type TableColumn, type TableProps, type TableSelection } from './Table';
export { Tabs, type TabItem, type TabsProps } from './Tabs';
export { CallErrorAlert, type CallErrorAlertProps } from './ApiErrorAlert';
export { WhyDenied, type WhyDeniedProps } from './WhyDenied';
