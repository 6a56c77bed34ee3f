export const LOGIN_PATH = '/login';
export const CHANGE_PASSWORD_PATH = '/change-password';
