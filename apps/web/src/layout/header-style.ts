import type { CSSProperties } from 'react';

export const HEADER_HEIGHT = 56;

/** The top bar of every frame, signed in or public: one look. */
export const HEADER_STYLE: CSSProperties = {
  height: HEADER_HEIGHT,
  lineHeight: `${HEADER_HEIGHT}px`,
  paddingInline: 24,
  background: '#fff',
  borderBottom: '1px solid #f0f0f0',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'space-between',
};
