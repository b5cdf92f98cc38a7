// Short success and error toasts, so every screen reports the outcome of an action the same way.
import { notifications } from '@mantine/notifications';

export const notifySuccess = (message: string): void => {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
};

export const notifyError = (message: string): void => {
  notifications.show({ color: 'red', message, autoClose: 8000 });
};
