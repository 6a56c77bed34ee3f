import type { Role } from '@liuhen/domain';
import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { hasAnyRole } from '../auth/session-context.ts';
import { isNavGroup, NAV_ENTRIES, type NavEntry, type NavLink } from './nav-items.tsx';

type MenuItem = NonNullable<MenuProps['items']>[number];

function linkItem(link: NavLink): MenuItem {
  return {
    key: link.path,
    icon: link.icon,
    label: <span data-testid={`nav-${link.key}`}>{link.label}</span>,
  };
}

function menuItemsFor(entries: readonly NavEntry[], roles: readonly Role[]): MenuItem[] {
  const user = { roles: [...roles] };
  return entries.flatMap((entry): MenuItem[] => {
    if (!hasAnyRole(user, entry.roles)) return [];
    if (!isNavGroup(entry)) return [linkItem(entry)];
    const children = entry.children.filter((child) => hasAnyRole(user, child.roles));
    if (children.length === 0) return [];
    return [
      { key: entry.key, icon: entry.icon, label: entry.label, children: children.map(linkItem) },
    ];
  });
}

function allLinks(entries: readonly NavEntry[]): NavLink[] {
  return entries.flatMap((entry) => (isNavGroup(entry) ? [...entry.children] : [entry]));
}

/** The menu key for a location: the longest menu path that is a prefix of it. */
function selectedPath(pathname: string): string | undefined {
  return allLinks(NAV_ENTRIES)
    .map((link) => link.path)
    .filter((path) => pathname === path || (path !== '/' && pathname.startsWith(`${path}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

export function NavMenu({ roles }: { roles: readonly Role[] }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = selectedPath(pathname);
  const groups = NAV_ENTRIES.filter(isNavGroup).map((group) => group.key);

  return (
    <Menu
      mode="inline"
      items={menuItemsFor(NAV_ENTRIES, roles)}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={groups}
      onClick={({ key }) => void navigate(key)}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
