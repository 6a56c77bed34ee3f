export const POWERS_PATH = '/powers';
