// The "Contact Import" menu and the sidebar opener.
export const MENU_TITLE = 'Contact Import';

/**
 * An editor add-on's menu lives under Extensions and is named after the add-on ("Contact Import"):
 * createAddonMenu() is the call Google requires of add-ons, and it works in AuthMode.NONE, before the add-on is
 * authorized in the document, so onOpen touches nothing else.
 */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open sidebar', 'showSidebar')
    .addSeparator()
    .addItem('Check sheet', 'menuCheckSheet')
    .addItem('Next problem', 'menuNextProblem')
    .addItem('Clear marks', 'menuClearMarks')
    .addSeparator()
    .addItem('Import', 'menuImport')
    .addItem('Resume interrupted run', 'menuResume')
    .addItem('Export problem rows', 'menuExportProblemRows')
    .addItem('Revert last run', 'menuRevertLastRun')
    .addItem('Open History', 'menuOpenHistory')
    .addToUi();
}

/**
 * Runs when the add-on is installed from inside a document (AuthMode.FULL): Apps Script then does not run onOpen, so
 * the menu is built here, with the same event (Google's add-on template calls onOpen(e) from onInstall(e)).
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE).setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}
