// The "Contact Import" menu and the sidebar opener.
export const MENU_TITLE = 'Contact Import';

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
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
