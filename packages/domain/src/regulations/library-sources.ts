import type { SeedId } from '../citation/citation.ts';
import { SEED_004_PUBLICATION, SEED_004_RECORDING } from '../profiles/seed-004.ts';

/**
 * One regulation of the library. Seed 004 holds two, each numbered from 第一条, so a
 * regulation is a seed plus, there, the document a citation names.
 */
export interface RegulationSource {
  /** Stable id in URLs: "003", "004-publication". */
  readonly id: string;
  readonly seed: SeedId;
  /** Only in 004: the name citations use (the profile's constant). */
  readonly document?: string;
  /** As printed. */
  readonly title: string;
  /** What a tag shows beside the article: a clerk recognises the issuer at a glance. */
  readonly shortTitle: string;
  readonly issuer: string;
  readonly documentNumber?: string;
}

export const REGULATION_SOURCES: readonly RegulationSource[] = [
  {
    id: '000',
    seed: '000',
    title: '柳林镇行政执法全过程记录制度',
    shortTitle: '柳林镇记录制度',
    issuer: '冠县柳林镇人民政府',
    documentNumber: '柳政发〔2024〕12号',
  },
  {
    id: '001',
    seed: '001',
    title: '平罗县退役军人事务局行政执法全过程记录制度',
    shortTitle: '平罗县退役军人局记录制度',
    issuer: '平罗县退役军人事务局',
  },
  {
    id: '002',
    seed: '002',
    title: '长治市民族宗教事务局行政执法全过程记录制度',
    shortTitle: '长治市民宗局记录制度',
    issuer: '长治市民族宗教事务局',
  },
  {
    id: '003',
    seed: '003',
    title: '德宏州行政执法全过程记录实施办法',
    shortTitle: '德宏州记录办法',
    issuer: '德宏州人民政府',
    documentNumber: '德政规〔2019〕6号',
  },
  {
    id: '004-publication',
    seed: '004',
    document: SEED_004_PUBLICATION,
    title: '常山县综合行政执法局行政执法公示制度',
    shortTitle: '常山县执法局公示制度',
    issuer: '常山县综合行政执法局',
    documentNumber: '常综执〔2021〕61号',
  },
  {
    id: '004-recording',
    seed: '004',
    document: SEED_004_RECORDING,
    title: '常山县综合行政执法局行政执法全过程记录制度',
    shortTitle: '常山县执法局记录制度',
    issuer: '常山县综合行政执法局',
    documentNumber: '常综执〔2021〕61号',
  },
];

/**
 * SHA-256 of each seed text as received (see README.md here); a test hashes the stored
 * texts against these, so an editor or a formatter that touches a character is caught.
 */
export const SEED_TEXT_SHA256: Readonly<Record<SeedId, string>> = {
  '000': '4ffefd644dfdd5d930311552d140a9711af65ceb6c874df5d8c1fde9feed0cbe',
  '001': '9b008279c8f3cd641e759d53d78cc781cd256e16a05f4773a0cdd3b10e28a8e1',
  '002': '72f01b12890ca26b718839735cca7942657ec7ea10006118e5956a2d624271ee',
  '003': '1c20ec3f6e9162324e632be4feab7f426ed99b46cddd6f5f2185a43f0a4ba57e',
  '004': 'ca5f1196241cefdab235331eae561e730c4ea7f44c8922705fab58b8e6f6c218',
};

/** The regulation a citation names; 004 needs its document, the others have none. */
export function regulationOf(citation: {
  readonly seed: string;
  readonly document?: string | undefined;
}): RegulationSource | undefined {
  return REGULATION_SOURCES.find(
    (r) => r.seed === citation.seed && r.document === (citation.document ?? undefined),
  );
}

/** 《德宏州记录办法》第二十九条: how the web labels a citation of a seed article. */
export function formatRegulationCitation(citation: {
  readonly seed: string;
  readonly document?: string | undefined;
  readonly article: string;
}): string {
  const regulation = regulationOf(citation);
  return regulation === undefined
    ? `规定${citation.seed} ${citation.document === undefined ? '' : `《${citation.document}》`}${citation.article}`
    : `《${regulation.shortTitle}》${citation.article}`;
}
