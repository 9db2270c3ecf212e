/**
 * The manifest's FunctionFile (commands.html). The Home-tab button *Kế hoạch thi đua* only opens the task pane
 * (ShowTaskpane), so there is no function to register; Word still loads this page and waits for Office to be ready.
 */
void Office.onReady();
