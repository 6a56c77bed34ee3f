import { App } from 'antd';
import { useCallback } from 'react';
import { ApiError, problemText } from './problem.ts';

/** Whether the session machinery already acts on this error (redirect), so no toast is needed. */
export function isHandledBySession(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    (error.status === 401 && !error.is('invalid-credentials')) ||
    error.is('password-change-required')
  );
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Shows a failed call's title and detail as a message; silent for aborts and redirects. */
export function useReportError(): (error: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (error: unknown) => {
      if (isAbort(error) || isHandledBySession(error)) return;
      if (error instanceof ApiError) {
        void message.error(problemText(error.problem));
        return;
      }
      console.error(error);
      void message.error('操作失败，请稍后重试。');
    },
    [message],
  );
}
