import { Input } from 'antd';

/** Where a place-holder chosen from the menu goes: a text field of a block and its selection. */
export interface TextTarget {
  readonly key: string;
  readonly field: string;
  readonly start: number;
  readonly end: number;
  readonly element: HTMLInputElement | HTMLTextAreaElement;
}

export type OnTarget = (target: TextTarget | null) => void;

interface TemplateTextFieldProps {
  readonly blockKey: string;
  readonly field: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onTarget: OnTarget;
  readonly multiline?: boolean;
  readonly invalid?: boolean;
  readonly placeholder?: string;
  readonly testId?: string;
}

/**
 * A text field of a template block that tells the editor where its caret is, so the
 * place-holder menu inserts at the caret; leaving the field forgets it (the menu then copies).
 */
export function TemplateTextField(props: TemplateTextFieldProps) {
  const { blockKey, field, onTarget } = props;
  const report = (element: HTMLInputElement | HTMLTextAreaElement) =>
    onTarget({
      key: blockKey,
      field,
      start: element.selectionStart ?? element.value.length,
      end: element.selectionEnd ?? element.value.length,
      element,
    });
  const events = {
    onFocus: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      report(event.currentTarget),
    onSelect: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      report(event.currentTarget),
    onBlur: () => onTarget(null),
  };
  const status = props.invalid ? ('error' as const) : undefined;
  if (props.multiline) {
    return (
      <Input.TextArea
        value={props.value}
        autoSize={{ minRows: 2, maxRows: 12 }}
        status={status}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onChange={(event) => {
          props.onChange(event.target.value);
          report(event.target);
        }}
        {...events}
      />
    );
  }
  return (
    <Input
      value={props.value}
      status={status}
      placeholder={props.placeholder}
      data-testid={props.testId}
      onChange={(event) => {
        props.onChange(event.target.value);
        report(event.target);
      }}
      {...events}
    />
  );
}
