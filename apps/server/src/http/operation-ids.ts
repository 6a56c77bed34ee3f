/**
 * The operationId of every API operation, keyed by "METHOD /path" as the OpenAPI document
 * writes it. Generated clients (the web's `schema.gen.ts` among them) name their functions
 * and types after these, so an id, once published, does not change when a route moves to
 * another file or its summary is reworded. A route missing here fails
 * apps/server/test/openapi.test.ts and the Redocly lint in `npm run check`.
 */
export const OPERATION_IDS: Readonly<Record<string, string>> = {
  // meta, health
  'GET /api/openapi.json': 'getOpenApiDocument',
  'GET /api/v1/health': 'getHealth',
  'GET /api/v1/instance': 'getInstance',

  // ledger
  'GET /api/v1/public/ledger/logs': 'listLedgerLogs',
  'GET /api/v1/public/ledger/keys': 'listLedgerKeys',
  'GET /api/v1/public/ledger/logs/{logId}/checkpoints/latest': 'getLatestLedgerCheckpoint',
  'GET /api/v1/public/ledger/logs/{logId}/checkpoints': 'listLedgerCheckpoints',
  'GET /api/v1/public/ledger/logs/{logId}/consistency': 'getLedgerConsistencyProof',
  'GET /api/v1/ledger/logs/{logId}/entries/{seq}': 'getLedgerEntry',

  // integrity (issue 14)
  'GET /api/v1/integrity': 'getIntegrity',

  // auth
  'POST /api/v1/auth/login': 'login',
  'GET /api/v1/auth/session': 'getSession',
  'POST /api/v1/auth/logout': 'logout',
  'POST /api/v1/auth/password': 'changePassword',

  // agencies, departments
  'GET /api/v1/agencies': 'listAgencies',
  'POST /api/v1/agencies': 'createAgency',
  'GET /api/v1/agencies/{id}': 'getAgency',
  'PATCH /api/v1/agencies/{id}': 'updateAgency',
  'PUT /api/v1/agencies/{id}/profile': 'setAgencyProfile',
  'GET /api/v1/agencies/{id}/officers': 'listAgencyOfficers',
  'GET /api/v1/agencies/{id}/approvers': 'listAgencyApprovers',
  'GET /api/v1/agencies/{id}/departments': 'listDepartments',
  'POST /api/v1/agencies/{id}/departments': 'createDepartment',
  'PATCH /api/v1/departments/{id}': 'updateDepartment',

  // users
  'GET /api/v1/users': 'listUsers',
  'POST /api/v1/users': 'createUser',
  'GET /api/v1/users/{id}': 'getUser',
  'PATCH /api/v1/users/{id}': 'updateUser',
  'POST /api/v1/users/{id}/deactivate': 'deactivateUser',
  'POST /api/v1/users/{id}/reactivate': 'reactivateUser',
  'POST /api/v1/users/{id}/reset-password': 'resetUserPassword',
  'GET /api/v1/users/{id}/supervised-agencies': 'getSupervisedAgencies',
  'PUT /api/v1/users/{id}/supervised-agencies': 'setSupervisedAgencies',

  // calendar, profiles
  'GET /api/v1/calendar/working-days': 'getWorkingDays',
  'GET /api/v1/calendar/years': 'listHolidayYears',
  'POST /api/v1/calendar/years/preview': 'previewHolidayNotice',
  'POST /api/v1/calendar/years': 'enterHolidayYear',
  'GET /api/v1/calendar/regional-layers': 'listRegionalHolidayLayers',
  'GET /api/v1/agencies/{id}/holiday-layers': 'getAgencyHolidayLayers',
  'PUT /api/v1/agencies/{id}/holiday-layers': 'setAgencyHolidayLayers',
  'GET /api/v1/profiles': 'listProfiles',
  'GET /api/v1/profiles/{id}': 'getProfile',
  'GET /api/v1/agencies/{id}/profile-in-force': 'getAgencyProfileInForce',
  'GET /api/v1/agencies/{id}/own-profile': 'getAgencyOwnProfile',
  'POST /api/v1/agencies/{id}/own-profile': 'copyAgencyProfile',
  'POST /api/v1/agencies/{id}/own-profile/versions': 'saveAgencyProfileVersion',
  'GET /api/v1/agencies/{id}/own-profile/versions/{version}': 'getAgencyProfileVersion',

  // 权责清单 and 案件事实 (issue 16)
  'GET /api/v1/agencies/{id}/powers': 'listPowers',
  'POST /api/v1/agencies/{id}/powers': 'createPower',
  'GET /api/v1/agencies/{id}/powers/{powerId}': 'getPowerVersions',
  'PUT /api/v1/agencies/{id}/powers/{powerId}': 'revisePower',
  'POST /api/v1/agencies/{id}/powers/{powerId}/withdraw': 'withdrawPower',
  'GET /api/v1/cases/{id}/facts': 'getCaseFacts',
  'PUT /api/v1/cases/{id}/facts': 'saveCaseFacts',
  'GET /api/v1/public/agencies/{id}/av-item-list': 'getPublicAvItemList',
  'GET /api/v1/agencies/{id}/av-item-list.pdf': 'printAvItemList',
  'GET /api/v1/agencies/{id}/av-item-list/publications': 'listAvItemListPublications',
  'POST /api/v1/agencies/{id}/av-item-list/publications': 'publishAvItemList',
  'GET /api/v1/public/regulations': 'listRegulations',
  'GET /api/v1/public/regulations/{regulationId}/articles/{article}': 'getRegulationArticle',

  // cases
  'POST /api/v1/cases': 'openCase',
  'GET /api/v1/cases': 'listCases',
  'GET /api/v1/cases/{id}': 'getCase',
  'GET /api/v1/cases/{id}/findings': 'listCaseFindings',
  'POST /api/v1/cases/{id}/transitions': 'transitionCase',
  'POST /api/v1/cases/{id}/complainant-informed': 'recordComplainantInformed',
  'POST /api/v1/cases/{id}/close-in-error': 'closeCaseInError',
  'POST /api/v1/cases/{id}/decision-period/extensions': 'extendDecisionPeriod',
  'POST /api/v1/cases/{id}/decision-period/suspensions': 'suspendDecisionPeriod',
  'POST /api/v1/cases/{id}/decision-period/resumptions': 'resumeDecisionPeriod',
  'GET /api/v1/findings': 'listFindings',

  // approvals
  'POST /api/v1/cases/{id}/approvals': 'submitForApproval',
  'GET /api/v1/cases/{id}/approvals': 'listCaseApprovals',
  'GET /api/v1/approvals/inbox': 'listApprovalInbox',
  'GET /api/v1/approvals/{id}': 'getApproval',
  'POST /api/v1/approvals/{id}/actions': 'actOnApproval',

  // saved views
  'GET /api/v1/saved-views': 'listSavedViews',
  'POST /api/v1/saved-views': 'createSavedView',
  'PUT /api/v1/saved-views/{id}': 'updateSavedView',
  'DELETE /api/v1/saved-views/{id}': 'deleteSavedView',

  // records, attachments
  'POST /api/v1/cases/{id}/records': 'createCaseRecord',
  'GET /api/v1/cases/{id}/records': 'listCaseRecords',
  'GET /api/v1/records/{id}': 'getRecord',
  'POST /api/v1/records/{id}/corrections': 'correctRecord',
  'POST /api/v1/records/{id}/attachments': 'addRecordAttachment',
  'GET /api/v1/records/{id}/attachments': 'listRecordAttachments',
  'POST /api/v1/attachments/{id}/access': 'requestAttachmentAccess',
  'GET /api/v1/attachments/{id}/content': 'getAttachmentContent',

  // uploads (tus)
  'OPTIONS /api/v1/uploads': 'getUploadCapabilities',
  'POST /api/v1/uploads': 'createUpload',
  'PATCH /api/v1/uploads/{id}': 'appendUpload',
  'DELETE /api/v1/uploads/{id}': 'terminateUpload',
  'GET /api/v1/uploads/{id}': 'getUpload',
  'GET /api/v1/evidence-objects/{id}': 'getEvidenceObject',

  // AV records
  'POST /api/v1/cases/{id}/av-records': 'createAvRecord',
  'GET /api/v1/cases/{id}/av-records': 'listCaseAvRecords',
  'GET /api/v1/av-records/{id}': 'getAvRecord',
  'POST /api/v1/av-records/{id}/amendments': 'amendAvRecord',
  'POST /api/v1/av-records/{id}/access': 'requestAvRecordAccess',
  'GET /api/v1/av-records/{id}/content': 'getAvRecordContent',
  'GET /api/v1/av-records/{id}/poster': 'getAvRecordPoster',

  // body cameras, station imports
  'GET /api/v1/agencies/{id}/body-cameras': 'listBodyCameras',
  'POST /api/v1/agencies/{id}/body-cameras': 'registerBodyCamera',
  'GET /api/v1/body-cameras/{id}': 'getBodyCamera',
  'POST /api/v1/body-cameras/{id}/assignments': 'recordBodyCameraAssignment',
  'POST /api/v1/imported-files': 'importFile',
  'GET /api/v1/imported-files': 'listImportedFiles',
  'GET /api/v1/imported-files/counts': 'countImportedFiles',
  'GET /api/v1/imported-files/{id}': 'getImportedFile',
  'POST /api/v1/imported-files/{id}/assignment': 'assignImportedFile',
  'POST /api/v1/imported-files/{id}/dismissal': 'dismissImportedFile',
  'GET /api/v1/cases/{id}/imported-files': 'listCaseImportedFiles',
  'GET /api/v1/imported-files/{id}/poster': 'getImportedFilePoster',
  'POST /api/v1/imported-files/{id}/access': 'requestImportedFileAccess',
  'GET /api/v1/imported-files/{id}/content': 'getImportedFileContent',
  'POST /api/v1/imported-files/{id}/incident-assignment': 'assignImportedFileToIncident',

  // incidents (事件, issue 15)
  'POST /api/v1/incidents': 'registerIncident',
  'GET /api/v1/incidents': 'listIncidents',
  'GET /api/v1/incidents/{id}': 'getIncident',

  // access: history, requests, external readers
  'GET /api/v1/cases/{id}/access-history': 'listCaseAccessHistory',
  'GET /api/v1/cases/{id}/access-history.csv': 'exportCaseAccessHistoryCsv',
  'GET /api/v1/cases/{id}/access-history.pdf': 'exportCaseAccessHistoryPdf',
  'GET /api/v1/external-readers': 'listExternalReaders',
  'POST /api/v1/cases/{id}/access-requests': 'createAccessRequest',
  'GET /api/v1/cases/{id}/access-requests': 'listCaseAccessRequests',
  'GET /api/v1/access-requests': 'listAccessRequests',
  'GET /api/v1/access-requests/{id}': 'getAccessRequest',
  'POST /api/v1/access-requests/{id}/decision': 'decideAccessRequest',
  'POST /api/v1/access-requests/{id}/revocation': 'revokeAccessRequest',

  // documents (执法文书, issue 16)
  'GET /api/v1/agencies/{id}/document-settings': 'getDocumentSettings',
  'PUT /api/v1/agencies/{id}/document-settings': 'saveDocumentSettings',
  'GET /api/v1/agencies/{id}/document-templates': 'listDocumentTemplates',
  'GET /api/v1/agencies/{id}/document-templates/{kind}': 'getDocumentTemplate',
  'PUT /api/v1/agencies/{id}/document-templates/{kind}': 'saveDocumentTemplate',
  'POST /api/v1/agencies/{id}/document-templates/{kind}/preview': 'previewDocumentTemplate',
  'GET /api/v1/records/{id}/document': 'getRecordDocumentDraft',
  'POST /api/v1/records/{id}/issue': 'issueRecordDocument',
  'GET /api/v1/cases/{id}/documents': 'listCaseDocuments',
  'GET /api/v1/documents/{id}': 'getIssuedDocument',
  'GET /api/v1/documents/{id}/pdf': 'getIssuedDocumentPdf',
  'POST /api/v1/documents/{id}/void': 'voidIssuedDocument',
  'GET /api/v1/documents/{id}/proof': 'getIssuedDocumentProof',
  'POST /api/v1/cases/{id}/documents/print': 'printCaseDocuments',
  'POST /api/v1/documents/{id}/party-copy': 'copyIssuedDocumentForParty',
  'GET /api/v1/public/documents/{code}': 'verifyDocumentCode',
  'POST /api/v1/public/documents/{code}/compare': 'compareDocumentFile',
  'POST /api/v1/public/documents/identify': 'identifyDocumentFile',
  'POST /api/v1/documents/{id}/deliveries': 'sendDocumentElectronically',
  'GET /api/v1/documents/{id}/deliveries': 'listDocumentDeliveries',
  'GET /api/v1/deliveries/{id}/receipt': 'getDeliveryReceipt',
  'GET /api/v1/public/deliveries/{token}': 'getPublicDelivery',
  'GET /api/v1/public/deliveries/{token}/pdf': 'openDeliveredDocument',

  // signatures (issue 16)
  'POST /api/v1/records/{id}/signatures': 'captureRecordSignature',
  'GET /api/v1/records/{id}/signatures': 'listRecordSignatures',
  'GET /api/v1/signatures/{id}/image': 'getSignatureImage',
};

/** "GET /api/v1/cases/{id}" for a Fastify route's method and URL (`:id` style). */
export function operationKey(method: string, url: string): string {
  return `${method.toUpperCase()} ${url.replace(/:(\w+)/g, '{$1}')}`;
}
