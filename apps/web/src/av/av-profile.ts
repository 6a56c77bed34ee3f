import {
  AV_SITUATIONS,
  AV_SITUATION_LABELS,
  formatDuration,
  type AvSituation,
  type PolicyProfile,
  type ProfileDeadline,
} from '@liuhen/domain';
import { profileCitationText } from '../cases/labels.ts';

// What the case's regulation says about AV, read off the profile the case works under (the
// version it was opened under, sent with the case; the same one the record picker uses).

export function caseProfile(detail: { readonly profile: unknown }): PolicyProfile {
  // The server validated it with the domain's own schema before sending it.
  return detail.profile as PolicyProfile;
}

/** The situations the regulation requires on audio-video (its 应当音像记录 list). */
export function mandatorySituations(profile: PolicyProfile | undefined): Set<AvSituation> {
  return new Set((profile?.mandatoryAvActs ?? []).flatMap((item) => item.situations ?? []));
}

/** The situations as select options: the mandatory ones first, as their own group. */
export function situationOptions(profile: PolicyProfile | undefined) {
  const option = (situation: AvSituation) => ({
    value: situation,
    label: AV_SITUATION_LABELS[situation],
  });
  const mandatory = mandatorySituations(profile);
  if (mandatory.size === 0) return AV_SITUATIONS.map(option);
  return [
    {
      label: '本制度要求音像记录的',
      title: '本制度要求音像记录的',
      options: AV_SITUATIONS.filter((situation) => mandatory.has(situation)).map(option),
    },
    {
      label: '其他情形',
      title: '其他情形',
      options: AV_SITUATIONS.filter((situation) => !mandatory.has(situation)).map(option),
    },
  ];
}

function deadlineText(deadline: ProfileDeadline): string {
  return `${formatDuration(deadline.value)}内（${profileCitationText(deadline.citation)}）`;
}

/** 应于拍摄结束后 24 小时内存储…; undefined when the regulation sets no time. */
export function storageDeadlineText(profile: PolicyProfile | undefined): string | undefined {
  const normal = profile?.avStorageDeadline;
  if (!normal) return undefined;
  const afterReturn = profile?.avStorageAfterReturnDeadline;
  const lead = `按本制度，音像记录应于拍摄结束后 ${deadlineText(normal)}存储`;
  return afterReturn
    ? `${lead}；连续工作、异地执法的，自返回单位后 ${deadlineText(afterReturn)}存储。`
    : `${lead}。`;
}
