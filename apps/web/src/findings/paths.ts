export const FINDINGS_PATH = '/findings';
export const FINDINGS_CALENDAR_PATH = '/findings/calendar';
