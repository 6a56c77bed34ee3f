import { pathsShownBy, type RecordTypeId, type TemplateBlock } from '@liuhen/domain';
import {
  Alert,
  App,
  Button,
  ConfigProvider,
  Drawer,
  Flex,
  Input,
  Popconfirm,
  Spin,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/problem.ts';
import { useReportError } from '../../api/use-report-error.ts';
import { formatChinaTime } from '../../cases/china-time.ts';
import { DocumentPreviewDrawer, type PreviewSource } from '../DocumentPreviewDrawer.tsx';
import { AddBlockBar } from './AddBlockBar.tsx';
import { PlaceholderMenu } from './PlaceholderMenu.tsx';
import { TemplateBlockCard } from './TemplateBlockCard.tsx';
import type { TextTarget } from './TemplateTextField.tsx';
import {
  fromEdited,
  insertPlaceholder,
  moveItem,
  NO_PROBLEMS,
  placeProblems,
  removeItem,
  sameTemplate,
  textOf,
  toEdited,
  withText,
  type EditedBlock,
  type EditedTemplate,
  type PlacedProblems,
} from './template-editing.ts';
import {
  getDocumentTemplate,
  previewDocumentTemplate,
  saveDocumentTemplate,
  type DocumentTemplateView,
} from './templates-api.ts';

interface TemplateEditorDrawerProps {
  readonly agencyId: string;
  /** The kind being edited (the drawer is mounted per kind and open while mounted). */
  readonly kind: RecordTypeId;
  readonly editable: boolean;
  readonly onClose: () => void;
  /** A version was saved: the list shows it. */
  readonly onSaved: () => void;
}

/**
 * 文书模板 of one kind: its blocks as cards, the values it may print in a menu beside them,
 * 预览 on a made-up case, 保存为新版本 and 恢复默认 (the default saved as a new version).
 */
export function TemplateEditorDrawer(props: TemplateEditorDrawerProps) {
  const { agencyId, kind, editable, onClose, onSaved } = props;
  const { message, modal } = App.useApp();
  const report = useReportError();
  const [view, setView] = useState<DocumentTemplateView | null>(null);
  const [edited, setEdited] = useState<EditedTemplate | null>(null);
  const [problems, setProblems] = useState<PlacedProblems>(NO_PROBLEMS);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState<PreviewSource | null>(null);
  const target = useRef<TextTarget | null>(null);

  const load = useCallback((next: DocumentTemplateView) => {
    setView(next);
    setEdited(toEdited(next.template));
    setProblems(NO_PROBLEMS);
  }, []);

  useEffect(() => {
    getDocumentTemplate(agencyId, kind).then(load, report);
  }, [agencyId, kind, load, report]);

  const template = useMemo(() => (edited === null ? null : fromEdited(edited)), [edited]);
  const used = useMemo(
    () => (template === null ? new Set<string>() : pathsShownBy(template)),
    [template],
  );
  const dirty = view !== null && template !== null && !sameTemplate(template, view.template);

  const setBlocks = (change: (blocks: readonly EditedBlock[]) => readonly EditedBlock[]) =>
    setEdited((current) =>
      current === null ? current : { ...current, blocks: change(current.blocks) },
    );

  const updateBlock = (key: string, block: TemplateBlock) => {
    setBlocks((blocks) => blocks.map((entry) => (entry.key === key ? { key, block } : entry)));
    // The server's word on this block no longer describes it.
    setProblems((current) => {
      if (!current.byBlock.has(key)) return current;
      const byBlock = new Map(current.byBlock);
      byBlock.delete(key);
      return { ...current, byBlock };
    });
  };

  /** Puts a refused template's problems beside their blocks; says whether it did. */
  const refused = (error: unknown, keys: readonly string[]) => {
    if (!(error instanceof ApiError) || !error.is('validation-failed')) return false;
    setProblems(placeProblems(error.problem.invalidParams ?? [], keys));
    return true;
  };

  const pick = (path: string) => {
    const at = target.current;
    const entry = at === null ? undefined : edited?.blocks.find((each) => each.key === at.key);
    const current = entry === undefined || at === null ? null : textOf(entry.block, at.field);
    if (at === null || entry === undefined || current === null) {
      void navigator.clipboard
        ?.writeText(`{{${path}}}`)
        .then(() => message.success(`已复制 {{${path}}}，可粘贴到段落中`))
        .catch(() => message.info(`请在段落中输入 {{${path}}}`));
      return;
    }
    const { text, caret } = insertPlaceholder(current, at, path);
    updateBlock(at.key, withText(entry.block, at.field, text));
    target.current = { ...at, start: caret, end: caret };
    requestAnimationFrame(() => at.element.setSelectionRange(caret, caret));
  };

  const save = async (source: 'edited' | 'default') => {
    if (view === null || edited === null) return;
    const sent = source === 'default' ? view.defaultTemplate : fromEdited(edited);
    const keys = edited.blocks.map((entry) => entry.key);
    setSaving(true);
    try {
      const saved = await saveDocumentTemplate(agencyId, view.version, sent);
      load(saved);
      void message.success(
        source === 'default'
          ? `已恢复默认模板（第 ${saved.version} 版）`
          : `已保存为第 ${saved.version} 版`,
      );
      onSaved();
    } catch (error) {
      if (source === 'edited' && refused(error, keys)) {
        void message.error('模板未保存：请按标红处的提示修改');
      } else {
        report(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const openPreview = () => {
    if (edited === null) return;
    const sent = fromEdited(edited);
    const keys = edited.blocks.map((entry) => entry.key);
    setPreview({
      title: `${sent.title}（模板预览）`,
      fileName: `${sent.title}（模板预览）.pdf`,
      load: async (signal) => {
        try {
          return { blob: await previewDocumentTemplate(agencyId, sent, signal) };
        } catch (error) {
          refused(error, keys);
          throw error;
        }
      },
    });
  };

  const close = () => {
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({
      title: '放弃未保存的修改？',
      content: '关闭后，本次对模板的修改不会保存。',
      okText: '放弃修改',
      cancelText: '继续编辑',
      onOk: onClose,
    });
  };

  return (
    <Drawer
      title={view === null ? '文书模板' : `文书模板：${view.template.title}`}
      open
      onClose={close}
      size={1120}
      destroyOnHidden
      footer={
        view !== null && (
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {view.version === null
                ? '使用默认模板'
                : `第 ${view.version} 版，${view.savedByName ?? ''} ${formatChinaTime(view.savedAt)} 保存`}
              {dirty && (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  有未保存的修改
                </Tag>
              )}
            </Typography.Text>
            <Flex gap={8}>
              <Button onClick={close} data-testid="template-close">
                关闭
              </Button>
              <Button onClick={openPreview} data-testid="template-preview">
                预览
              </Button>
              {editable && (
                <Popconfirm
                  title="恢复默认模板？"
                  description="默认模板将保存为新的版本，已签发的文书不受影响。"
                  okText="恢复默认"
                  cancelText="取消"
                  onConfirm={() => void save('default')}
                  disabled={view.version === null || view.matchesDefault}
                >
                  <Button
                    disabled={view.version === null || view.matchesDefault}
                    loading={saving}
                    data-testid="template-restore-default"
                  >
                    恢复默认
                  </Button>
                </Popconfirm>
              )}
              {editable && (
                <Button
                  type="primary"
                  loading={saving}
                  disabled={!dirty}
                  onClick={() => void save('edited')}
                  data-testid="template-save"
                >
                  保存为新版本
                </Button>
              )}
            </Flex>
          </Flex>
        )
      }
    >
      {view === null || edited === null ? (
        <Spin />
      ) : (
        <Flex gap={16} align="flex-start" data-testid="template-editor">
          <Flex vertical gap={8} style={{ flex: 1, minWidth: 0 }}>
            <ConfigProvider componentDisabled={!editable}>
              <TemplateHeader
                edited={edited}
                titleProblems={problems.title}
                onChange={(change) =>
                  setEdited((current) => (current === null ? current : { ...current, ...change }))
                }
              />
              {problems.general.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  data-testid="template-problems"
                  title="模板不能保存"
                  description={
                    <ul style={{ margin: 0, paddingLeft: 18 }}>
                      {problems.general.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  }
                />
              )}
              {edited.blocks.map((entry, index) => (
                <TemplateBlockCard
                  key={entry.key}
                  entry={entry}
                  index={index}
                  count={edited.blocks.length}
                  values={view.values}
                  problems={problems.byBlock.get(entry.key) ?? []}
                  editable={editable}
                  onChange={(block) => updateBlock(entry.key, block)}
                  onMove={(delta) => setBlocks((blocks) => moveItem(blocks, index, delta))}
                  onRemove={() => setBlocks((blocks) => removeItem(blocks, index))}
                  onTarget={(next) => {
                    target.current = next;
                  }}
                />
              ))}
              {editable && (
                <AddBlockBar
                  values={view.values}
                  hasRecordFields={edited.blocks.some((e) => e.block.type === 'record_fields')}
                  onAdd={(block) => setBlocks((blocks) => [...blocks, block])}
                />
              )}
            </ConfigProvider>
          </Flex>
          <div style={{ width: 280, flex: 'none', position: 'sticky', top: 0 }}>
            <PlaceholderMenu values={view.values} used={used} onPick={pick} />
          </div>
        </Flex>
      )}
      <DocumentPreviewDrawer source={preview} onClose={() => setPreview(null)} />
    </Drawer>
  );
}

function TemplateHeader({
  edited,
  titleProblems,
  onChange,
}: {
  readonly edited: EditedTemplate;
  readonly titleProblems: readonly string[];
  readonly onChange: (change: Partial<Pick<EditedTemplate, 'title' | 'sealed'>>) => void;
}) {
  return (
    <Flex vertical gap={4}>
      <Flex gap={12} align="center">
        <Typography.Text style={{ flex: 'none' }}>文书标题</Typography.Text>
        <Input
          value={edited.title}
          maxLength={40}
          status={titleProblems.length > 0 ? 'error' : undefined}
          onChange={(event) => onChange({ title: event.target.value })}
          data-testid="template-title"
        />
        <Flex gap={6} align="center" style={{ flex: 'none' }}>
          <Switch
            size="small"
            checked={edited.sealed}
            onChange={(sealed) => onChange({ sealed })}
            data-testid="template-sealed"
          />
          <Typography.Text>落款加盖印章</Typography.Text>
        </Flex>
      </Flex>
      {titleProblems.length > 0 && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {titleProblems.join('；')}
        </Typography.Text>
      )}
    </Flex>
  );
}
