import { s000, s001, s002, s003, s004 } from './articles.ts';
import { field, optional } from './field.ts';
import type { RecordTypeSpec } from './spec.ts';

const archive = [s001('第五条')];
const listed = (item: string) => ({ listedBy: { list: 'archiveRecordFields', item } as const });
const noteMade = [s001('第七条'), s001('第十条')];
const noteExtracted = [s002('第八条'), s003('第三十三条'), s004('第二十一条')];

/** 归档管理 (000 第十一条, 001 第五条(五)), and the written note for AV used as evidence. */
export const ARCHIVING_RECORDS: readonly RecordTypeSpec[] = [
  {
    id: 'archive_record',
    label: '案卷归档记录',
    stage: 'archiving',
    partySignature: 'not_required',
    citations: [s000('第十一条'), s001('第五条')],
    fields: [
      field('archiveNumber', 'text', '案卷归档编号', archive, listed('案卷归档编号')),
      field('category', 'text', '类别', archive, listed('类别')),
      field('retentionPeriod', 'text', '保管期限', archive, listed('保管期限')),
      // 001 第五条 names both dates as one item, "执法起始终结日期".
      field('startedOn', 'date', '执法起始日期', archive, listed('执法起始终结日期')),
      field('endedOn', 'date', '执法终结日期', archive, listed('执法起始终结日期')),
    ],
  },
  {
    // Made when an AV file is used as evidence, which happens while evidence is gathered.
    id: 'av_evidence_note',
    label: '作为证据使用的音像资料文字说明',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [...noteMade, ...noteExtracted],
    // Which items are required is a profile list (evidenceAvNoteFields); see FieldSpec.
    fields: [
      field('maker', 'people', '制作人', [...noteMade, ...noteExtracted], optional),
      field('makingMethod', 'text', '制作方法', noteMade, optional),
      field('madeAt', 'instant', '制作时间', noteMade, optional),
      field('extractor', 'people', '提取人', noteExtracted, optional),
      field('extractedAt', 'instant', '提取时间', noteExtracted, optional),
      field('extractedPlace', 'text', '提取地点', [s003('第三十三条')], optional),
      field('proves', 'text', '证明对象', noteMade, optional),
      // 001 第十条: every AV of the act is filed with such a note, which also states 录音内容,
      // and either goes into the file on a disc or has its storage place written down.
      field('recordingContent', 'text', '录音内容', [s001('第十条')], optional),
      field('filedOnDisc', 'boolean', '以光盘等载体形式归入案卷', [s001('第十条')], optional),
      field(
        'storageLocation',
        'text',
        '在行政执法信息系统或者本单位专用存储器中的存储位置',
        [s001('第十条')],
        optional,
      ),
    ],
  },
];
