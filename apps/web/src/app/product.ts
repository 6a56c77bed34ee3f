export const PRODUCT_NAME = '留痕';
export const PRODUCT_SUBTITLE = '行政执法全过程记录平台';
