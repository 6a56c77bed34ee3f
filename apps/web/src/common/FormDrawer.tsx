import { Button, Drawer, Flex } from 'antd';
import type { ReactNode } from 'react';

interface FormDrawerProps {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly size: number;
  readonly saving: boolean;
  /** Usually `() => form.submit()`, so the form's own validation runs first. */
  readonly onSubmit: () => void;
  readonly submitLabel: string;
  readonly submitTestId: string;
  readonly children: ReactNode;
}

/** The one shape of every create/edit drawer: the form in the body, 取消 and submit below. */
export function FormDrawer(props: FormDrawerProps) {
  return (
    <Drawer
      title={props.title}
      open={props.open}
      onClose={props.onClose}
      size={props.size}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={props.onClose}>取消</Button>
          <Button
            type="primary"
            loading={props.saving}
            onClick={props.onSubmit}
            data-testid={props.submitTestId}
          >
            {props.submitLabel}
          </Button>
        </Flex>
      }
    >
      {props.children}
    </Drawer>
  );
}
