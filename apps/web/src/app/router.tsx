import { createBrowserRouter } from 'react-router';
import { AccessRequestsPage } from '../access/AccessRequestsPage.tsx';
import { ACCESS_ROLES } from '../access/paths.ts';
import { AgenciesPage } from '../admin/agencies/AgenciesPage.tsx';
import { HolidaysPage } from '../admin/holidays/HolidaysPage.tsx';
import { UsersPage } from '../admin/users/UsersPage.tsx';
import { CasePage } from '../cases/CasePage.tsx';
import { CasesPage } from '../cases/CasesPage.tsx';
import { NewCasePage } from '../cases/NewCasePage.tsx';
import { ChangePasswordPage } from '../auth/ChangePasswordPage.tsx';
import { LoginPage } from '../auth/LoginPage.tsx';
import { RequireRoles } from '../auth/RequireRoles.tsx';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from '../auth/paths.ts';
import { RequireSession } from '../auth/RequireSession.tsx';
import { DocumentSettingsPage } from '../documents/DocumentSettingsPage.tsx';
import { DOCUMENT_SETTINGS_PATH, RECEIVE_PATH, VERIFY_PATH } from '../documents/paths.ts';
import { ReceivePage } from '../documents/ReceivePage.tsx';
import { VerifyPage } from '../documents/VerifyPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { LedgerLayout } from '../ledger/LedgerLayout.tsx';
import { PUBLIC_LEDGER_PATH } from '../ledger/paths.ts';
import { PublicLedgerPage } from '../ledger/PublicLedgerPage.tsx';
import { AppShell } from '../layout/AppShell.tsx';
import { FindingsPage } from '../findings/FindingsPage.tsx';
import { AgencyProfilePage } from '../profiles/AgencyProfilePage.tsx';
import { AGENCY_PROFILE_PATH, PUBLIC_AV_ITEMS_PATH } from '../profiles/paths.ts';
import { PublicAvItemListPage } from '../profiles/PublicAvItemListPage.tsx';
import { ImportsPage } from '../imports/ImportsPage.tsx';
import { POWERS_PATH } from '../powers/paths.ts';
import { PowersPage } from '../powers/PowersPage.tsx';
import { IncidentPage } from '../incidents/IncidentPage.tsx';
import { IncidentsPage } from '../incidents/IncidentsPage.tsx';
import {
  ADMIN_ROLES,
  CASE_ROLES,
  FINDINGS_ROLES,
  IMPORT_ROLES,
  INCIDENT_ROLES,
  PROFILE_READER_ROLES,
} from '../layout/nav-items.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** The page tree. Role checks here match the `roles` of the menu entries in nav-items. */
export const router = createBrowserRouter([
  { path: LOGIN_PATH, element: <LoginPage /> },
  // Public: no session needed (in the app shell when there is one).
  {
    path: PUBLIC_LEDGER_PATH,
    element: <LedgerLayout />,
    children: [{ index: true, element: <PublicLedgerPage /> }],
  },
  {
    path: `${PUBLIC_AV_ITEMS_PATH}/:agencyId`,
    element: <LedgerLayout />,
    children: [{ index: true, element: <PublicAvItemListPage /> }],
  },
  {
    path: VERIFY_PATH,
    element: <LedgerLayout />,
    children: [
      { index: true, element: <VerifyPage /> },
      { path: ':code', element: <VerifyPage /> },
    ],
  },
  {
    path: `${RECEIVE_PATH}/:token`,
    element: <LedgerLayout />,
    children: [{ index: true, element: <ReceivePage /> }],
  },
  {
    element: <RequireSession />,
    children: [
      { path: CHANGE_PASSWORD_PATH, element: <ChangePasswordPage /> },
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          {
            path: 'cases',
            element: <RequireRoles anyOf={CASE_ROLES} />,
            children: [
              { index: true, element: <CasesPage /> },
              { path: 'new', element: <NewCasePage /> },
              { path: ':caseId', element: <CasePage /> },
            ],
          },
          {
            path: 'imports',
            element: <RequireRoles anyOf={IMPORT_ROLES} />,
            children: [{ index: true, element: <ImportsPage /> }],
          },
          {
            path: 'incidents',
            element: <RequireRoles anyOf={INCIDENT_ROLES} />,
            children: [
              { index: true, element: <IncidentsPage /> },
              { path: ':incidentId', element: <IncidentPage /> },
            ],
          },
          {
            path: 'findings',
            element: <RequireRoles anyOf={FINDINGS_ROLES} />,
            children: [
              { index: true, element: <FindingsPage /> },
              { path: 'calendar', element: <FindingsPage /> },
            ],
          },
          {
            path: AGENCY_PROFILE_PATH.slice(1),
            element: <RequireRoles anyOf={PROFILE_READER_ROLES} />,
            children: [{ index: true, element: <AgencyProfilePage /> }],
          },
          {
            path: POWERS_PATH.slice(1),
            element: <RequireRoles anyOf={PROFILE_READER_ROLES} />,
            children: [{ index: true, element: <PowersPage /> }],
          },
          {
            path: DOCUMENT_SETTINGS_PATH.slice(1),
            element: <RequireRoles anyOf={PROFILE_READER_ROLES} />,
            children: [{ index: true, element: <DocumentSettingsPage /> }],
          },
          {
            path: 'access-requests',
            element: <RequireRoles anyOf={ACCESS_ROLES} />,
            children: [{ index: true, element: <AccessRequestsPage /> }],
          },
          {
            path: 'admin',
            element: <RequireRoles anyOf={ADMIN_ROLES} />,
            children: [
              { path: 'agencies', element: <AgenciesPage /> },
              { path: 'users', element: <UsersPage /> },
              { path: 'holidays', element: <HolidaysPage /> },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
