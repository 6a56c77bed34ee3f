import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { getInstance } from '../api/instance.ts';

/** On a demo installation, every page says so: nobody should enter a real case there. */
export function DemoBanner() {
  const [demo, setDemo] = useState(false);
  useEffect(() => {
    let live = true;
    getInstance()
      .then((info) => live && setDemo(info.demo))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  if (!demo) return null;
  return (
    <Alert
      banner
      type="warning"
      data-testid="demo-banner"
      title="演示环境：机关、人员和案件均为虚构，请勿录入真实案件信息。"
    />
  );
}
