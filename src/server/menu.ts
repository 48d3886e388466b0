// The "Contact Import" menu and the sidebar opener.
export const MENU_TITLE = 'Contact Import';

/**
 * An editor add-on's menu lives under Extensions and is named after the add-on ("Contact Import"):
 * createAddonMenu() is the call Google requires of add-ons, and it works in AuthMode.NONE, before the add-on is
 * authorized in the document, so onOpen touches nothing else.
 */
export function onOpen(): void {
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

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE).setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}
