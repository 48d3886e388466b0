// The "Contact Import" menu and the sidebar opener.
export const MENU_TITLE = 'Contact Import';

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem('Open sidebar', 'showSidebar')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(MENU_TITLE).setWidth(300);
  SpreadsheetApp.getUi().showSidebar(html);
}
